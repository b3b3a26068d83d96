import { useState } from 'react';
import { numberFromText, textFromNumber } from '../../state/number-text';
import { DECIMAL_SEPARATOR, useCalculator } from '../app-store';
import { unitOf, fromSpecUnit } from '../../state/display-units';
import { selectSetBlockField, selectUnits } from '../../state/selectors';

/** Bytes in a MiB: MiB/s = messages/s × bytes per message ÷ 1,048,576. */
const BYTES_PER_MIB = 1_048_576;
/** Kinesis record sizes the kinesis block takes, KiB (kinesis-fields.ts). */
const MIN_RECORD_KIB = 0.01;
const MAX_RECORD_KIB = 10_240;

/** Optional: ingress from messages per second × average message size, for people who know their workload that way. */
export function MessageRateHelper({ onUse }: { readonly onUse: (key: 'avgIngressMiBps' | 'peakIngressMiBps', text: string) => void }) {
  const units = useCalculator(selectUnits);
  const setBlockField = useCalculator(selectSetBlockField);
  const [rate, setRate] = useState('');
  const [size, setSize] = useState('');
  const [recordNote, setRecordNote] = useState<string | null>(null);
  const messages = numberFromText(rate, DECIMAL_SEPARATOR);
  const bytes = numberFromText(size, DECIMAL_SEPARATOR);
  const valid = typeof messages === 'number' && typeof bytes === 'number' && messages > 0 && bytes > 0;
  const mibps = valid ? (messages * bytes) / BYTES_PER_MIB : null;
  /** Six significant digits: enough for sizing, readable in the field. */
  const shown = (value: number) => textFromNumber(+value.toPrecision(6), DECIMAL_SEPARATOR);
  const use = (key: 'avgIngressMiBps' | 'peakIngressMiBps') => {
    if (mibps === null) return;
    const unit = unitOf(key, units);
    onUse(key, shown(unit ? fromSpecUnit(mibps, unit) : mibps));
    // SPEC §15: the message size is the Kinesis record size (records per second size a provisioned stream).
    const recordKiB = typeof bytes === 'number' ? +(bytes / 1024).toPrecision(4) : null;
    if (recordKiB !== null && recordKiB >= MIN_RECORD_KIB && recordKiB <= MAX_RECORD_KIB) {
      setBlockField('kinesis.recordSizeKiB', recordKiB);
      setRecordNote(`The Kinesis record size is now ${shown(recordKiB)} KiB (Kinesis Data Streams comparison).`);
    } else setRecordNote(`The Kinesis record size is unchanged: it takes ${MIN_RECORD_KIB} to ${shown(MAX_RECORD_KIB)} KiB.`);
  };
  return (
    <details className="rate-helper">
      <summary>From messages per second</summary>
      <div className="rate-helper-fields">
        <label>
          Messages per second
          <input type="text" inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} />
        </label>
        <label>
          Average message size (bytes)
          <input type="text" inputMode="decimal" value={size} onChange={(e) => setSize(e.target.value)} />
        </label>
      </div>
      <p role="status">
        {mibps === null
          ? rate || size
            ? 'Enter both as positive numbers.'
            : 'Messages per second × average size = MiB/s. Using it also sets the Kinesis record size.'
          : `${shown(mibps)} MiB/s = ${shown(fromSpecUnit(mibps, 'MB/s'))} MB/s`}
        {recordNote ? ` ${recordNote}` : ''}
      </p>
      <div className="rate-helper-actions">
        <button type="button" disabled={mibps === null} onClick={() => use('avgIngressMiBps')}>
          Use as average ingress
        </button>
        <button type="button" disabled={mibps === null} onClick={() => use('peakIngressMiBps')}>
          Use as peak ingress
        </button>
      </div>
    </details>
  );
}
