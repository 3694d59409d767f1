import { SIMPLIFIED_TRADITIONAL_PAIRS } from '#shared/policy-text/mojibake-tables.ts';

/** A column the import can fill, with the header names hospitals use for it. */
export interface ImportField<K extends string = string> {
  key: K;
  label: string;
  /** Header texts that mean this field, most specific first; compared after normalizeLabel. */
  synonyms: readonly string[];
  required: boolean;
  /**
   * For headers recognised by a rule rather than a list (a year column: 2024, 2024年目标, 年度目标 / 2024):
   * scores the raw header text as matchScore does, replacing the synonyms.
   */
  score?: (label: string) => number;
}

// Header words in Traditional characters (a Big5 file from another system) fold to Simplified for matching:
// the detector's pair table plus the few header characters it lacks.
const HEADER_PAIRS = '称稱数數别別负負责責编編制製岗崗职職据據划劃标標实實际際况況备備注註础礎点點势勢优優';
const TO_SIMPLIFIED = new Map<string, string>();
for (const list of [[...SIMPLIFIED_TRADITIONAL_PAIRS].join(''), HEADER_PAIRS]) {
  const chars = [...list];
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) TO_SIMPLIFIED.set(chars[i + 1]!, chars[i]!);
}

export function toSimplified(text: string): string {
  let out = '';
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

/** Which source column (0-based) feeds each field; null = not imported. */
export type ColumnMapping = Record<string, number | null>;

/**
 * Header text as compared: NFKC (full-width letters, ideographic space), no whitespace, no unit or note in
 * brackets ("床位数（张）"), no required-field stars, lower case.
 */
export function normalizeLabel(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(/[([（【][^)\]）】]*[)\]）】]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

/** 2: the header is a synonym; 1: it contains one ("编制床位数" contains "床位数"); 0: unrelated. */
export function matchScore(label: string, field: ImportField): number {
  if (field.score) return field.score(label);
  const text = normalizeLabel(label);
  if (text === '') return 0;
  const synonyms = field.synonyms.map(normalizeLabel);
  if (synonyms.includes(text)) return 2;
  // Short synonyms (名称, 人员) only count as a whole header, or "科室负责人" would also match 名称-less fields.
  return synonyms.some((s) => s.length >= 2 && text.includes(s)) ? 1 : 0;
}
