/** The PDF's Noto faces in Node: the same TrueType files the page bundles, read from node_modules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontLoader } from '../report/pdf/pdf-fonts';

const require = createRequire(import.meta.url);

const FILES = {
  NotoSans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  NotoSansSC: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  NotoSansKR: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
} as const;

export const readBundledFont: FontLoader = async (face) => {
  const bytes = await readFile(require.resolve(FILES[face]));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};
