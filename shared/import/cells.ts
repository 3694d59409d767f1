import { parseMeasuredValue, type ParsedValue } from '#shared/domain/index.ts';
import { toSimplified } from './fields.ts';

/** "2024", "2024年", "2024.0", "2024年度" → 2024; the schema then checks the range. */
export function parseYear(text: string): number | null {
  const m = /^(\d{4})(\.0+)?\s*年?(度)?$/.exec(text.normalize('NFKC').trim());
  return m ? Number(m[1]) : null;
}

/** A word cell as compared with a vocabulary: NFKC, Simplified, no spaces, lower case. */
export const foldWord = (text: string) => toSimplified(text.normalize('NFKC')).replace(/\s/g, '').toLowerCase();

/**
 * A number as offices write it (parseMeasuredValue: "82.5%", "1,234", full-width digits), also followed by
 * the row's own unit ("12000人次"), which a typed cell often repeats.
 */
export function parseNumberCell(text: string, label: string, unit = ''): ParsedValue {
  const trimmed = text.normalize('NFKC').trim();
  const bare = unit !== '' && unit !== '%' && trimmed.endsWith(unit) ? trimmed.slice(0, -unit.length) : trimmed;
  const parsed = parseMeasuredValue(bare, label);
  return parsed.ok ? parsed : parseMeasuredValue(text, label);
}
