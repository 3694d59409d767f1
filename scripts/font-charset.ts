// The characters the bundled CJK subsets keep: everything a plan, task sheet or contract prints.
// GB 2312 covers the 6,763 Han characters of levels 1 and 2 and its symbol rows (CJK punctuation, full-width
// forms, 〔〕, —, ①, №); ASCII and a few marks that hospital text uses (℃, ‰, ±, ≥) are added by hand.

/** Every character of GB 2312 rows 1–9 (symbols) and 16–87 (level 1 and 2 Han), decoded through GB 18030. */
export function gb2312Characters(): string[] {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const out: string[] = [];
  const rows = [...range(0xa1, 0xa9), ...range(0xb0, 0xf7)];
  for (const row of rows) {
    for (const cell of range(0xa1, 0xfe)) {
      // Unassigned cells decode to U+FFFD or private-use code points; neither belongs in a text subset.
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([row, cell]));
      } catch {
        continue;
      }
      const cp = ch.codePointAt(0)!;
      if (ch === '\uFFFD' || (cp >= 0xe000 && cp <= 0xf8ff)) continue;
      out.push(ch);
    }
  }
  return out;
}

const EXTRA_RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1 (× ÷ ± · ° ²)
  [0x2010, 0x2027], // dashes, quotes, ellipsis, middle dot
  [0x2030, 0x203b], // ‰ ※
  [0x2103, 0x2103], // ℃
  [0x2116, 0x2116], // №
  [0x2160, 0x216b], // Ⅰ–Ⅻ
  [0x2190, 0x2193], // arrows
  [0x2264, 0x2265], // ≤ ≥
  [0x2460, 0x2473], // ①–⑳
  [0x3000, 0x303f], // CJK symbols and punctuation, incl. 〔〕〈〉《》「」【】
  [0xff01, 0xff5e], // full-width forms
  [0xffe0, 0xffe5], // full-width ￠￡￥
];

/** The subset text: GB 2312 plus the extra ranges plus any characters a caller adds (sample data, labels). */
export function subsetText(extra: Iterable<string> = [], options: { han?: boolean } = {}): string {
  const set = new Set<string>(options.han === false ? [] : gb2312Characters());
  for (const [from, to] of EXTRA_RANGES) for (const cp of range(from, to)) set.add(String.fromCodePoint(cp));
  for (const text of extra) for (const ch of text) if (ch.codePointAt(0)! >= 0x20) set.add(ch);
  return [...set].join('');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
