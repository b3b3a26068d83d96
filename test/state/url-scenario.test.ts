import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf } from '../../src/domain';
import { hashFromScenarioInput, readScenarioHash, scenarioDelta } from '../../src/state/url-scenario';
import { BUNDLED_PRICE_BOOK, makeScenario, SPEC_DEFAULT_SCENARIO } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

/** The scenario a link opens: read the hash, then parse it as the app does. */
function openLink(hash: string) {
  const read = readScenarioHash(hash);
  if (read.kind !== 'ok') throw new Error(`the link did not read: ${JSON.stringify(read)}`);
  return parseScenario(read.input, ctx);
}

describe('the scenario in the address bar', () => {
  it('round-trips through #scenario=<base64url JSON>, including non-ASCII names', () => {
    const input = { version: 1, name: 'Zürich – ✓ orders', peakIngressMiBps: 90 };
    const read = readScenarioHash(hashFromScenarioInput(input));
    expect(read).toEqual({ kind: 'ok', input });
  });

  it('reads the plain form another tool would write (Node base64url of the JSON)', () => {
    const encoded = Buffer.from(JSON.stringify({ version: 1, partitions: 12 })).toString('base64url');
    expect(readScenarioHash(`#scenario=${encoded}`)).toEqual({ kind: 'ok', input: { version: 1, partitions: 12 } });
  });

  it('writes only the fields that differ from the defaults', () => {
    const delta = scenarioDelta(makeScenario({ peakIngressMiBps: 99, name: 'x' }), makeScenario());
    expect(delta).toEqual({ version: 2, name: 'x', peakIngressMiBps: 99 });
  });

  it('leaves out the egress derived from consumer groups: the link carries the groups', () => {
    // 3 groups × 20 and × 40 MiB/s of ingress = 60 and 120 MiB/s of egress (SPEC §2), both unlike the defaults 40 and 80.
    const withGroups = makeScenario({ consumerGroups: 3, purpose: 'development' });
    expect(withGroups.avgEgressMiBps).toBe(60);
    expect(withGroups.peakEgressMiBps).toBe(120);
    const delta = scenarioDelta(withGroups, makeScenario());
    expect(delta).toEqual({ version: 2, consumerGroups: 3, purpose: 'development' });
    expect(openLink(hashFromScenarioInput(delta))).toEqual({ ok: true, value: withGroups });
  });

  it('keeps egress typed by hand when there are no consumer groups', () => {
    const delta = scenarioDelta(makeScenario({ avgEgressMiBps: 10, peakEgressMiBps: 30 }), makeScenario());
    expect(delta).toEqual({ version: 2, avgEgressMiBps: 10, peakEgressMiBps: 30 });
  });

  it('writes PST only when it is not the "auto" default', () => {
    expect(scenarioDelta(makeScenario({ provisionedThroughputMiBps: 'auto' }), makeScenario())).toEqual({ version: 2 });
    expect(scenarioDelta(makeScenario({ provisionedThroughputMiBps: null }), makeScenario())).toEqual({
      version: 2,
      provisionedThroughputMiBps: null,
    });
  });

  it('still opens a format 1 link, migrated (SPEC §2): PST off becomes "auto", new fields take their defaults', () => {
    const v1 = hashFromScenarioInput({ version: 1, name: 'Old link', peakIngressMiBps: 90, provisionedThroughputMiBps: null });
    const opened = openLink(v1);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value).toMatchObject({
      version: 2,
      name: 'Old link',
      peakIngressMiBps: 90,
      provisionedThroughputMiBps: 'auto',
      consumerGroups: null,
      purpose: 'production',
      avgEgressMiBps: 40,
      peakEgressMiBps: 80,
    });
    // Everything the link does not set is the SPEC §2 default.
    expect(opened.value).toEqual({ ...SPEC_DEFAULT_SCENARIO, name: 'Old link', peakIngressMiBps: 90 });
  });

  it("keeps a format 1 link's fixed PST rate, which meant the same in format 1", () => {
    const opened = openLink(hashFromScenarioInput({ version: 1, provisionedThroughputMiBps: 500 }));
    expect(opened.ok && opened.value.provisionedThroughputMiBps).toBe(500);
  });

  it('refuses a link from a newer format with a message, never a throw', () => {
    const opened = openLink(hashFromScenarioInput({ version: 3 }));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.errors[0]?.message).toContain('newer');
  });

  it('says what is wrong with a malformed hash instead of throwing', () => {
    expect(readScenarioHash('')).toEqual({ kind: 'none' });
    expect(readScenarioHash('#other=1')).toEqual({ kind: 'none' });
    expect(readScenarioHash('#scenario=%%%')).toMatchObject({ kind: 'error' });
    expect(readScenarioHash('#scenario=')).toMatchObject({ kind: 'error' });
    expect(readScenarioHash(`#scenario=${Buffer.from('{not json').toString('base64url')}`)).toEqual({
      kind: 'error',
      message: "the link's scenario is not valid JSON",
    });
    expect(readScenarioHash(`#scenario=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`)).toMatchObject({ kind: 'error' });
  });
});
