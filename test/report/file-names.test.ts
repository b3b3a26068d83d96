import { describe, expect, it } from 'vitest';
import { fileSlug, reportFileName } from '../../src/report/file-names';

describe('report file names', () => {
  it('are "msk-sizing-", the scenario name as a slug, the date and the extension', () => {
    expect(reportFileName('Orders / EU (prod)!', '2026-11-22', 'pdf')).toBe('msk-sizing-orders-eu-prod-2026-11-22.pdf');
    expect(reportFileName('Orders', '2026-11-22', 'csv')).toBe('msk-sizing-orders-2026-11-22.csv');
  });

  it('strip accents rather than dropping the letters', () => {
    expect(fileSlug('Crème brûlée à Ångström')).toBe('creme-brulee-a-angstrom');
    expect(reportFileName('Zürich Bestellungen', '2026-11-22', 'md')).toBe('msk-sizing-zurich-bestellungen-2026-11-22.md');
  });

  it('use "scenario" when nothing usable is left of the name', () => {
    expect(fileSlug('')).toBe('scenario');
    expect(fileSlug('   ')).toBe('scenario');
    expect(fileSlug('!!! /// ***')).toBe('scenario');
    expect(fileSlug('日本語')).toBe('scenario');
    expect(reportFileName('', '2026-11-22', 'pdf')).toBe('msk-sizing-scenario-2026-11-22.pdf');
  });

  it('keep only lower-case letters, digits and single hyphens, with no hyphen at either end', () => {
    expect(fileSlug('--Hello,   World--')).toBe('hello-world');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('a\\b:c*d?e"f<g>h|i')).toBe('a-b-c-d-e-f-g-h-i');
  });

  it('bound the slug to 60 characters without leaving a trailing hyphen', () => {
    expect(fileSlug('a'.repeat(500))).toBe('a'.repeat(60));
    // Cut at 60 the slug would end "…a-"; the hyphen goes.
    expect(fileSlug(`${'a'.repeat(59)} bcd`)).toBe('a'.repeat(59));
    const name = reportFileName('x'.repeat(120), '2026-11-22', 'pdf');
    expect(name).toBe(`msk-sizing-${'x'.repeat(60)}-2026-11-22.pdf`);
    expect(name.length).toBe(11 + 60 + 11 + 4);
  });
});
