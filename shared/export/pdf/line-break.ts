/**
 * Chinese line breaking for @react-pdf/renderer, which only breaks at spaces and hyphenation points.
 *
 * textkit hands the hyphenation callback each space-separated "word" and breaks between the parts it
 * returns. A break between two parts normally becomes a penalty node that prints "-" at the line end; an
 * empty string between two parts becomes a zero-width glue node instead, a break opportunity that prints
 * nothing. So the splitter returns the breakable units of a word with '' between them.
 *
 * Units follow the rules of GB/T 15834 and GB/T 9704 layout: a line breaks between any two Han characters,
 * closing punctuation (，。、；：！？）》」 …) never starts a line, opening punctuation (（《「 …) never ends one,
 * and a Latin or digit run (PM2.5, 3.5%, ICD-10, 2024) stays whole.
 *
 * textkit also cuts the text into script runs (Han, Latin) and calls the callback per run, so the callback
 * never sees "的“1+" and "N”专" together. Where two runs meet it inserts a hyphenation penalty; every Text
 * sets `hyphenationPenalty` to textkit's infinity (NO_HYPHEN_BREAK) so those points never break either.
 */
export const NO_HYPHEN_BREAK = 10_000;

/** Marks that must not start a line: they stick to the unit before them. */
const CLOSING = new Set([...'，。、；：！？）》」』】〕〉〗”’…—～·%‰℃,.;:!?)]}》']);
/** Marks that must not end a line: they stick to the unit after them. */
const OPENING = new Set([...'（《「『【〔〈〖“‘([{']);
/** Characters that continue a Latin/digit run once it has begun (3.5, ICD-10, a/b, 1,000). */
const RUN_INNER = /[A-Za-z0-9.\-_/+#&@',]/;
const RUN_START = /[A-Za-z0-9]/;

/** Splits a word into the units a line may break between (no separators). Exported for tests. */
export function breakUnits(word: string): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  const chars = [...word];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (OPENING.has(ch)) {
      pendingOpen += ch;
      i++;
      continue;
    }
    if (CLOSING.has(ch) && (units.length > 0 || pendingOpen !== '')) {
      if (units.length > 0 && pendingOpen === '') units[units.length - 1] += ch;
      else pendingOpen += ch;
      i++;
      continue;
    }
    let unit = ch;
    i++;
    if (RUN_START.test(ch)) {
      // A run continues through inner marks when a letter or digit follows them ("3.5" but "3."), or when the
      // word ends there: textkit cuts words at script changes, so "1+" may be the start of "1+N".
      const continues = (at: number) => RUN_START.test(chars[at]!) || at + 1 === chars.length || RUN_START.test(chars[at + 1]!);
      while (i < chars.length && RUN_INNER.test(chars[i]!) && continues(i)) {
        unit += chars[i];
        i++;
      }
    }
    units.push(pendingOpen + unit);
    pendingOpen = '';
  }
  if (pendingOpen !== '') {
    if (units.length > 0) units[units.length - 1] += pendingOpen;
    else units.push(pendingOpen);
  }
  return units;
}

/** The hyphenation callback: units with '' between them, so every break prints nothing. */
export function splitForLineBreaking(word: string): string[] {
  const units = breakUnits(word);
  if (units.length <= 1) return units;
  const parts: string[] = [];
  units.forEach((unit, index) => {
    if (index > 0) parts.push('');
    parts.push(unit);
  });
  return parts;
}

const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d';
const SPACE_BESIDE_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g');

/**
 * Drops half-width spaces next to Chinese characters ("床位 2200 张" → "床位2200张"), as Chinese typesetting
 * does. They matter for layout too: textkit's Knuth–Plass breaker gives only spaces stretch, so a paragraph
 * with a few spaces gets its lines broken at those spaces, leaving lines short; without them it falls back
 * to filling each line, which is the Chinese rule.
 */
export function tidySpaces(text: string): string {
  return text.replace(SPACE_BESIDE_CJK, '');
}
