import { describe, expect, it } from 'vitest';
import { faceFor, textIn } from '../../../src/report/pdf/pdf-fonts';

describe('the PDF face for a piece of text', () => {
  it('keeps Helvetica for Windows-1252 text, accents, the euro and the symbols written in ASCII', () => {
    for (const text of ['Orders pipeline', 'Café Zürich, Ærø', '€ 12 – “quoted”', '40 → 3 brokers, ≤ 60'])
      expect(faceFor(text)).toBe('helvetica');
  });

  it('sets Japanese, Chinese and Korean in the CJK fonts (Hangul in Korean, Han and kana in SC)', () => {
    expect(faceFor('東京の注文パイプライン')).toBe('NotoSansSC');
    expect(faceFor('消息队列')).toBe('NotoSansSC');
    expect(faceFor('주문 파이프라인')).toBe('NotoSansKR');
  });

  it('sets other scripts (Cyrillic, Greek, Polish letters) in Noto Sans', () => {
    for (const text of ['Заказы', 'Ωμέγα', 'Łódź']) expect(faceFor(text)).toBe('NotoSans');
  });

  it('writes the text itself in a Noto face, control characters as spaces; Helvetica keeps its stand-ins', () => {
    expect(textIn('東京\u0007x', 'NotoSansSC')).toBe('東京 x');
    expect(textIn('a → b', 'helvetica')).toBe('a -> b');
  });
});
