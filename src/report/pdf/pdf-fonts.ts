/**
 * Unicode text in the PDF. The standard PDF fonts cover Windows-1252 only, so any other text (a
 * scenario name in Japanese, Chinese, Korean, Cyrillic, Greek, Polish…) is set in a Noto font from
 * npm, embedded (jsPDF subsets it to the glyphs used) and loaded only when a PDF needs it. A
 * character no chosen font has (an emoji) prints as the font's fallback glyph.
 */
import type { jsPDF } from 'jspdf';
import { isStandardFontChar, pdfText } from './pdf-text';

export type PdfFace = 'helvetica' | 'NotoSans' | 'NotoSansSC' | 'NotoSansKR';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
/** Han, kana, CJK punctuation and full-width forms: Noto Sans SC has them all, Japanese kana included. */
const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function isStandardFontText(text: string): boolean {
  for (const ch of text) if (!isStandardFontChar(ch)) return false;
  return true;
}

/** The face a piece of text is set in: Helvetica when Windows-1252 has it, else the Noto font that covers its script. */
export function faceFor(text: string): PdfFace {
  if (isStandardFontText(text)) return 'helvetica';
  if (HANGUL.test(text)) return 'NotoSansKR';
  if (CJK.test(text)) return 'NotoSansSC';
  return 'NotoSans';
}

/** The text as it is written in `face`: the standard font's stand-ins, or the text itself with control characters as spaces. */
export function textIn(text: string, face: PdfFace): string {
  if (face === 'helvetica') return pdfText(text);
  return Array.from(text, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code < 0xa0) ? ' ' : ch;
  }).join('');
}

/** A Noto face's TrueType bytes. The page fetches the file Vite bundled; the CLI reads it from node_modules. */
export type FontLoader = (face: Exclude<PdfFace, 'helvetica'>) => Promise<ArrayBuffer>;

const FONT_FILES: Readonly<Record<Exclude<PdfFace, 'helvetica'>, () => Promise<{ default: string }>>> = {
  NotoSans: () => import('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url'),
  NotoSansSC: () => import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'),
  NotoSansKR: () => import('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url'),
};

function base64Of(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The browser's loader: the font file's URL from the bundle, fetched from the app's own origin. */
export const fetchBundledFont: FontLoader = async (face) => {
  const url = (await FONT_FILES[face]()).default;
  return (await fetch(url)).arrayBuffer();
};

/** Loads and registers the Noto fonts these texts need (regular weight, also used for bold). */
export async function embedFaces(doc: jsPDF, texts: Iterable<string>, loadFont: FontLoader = fetchBundledFont): Promise<void> {
  const needed = new Set<Exclude<PdfFace, 'helvetica'>>();
  for (const text of texts) {
    const face = faceFor(text);
    if (face !== 'helvetica') needed.add(face);
  }
  for (const face of needed) {
    const file = `${face}.ttf`;
    doc.addFileToVFS(file, base64Of(await loadFont(face)));
    doc.addFont(file, face, 'normal');
    doc.addFont(file, face, 'bold');
  }
}
