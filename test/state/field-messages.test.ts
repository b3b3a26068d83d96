import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK } from '../../src/data/bundled-prices';
import { parseScenario, scenarioContextOf, type FieldError } from '../../src/domain';
import { allowedText, fieldMessage, labelOf, labelledMessage } from '../../src/state/field-messages';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

/** The error the domain gives `field` for `input` (each carries its rule's code and parameters), with the file message it has. */
function errorOf(input: unknown, field: string, fileMessage: string): FieldError {
  const parsed = parseScenario(input, ctx);
  const error = parsed.ok ? undefined : parsed.errors.find((e) => e.field === field);
  if (error === undefined) throw new Error(`no error for ${field}`);
  expect(error.message).toBe(fileMessage);
  return error;
}

describe("validation messages in the page's words", () => {
  it('drops the key and value and names other fields by their labels', () => {
    const error = errorOf(
      { avgIngressMiBps: 20, peakIngressMiBps: 5 },
      'peakIngressMiBps',
      'peakIngressMiBps = 5: must be at least avgIngressMiBps (20 MiB/s)',
    );
    expect(fieldMessage(error)).toBe('Must be at least average ingress (20 MiB/s).');
    expect(labelledMessage(error)).toBe('Peak ingress: Must be at least average ingress (20 MiB/s).');
  });

  it('adds a hint about decimal separators when a number with separators could not be read', () => {
    const error = errorOf({ avgIngressMiBps: '1,2,3' }, 'avgIngressMiBps', 'avgIngressMiBps = "1,2,3": must be a number (MiB/s)');
    expect(fieldMessage(error, '1,2,3')).toBe(
      '“1,2,3” is not allowed: must be a number (MiB/s). Write decimals with one separator, e.g. 12.5 or 12,5.',
    );
    expect(fieldMessage(error, 'abc')).toBe('“abc” is not allowed: must be a number (MiB/s).');
    // Without the typed text (a file, a link) the rule alone.
    expect(fieldMessage(error)).toBe('Must be a number (MiB/s).');
  });

  it('words optional fields and long numbers as the page shows them', () => {
    expect(
      fieldMessage(errorOf({ consumerGroups: 5000 }, 'consumerGroups', 'consumerGroups = 5000: must be from 0 to 1000, or null')),
    ).toBe('Must be from 0 to 1000, or leave it empty.');
    expect(
      fieldMessage(errorOf({ partitions: 0 }, 'partitions', 'partitions = 0: must be a whole number from 1 to 10000000 partitions')),
    ).toBe('Must be a whole number from 1 to 10,000,000 partitions.');
  });

  it("says provisioned throughput choices in the form's words", () => {
    const error = errorOf(
      { provisionedThroughputMiBps: 100 },
      'provisionedThroughputMiBps',
      'provisionedThroughputMiBps = 100: must be "auto", null (off) or a number from 250 to 1000 MiB/s',
    );
    expect(fieldMessage(error)).toBe('Must be Auto, Off or a number from 250 to 1000 MiB/s.');
  });

  it('labels nested fields and leaves unknown ones as they are', () => {
    expect(labelOf('selfManaged.controllerCount')).toBe('Controllers');
    expect(labelledMessage(errorOf(42, '(scenario)', 'scenario = 42: must be a JSON object'))).toBe('(scenario): Must be a JSON object.');
  });
});

describe('nested blocks in the page words, from their rows', () => {
  it('labels replication and uncertainty fields and groups long numbers, from the same rule as the file', () => {
    const share = errorOf(
      { replication: { targetRegion: 'us-west-2', replicatedShare: 0 } },
      'replication.replicatedShare',
      'replication.replicatedShare = 0: must be greater than 0 and at most 1',
    );
    expect(labelledMessage(share)).toBe('Share of ingress replicated: Must be greater than 0 and at most 1.');
    const samples = errorOf(
      { uncertainty: { samples: 20000 } },
      'uncertainty.samples',
      'uncertainty.samples = 20000: must be a whole number from 250 to 10000 futures',
    );
    expect(labelledMessage(samples)).toBe('Futures drawn: Must be a whole number from 250 to 10,000 futures.');
    // 40 MiB/s peak ingress: a high of 30 leaves it out.
    const high = errorOf(
      { uncertainty: { peakIngressMiBps: { low: 20, high: 30 } } },
      'uncertainty.peakIngressMiBps.high',
      "uncertainty.peakIngressMiBps.high = 30: must be at least the scenario's peakIngressMiBps (40): a range must contain the likely value",
    );
    expect(fieldMessage(high)).toBe("Must be at least the scenario's peak ingress (40): a range must contain the likely value.");
  });
});

describe("a field's allowed values, from the field table", () => {
  it('reads as the help says them, with the unit, whole numbers and open lower ends', () => {
    expect(allowedText({ unit: 'fraction', bounds: { min: 0.1, max: 0.95 } })).toBe('Allowed: 0.1 to 0.95.');
    expect(allowedText({ unit: 'brokers', bounds: { min: 1, max: 10_000, integer: true } })).toBe(
      'Allowed: whole numbers from 1 to 10,000 brokers.',
    );
    expect(allowedText({ unit: 's', bounds: { min: 0, minExclusive: true, max: 31_536_000 } })).toBe(
      'Allowed: above 0, up to 31,536,000 s.',
    );
    expect(allowedText({ unit: '%' })).toBeNull();
  });
});
