/**
 * Display width in Excel's column unit (about one Latin character of the default font). Han characters,
 * full-width punctuation and kana take two: a column sized by string length cuts Chinese text in half.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, incl. CJK punctuation 〔〕、。 and kana
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms （），：
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions B–G
  );
}

/** Narrowest and widest column the workbook makes: wider text wraps instead of running off the page. */
export const MIN_WIDTH = 6;
export const MAX_WIDTH = 60;
/** Rows sampled for the width: enough to see the long values, cheap on a 20,000-row sheet. */
export const WIDTH_SAMPLE_ROWS = 2000;
