/** Which inputs two saved scenarios differ in (the Compare view), including the current cluster and the Kinesis settings. */
import { describe, expect, it } from 'vitest';
import { differingInputs } from '../../src/report/input-differences';
import { makeScenario } from '../support/factories';

describe('differingInputs', () => {
  it('finds nothing between a scenario and itself', () => {
    expect(differingInputs(makeScenario({}), makeScenario({}))).toEqual([]);
  });

  it('names a Kinesis setting that differs, an absent block reading as its defaults (1 KiB records)', () => {
    const left = makeScenario({});
    const right = makeScenario({ kinesis: { recordSizeKiB: 8 } });
    expect(differingInputs(left, right)).toEqual([{ label: 'Kinesis: average record size', left: '1 KiB', right: '8 KiB' }]);
    // The defaults written out are the same inputs as no block.
    expect(differingInputs(left, makeScenario({ kinesis: { recordSizeKiB: 1, headroomPct: 20 } }))).toEqual([]);
  });

  it('names the current cluster’s fields that differ, "none" where a scenario has no current cluster', () => {
    const current = { deployment: 'msk-standard', instanceType: 'kafka.m7g.xlarge', brokers: 9, volumeGiBPerBroker: 2000 };
    const rows = differingInputs(makeScenario({ current }), makeScenario({ current: { ...current, brokers: 6 } }));
    expect(rows).toEqual([{ label: 'Current cluster: brokers', left: '9 brokers', right: '6 brokers' }]);
    const none = differingInputs(makeScenario({}), makeScenario({ current }));
    expect(none.find((r) => r.label === 'Current cluster: broker type')).toEqual({
      label: 'Current cluster: broker type',
      left: 'none',
      right: 'kafka.m7g.xlarge',
    });
  });
});
