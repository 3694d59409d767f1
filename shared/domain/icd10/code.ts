import { z } from 'zod';

/**
 * Which ICD-10 codes a core disease (measure 4) may carry. Decision: the WHO forms AND the forms Chinese
 * hospitals actually code with, because their 病案首页 uses 国家临床版 2.0 / 医保版 2.0 codes and a coder will
 * paste those:
 *
 *   CATEGORY      I21            letter + 2 digits (类目)
 *   SUBCATEGORY   I21.0          + 1 digit (亚目, WHO)
 *   EXTENDED      I21.00         + 2 digits (national 细目 extension)
 *   CLINICAL      I21.000        + 3 digits (国家临床版 2.0 / 医保版 2.0 six-character code)
 *   CLINICAL      I21.000x001    + 'x' + 3 digits (临床版 2.0 additional code, lower-case x by convention)
 *
 * A trailing † or * (dagger/asterisk dual classification, e.g. E11.2†, H36.0*) is kept. Every letter A–Z
 * is accepted: U is ICD-10's emergency-use chapter (U07.1). The format is checked, not whether the code
 * exists: free entry is allowed (issue 5), and the full national table is not shipped.
 */
export type Icd10Level = 'CATEGORY' | 'SUBCATEGORY' | 'EXTENDED' | 'CLINICAL';

export type Icd10Parse =
  | { ok: true; code: string; category: string; level: Icd10Level }
  | { ok: false; error: string };

// Groups: 1 category, 2 one or two digits (WHO / national), 3 three digits (clinical), 4 the x code after them.
const FORMAT = /^([A-Z]\d{2})(?:\.(?:(\d{1,2})|(\d{3})(x\d{3})?))?([†*])?$/;
const EXAMPLES = '如 I21、I21.0、C34.1、E11.9，国家临床版 2.0 编码如 I21.000x001';

/**
 * Tidies what people type or paste: full-width characters (ｉ２１．０), spaces, a lower-case letter, '。' for
 * the dot, '+' for †, an upper-case X in the additional code, and the dot left out (I210 → I21.0, as some
 * HIS exports write it). Returns the tidied text; it may still be invalid.
 */
export function normalizeIcd10(raw: string): string {
  let s = raw.normalize('NFKC').replace(/\s+/g, '').replace(/。/g, '.').replace(/\+$/, '†');
  if (/^[a-z]/.test(s)) s = s[0]!.toUpperCase() + s.slice(1);
  s = s.replace(/(\d{3})X(\d{3})/, '$1x$2');
  const undotted = /^([A-Z]\d{2})(\d{1,3}(?:x\d{3})?[†*]?)$/.exec(s);
  return undotted ? `${undotted[1]}.${undotted[2]}` : s;
}

function levelOf(match: RegExpExecArray): Icd10Level {
  if (match[3] !== undefined) return 'CLINICAL';
  if (match[2] === undefined) return 'CATEGORY';
  return match[2].length === 1 ? 'SUBCATEGORY' : 'EXTENDED';
}

/** The specific thing wrong with a code, in Chinese, so the field can say more than "格式错误". */
function describeError(code: string): string {
  if (!/^[A-Z]/.test(code)) return `ICD-10 编码「${code}」应以 1 个英文字母开头（${EXAMPLES}）`;
  if (!/^[A-Z]\d{2}/.test(code)) return `ICD-10 编码「${code}」的字母后应为 2 位数字（${EXAMPLES}）`;
  if (/x/i.test(code) && !/\.\d{3}x/i.test(code)) return `ICD-10 编码「${code}」的附加码 x 只能跟在小数点后 3 位数字之后，如 I21.000x001`;
  return `ICD-10 编码「${code}」格式不正确（${EXAMPLES}）`;
}

/** Normalises, then checks the format; the category (类目, e.g. I21) is what the catalogue and search key on. */
export function parseIcd10(raw: string): Icd10Parse {
  const code = normalizeIcd10(raw);
  if (code === '') return { ok: false, error: '请填写 ICD-10 编码' };
  const match = FORMAT.exec(code);
  if (!match) return { ok: false, error: describeError(code) };
  return { ok: true, code, category: match[1]!, level: levelOf(match) };
}

/** True for a code already in normalised form (what a stored record holds). */
export function isIcd10Code(code: string): boolean {
  return FORMAT.test(code);
}

/** The stored field: normalised and well-formed. Forms call normalizeIcd10 before saving. */
export const Icd10CodeSchema = z.string({ error: 'ICD-10 编码应为文字' }).superRefine((code, ctx) => {
  if (isIcd10Code(code)) return;
  const parsed = parseIcd10(code);
  // A code that would be valid once tidied tells the user what the tidy form is.
  const message = parsed.ok ? `ICD-10 编码应写作「${parsed.code}」` : parsed.error;
  ctx.addIssue({ code: 'custom', message });
});
