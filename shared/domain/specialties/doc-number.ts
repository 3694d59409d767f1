import { text } from '../common.ts';

/**
 * 发文字号 as GB/T 9704-2012 writes it: 机关代字 + year in hexagonal brackets 〔〕 + serial number without
 * leading zeros + 号, e.g. 示医发〔2024〕12号, 国卫医政发〔2023〕22号.
 */
const DOC_NUMBER = /^(\p{Script=Han}{1,20})〔(\d{4})〕([1-9]\d{0,4})号$/u;

/** Why a document number is not in the standard form, in Chinese; null when it is (or is still empty). */
export function docNumberProblem(value: string): string | null {
  if (value === '') return null;
  const match = DOC_NUMBER.exec(value);
  if (!match) {
    if (!/〔/.test(value)) return `文号「${value}」的年份应使用六角括号〔〕，如 示医发〔2024〕12号`;
    if (!/〔\d{4}〕/.test(value)) return `文号「${value}」的年份应为 4 位数字，如 〔2024〕`;
    if (/〕0/.test(value)) return `文号「${value}」的序号前不加 0，如 〔2024〕12号`;
    return `文号「${value}」格式应为 机关代字〔年份〕序号号，如 示医发〔2024〕12号`;
  }
  const year = Number(match[2]);
  return year < 1949 || year > 2100 ? `文号「${value}」的年份 ${year} 不合理` : null;
}

/** The plan's 文号: empty while drafting, else the standard form (normalizeDocNumber fixes the usual slips). */
export const DocNumberSchema = text('文号', 40).refine((value) => docNumberProblem(value) === null, {
  error: (issue) => docNumberProblem(String(issue.input)) ?? '文号格式不正确',
});

/** A 4-digit year in any bracket people use instead of 〔〕: [] ［］ () （） 【】 〖〗 ﹝﹞ {} <> 〈〉. */
const BRACKETED_YEAR = /([[［(（【〖﹝{<〈])(\d{4})([\]］)）】〗﹞}>〉])/;

export interface DocNumberNormalization {
  value: string;
  /** What was changed, in Chinese, one sentence per kind of change; empty when the input was already tidy. */
  changes: string[];
}

/**
 * Tidies a typed or pasted 文号 and says what it changed, so the form can show "已将［］改为〔〕" instead of
 * silently rewriting an official number: spaces, full-width digits, the brackets around the year
 * ([] () 【】 ［］ （） 〖〗 ﹝﹞ …), leading zeros of the serial, a 第 before it and a missing 号.
 * The result may still be invalid (a two-digit year cannot be guessed); check it with docNumberProblem.
 */
export function normalizeDocNumber(input: string): DocNumberNormalization {
  const changes: string[] = [];
  let value = input;
  const step = (next: string, change: string) => {
    if (next !== value) changes.push(change);
    value = next;
  };
  step(value.replace(/[\s\u3000]+/g, ''), '删除了空格');
  step(value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), '全角数字改为半角数字');
  const bracket = BRACKETED_YEAR.exec(value);
  if (bracket && bracket[1] !== '〔') {
    step(value.replace(bracket[0], `〔${bracket[2]}〕`), `年份的括号「${bracket[1]}${bracket[3]}」改为六角括号「〔〕」`);
  }
  step(value.replace(/〕第/, '〕'), '删除了序号前的“第”');
  const zeros = /〕(0+)(\d+)/.exec(value);
  if (zeros) step(value.replace(zeros[0], `〕${zeros[2]}`), `删除了序号前的 0（${zeros[1]}${zeros[2]} → ${zeros[2]}）`);
  step(value.replace(/〕(\d+)$/, '〕$1号'), '补上了序号后的“号”');
  return { value, changes };
}
