import { GBK_MOJIBAKE_CHARACTERS, GBK_MOJIBAKE_PUNCTUATION, SIMPLIFIED_TRADITIONAL_PAIRS } from './mojibake-tables.ts';

export interface DamagedTextReport {
  damaged: boolean;
  /** One Chinese sentence per kind of damage, quoting what was found, for the warning under the field. */
  reasons: string[];
}

const SIMPLIFIED_ONLY = new Set<string>();
const TRADITIONAL_ONLY = new Set<string>();
[...SIMPLIFIED_TRADITIONAL_PAIRS].forEach((c, i) => (i % 2 === 0 ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY).add(c));
const GBK_MARKERS = new Set(GBK_MOJIBAKE_CHARACTERS);

const HAN = /\p{Script=Han}/u;
const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** A Han character followed by tone-marked pinyin, bare or in brackets: 區(qū), 衛(wèi). */
const PINYIN = new RegExp(`\\p{Script=Han}[(（]?[a-zü]*[${TONE}][a-zü${TONE}]*[)）]?`, 'u');
const BOPOMOFO = /[\u3100-\u312f\u31a0-\u31bf]+/u;
/**
 * UTF-8 read as Latin-1/Windows-1252: a lead byte shown as â–é (CJK and CJK punctuation) followed by two
 * continuation bytes, or Â/Ã followed by one (é → Ã©, ° → Â°). Requiring the continuation characters keeps a
 * lone é in a name from matching.
 */
const CONTINUATION = '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';
const LATIN1 = new RegExp(`[\\u00e2-\\u00e9]${CONTINUATION}{2}|[\\u00c2\\u00c3]${CONTINUATION}`, 'u');

const quote = (s: string) => `「${s}」`;

/** Up to three distinct examples, quoted, for a reason sentence. */
const examples = (chars: Iterable<string>) => [...new Set(chars)].slice(0, 3).join('、');

/**
 * GBK mojibake: one mojibake punctuation mark, or two mojibake characters at most three apart (鍖婚櫌). Two
 * rare characters next to each other is what separates a bad conversion from one odd character in a name.
 */
function gbkMojibake(chars: readonly string[]): string | null {
  let last = -10;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (GBK_MOJIBAKE_PUNCTUATION.includes(c)) return chars.slice(Math.max(0, i - 2), i + 3).join('');
    if (!GBK_MARKERS.has(c)) continue;
    if (i - last <= 3) return chars.slice(last, i + 1).join('');
    last = i;
  }
  return null;
}

/**
 * Whether text looks like a damaged conversion, and why (domain.md: the damaged Traditional copy of the
 * guidance shows what pasted or imported text can look like). Flags: runs of '??' and U+FFFD (characters
 * lost), tone-marked pinyin after Han characters and Bopomofo (注音 injected by a conversion tool),
 * Traditional-only and Simplified-only characters in one text, and UTF-8 read as GBK or as Latin-1.
 * Deliberately not flagged: a single Latin letter between Han characters (B超, O型血, 维生素C), full-width
 * '？？' (a person typed it), text wholly in Traditional characters (a correct Traditional name).
 */
export function detectDamagedText(text: string): DamagedTextReport {
  const reasons: string[] = [];
  const questions = /\?{2,}/.exec(text);
  if (questions) reasons.push(`含有连续问号${quote(questions[0])}，文字转换时可能有字符丢失`);
  if (text.includes('\ufffd')) reasons.push('含有替换字符「\ufffd」，文字在转换编码时已损坏');
  const pinyin = PINYIN.exec(text);
  if (pinyin) reasons.push(`汉字间夹杂带声调的拼音${quote(pinyin[0])}，疑似转换时插入了注音`);
  const bopomofo = BOPOMOFO.exec(text);
  if (bopomofo) reasons.push(`含有注音符号${quote(bopomofo[0])}，汉字文本中不应出现`);
  const chars = [...text];
  const traditional = chars.filter((c) => TRADITIONAL_ONLY.has(c));
  const simplified = traditional.length > 0 ? chars.filter((c) => SIMPLIFIED_ONLY.has(c)) : [];
  if (simplified.length > 0) reasons.push(`繁体字与简体字混用（繁体：${examples(traditional)}；简体：${examples(simplified)}）`);
  const gbk = gbkMojibake(chars);
  if (gbk) reasons.push(`疑似 UTF-8 文字被按 GBK 解码产生的乱码${quote(gbk)}`);
  const latin1 = LATIN1.exec(text);
  if (latin1) reasons.push(`疑似 UTF-8 文字被按 Latin-1 解码产生的乱码${quote(latin1[0])}`);
  return { damaged: reasons.length > 0, reasons };
}

export interface DamagedField {
  /** Dotted path of the field in the record: 'management.culture', 'items.2'. */
  path: string;
  reasons: string[];
}

/**
 * Every string field of a record (nested objects and arrays included) that detectDamagedText flags, so a
 * form, an import or a restore can warn field by field instead of storing damaged text silently.
 */
export function findDamagedText(value: unknown, path = ''): DamagedField[] {
  if (typeof value === 'string') {
    // Most fields are short and clean: skip the full check for text without Han, '?', U+FFFD or Latin-1.
    if (!HAN.test(value) && !/[?\ufffd\u00c2-\u00e9\u3100-\u312f]/.test(value)) return [];
    const { damaged, reasons } = detectDamagedText(value);
    return damaged ? [{ path, reasons }] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => findDamagedText(v, path === '' ? key : `${path}.${key}`));
}
