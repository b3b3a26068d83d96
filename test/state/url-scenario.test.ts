import { describe, expect, it } from 'vitest';
import { hashFromScenarioInput, readScenarioHash, scenarioDelta } from '../../src/state/url-scenario';
import { makeScenario } from '../support/factories';

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
    expect(delta).toEqual({ version: 1, name: 'x', peakIngressMiBps: 99 });
  });

  it('says what is wrong with a malformed hash instead of throwing', () => {
    expect(readScenarioHash('')).toEqual({ kind: 'none' });
    expect(readScenarioHash('#other=1')).toEqual({ kind: 'none' });
    expect(readScenarioHash('#scenario=%%%')).toMatchObject({ kind: 'error' });
    expect(readScenarioHash('#scenario=')).toMatchObject({ kind: 'error' });
    expect(readScenarioHash(`#scenario=${Buffer.from('{not json').toString('base64url')}`)).toEqual({ kind: 'error', message: 'the link\'s scenario is not valid JSON' });
    expect(readScenarioHash(`#scenario=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`)).toMatchObject({ kind: 'error' });
  });
});
