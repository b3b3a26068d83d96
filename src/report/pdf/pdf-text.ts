/**
 * The PDF's standard fonts cover Windows-1252 only: characters outside it become their nearest
 * ASCII form or "?", so a hostile or non-Latin scenario name never breaks the document.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2212': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u2192': '->',
  // The prime of "in′" (Kinesis's records rounded up to whole KiB).
  '\u2032': "'",
  '\u2713': 'v',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/** Characters Windows-1252 has beyond Latin-1 (smart quotes, dashes, euro, bullet, ellipsis, …). */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** True when the standard fonts can write `ch`, directly or through one of the ASCII stand-ins above. */
export function isStandardFontChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff || CP1252_EXTRA.has(ch) || REPLACEMENTS[ch] !== undefined;
}

export function pdfText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else if (code <= 0xff || CP1252_EXTRA.has(ch)) out += ch;
    else out += '?';
  }
  return out;
}
