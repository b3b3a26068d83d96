/**
 * Text as files arrive: a UTF-8 byte-order mark and CRLF line ends are fine (SPEC §13.3), so
 * every reader sees one normalised text with "\n" line ends and 1-based line numbers.
 */

/** Characters of a line quoted in a message before it is cut. */
const QUOTE_CHARS = 80;

/** Drops a leading byte-order mark and turns CRLF (and lone CR) line ends into LF. */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** A NUL character never occurs in the text formats we read: the file is binary (or UTF-16). */
export function isBinaryText(text: string): boolean {
  return text.includes('\u0000');
}

/** `line` cut to a length a message can show, with an ellipsis when cut. */
export function quoteLine(line: string, maxChars: number = QUOTE_CHARS): string {
  const trimmed = line.trim();
  return trimmed.length > maxChars ? `${trimmed.slice(0, maxChars - 1)}…` : trimmed;
}

/** The first line that is not blank, cut for a message ("" for an empty text). */
export function firstLineOf(text: string): string {
  let start = 0;
  while (start < text.length) {
    const end = lineEnd(text, start);
    const line = text.slice(start, Math.min(end, start + QUOTE_CHARS * 4));
    if (line.trim() !== '') return quoteLine(line);
    start = end + 1;
  }
  return '';
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/**
 * Calls `visit` for each line with its 1-based number, in one pass without splitting the whole
 * text (a 20 MB exposition stays linear), until `visit` returns false.
 */
export function forEachLineWhile(text: string, visit: (line: string, lineNumber: number) => boolean): void {
  let start = 0;
  let lineNumber = 1;
  while (start <= text.length) {
    const end = lineEnd(text, start);
    if (!visit(text.slice(start, end), lineNumber)) return;
    if (end === text.length) return;
    start = end + 1;
    lineNumber += 1;
  }
}

/** Calls `visit` for every line with its 1-based number. */
export function forEachLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  forEachLineWhile(text, (line, lineNumber) => {
    visit(line, lineNumber);
    return true;
  });
}

/** The first `count` non-blank lines with their numbers, for recognising a format by content. */
export function leadingLines(text: string, count: number): { readonly line: string; readonly lineNumber: number }[] {
  const lines: { line: string; lineNumber: number }[] = [];
  forEachLineWhile(text, (line, lineNumber) => {
    if (line.trim() !== '') lines.push({ line, lineNumber });
    return lines.length < count;
  });
  return lines;
}

/** The offset where 1-based line `lineNumber` starts (the text's length when it has fewer lines). */
export function offsetOfLine(text: string, lineNumber: number): number {
  let offset = 0;
  for (let line = 1; line < lineNumber; line += 1) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return text.length;
    offset = end + 1;
  }
  return offset;
}
