/** A column the import can fill, with the header names hospitals use for it. */
export interface ImportField<K extends string = string> {
  key: K;
  label: string;
  /** Header texts that mean this field, most specific first; compared after normalizeLabel. */
  synonyms: readonly string[];
  required: boolean;
}

/** Which source column (0-based) feeds each field; null = not imported. */
export type ColumnMapping = Record<string, number | null>;

/**
 * Header text as compared: NFKC (full-width letters, ideographic space), no whitespace, no unit or note in
 * brackets ("床位数（张）"), no required-field stars, lower case.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[([（【][^)\]）】]*[)\]）】]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

/** 2: the header is a synonym; 1: it contains one ("编制床位数" contains "床位数"); 0: unrelated. */
export function matchScore(label: string, field: ImportField): number {
  const text = normalizeLabel(label);
  if (text === '') return 0;
  const synonyms = field.synonyms.map(normalizeLabel);
  if (synonyms.includes(text)) return 2;
  // Short synonyms (名称, 人员) only count as a whole header, or "科室负责人" would also match 名称-less fields.
  return synonyms.some((s) => s.length >= 2 && text.includes(s)) ? 1 : 0;
}
