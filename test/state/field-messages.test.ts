import { describe, expect, it } from 'vitest';
import { allowedText, fieldMessage, labelOf, labelledMessage } from '../../src/state/field-messages';

describe("validation messages in the page's words", () => {
  it('drops the key and value and names other fields by their labels', () => {
    const error = { field: 'peakIngressMiBps', message: 'peakIngressMiBps = 5: must be at least avgIngressMiBps (20 MiB/s)' };
    expect(fieldMessage(error)).toBe('Must be at least average ingress (20 MiB/s).');
    expect(labelledMessage(error)).toBe('Peak ingress: Must be at least average ingress (20 MiB/s).');
  });

  it('adds a hint about decimal separators when a number with separators could not be read', () => {
    const error = { field: 'avgIngressMiBps', message: 'avgIngressMiBps = "1,2,3": must be a number (MiB/s)' };
    expect(fieldMessage(error, '1,2,3')).toBe(
      '“1,2,3” is not allowed: must be a number (MiB/s). Write decimals with one separator, e.g. 12.5 or 12,5.',
    );
    expect(fieldMessage(error, 'abc')).toBe('“abc” is not allowed: must be a number (MiB/s).');
    // Without the typed text (a file, a link) the rule alone.
    expect(fieldMessage(error)).toBe('Must be a number (MiB/s).');
  });

  it('words optional fields and long numbers as the page shows them', () => {
    expect(fieldMessage({ field: 'consumerGroups', message: 'consumerGroups = 5000: must be from 0 to 1000, or null' })).toBe(
      'Must be from 0 to 1000, or leave it empty.',
    );
    expect(fieldMessage({ field: 'partitions', message: 'partitions = 0: must be a whole number from 1 to 10000000 partitions' })).toBe(
      'Must be a whole number from 1 to 10,000,000 partitions.',
    );
  });

  it("says provisioned throughput choices in the form's words", () => {
    const error = {
      field: 'provisionedThroughputMiBps',
      message: 'provisionedThroughputMiBps = 100: must be "auto", null (off) or a number from 250 to 1000 MiB/s',
    };
    expect(fieldMessage(error)).toBe('Must be Auto, Off or a number from 250 to 1000 MiB/s.');
  });

  it('labels nested fields and leaves unknown ones as they are', () => {
    expect(labelOf('selfManaged.controllerCount')).toBe('Controllers');
    expect(labelledMessage({ field: '(scenario)', message: 'scenario = 42: must be a JSON object' })).toBe(
      '(scenario): Must be a JSON object.',
    );
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
