/** A value as a validation message shows it; never throws, whatever the input (BigInt, cycles, hostile toString). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value.toString()}n`;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) text = typeof value === 'object' && value !== null ? 'an unreadable object' : typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
