import {
  DIMENSION_LABELS,
  DIRECTION_LABELS,
  KPI_DIMENSIONS,
  SCORING_RULE_LABELS,
  type AnnualTarget,
  type KpiDimension,
  type KpiDirection,
  type RuleKind,
  type ScoringRule,
  type Tier,
} from '#shared/domain/index.ts';
import { foldWord, parseNumberCell } from './cells.ts';

// How the cells of a target table are read: the app's own labels (so an exported table imports again),
// the English codes, and the words hospitals write in their own sheets.

const DIMENSION_WORDS: [string, KpiDimension][] = [
  ...KPI_DIMENSIONS.map((d): [string, KpiDimension] => [DIMENSION_LABELS[d], d]),
  ...KPI_DIMENSIONS.map((d): [string, KpiDimension] => [d, d]),
  ['服务能力', 'SERVICE'], ['医疗服务', 'SERVICE'], ['技术水平', 'TECHNOLOGY'], ['医疗技术', 'TECHNOLOGY'],
  ['质量安全', 'QUALITY_SAFETY'], ['医疗质量', 'QUALITY_SAFETY'], ['运行效率', 'EFFICIENCY'], ['人才科研', 'TALENT_RESEARCH'],
  ['人才与科研', 'TALENT_RESEARCH'], ['科研教学', 'TALENT_RESEARCH'], ['帮扶', 'GRASSROOTS'], ['基层', 'GRASSROOTS'],
  ['满意度', 'PATIENT_EXPERIENCE'], ['患者满意度', 'PATIENT_EXPERIENCE'],
];
const DIMENSIONS = new Map(DIMENSION_WORDS.map(([w, d]) => [foldWord(w), d]));
export const DIMENSION_HINT = KPI_DIMENSIONS.map((d) => DIMENSION_LABELS[d]).join('、');

export function readDimension(text: string): KpiDimension | undefined {
  return DIMENSIONS.get(foldWord(text));
}

const DIRECTION_WORDS: [string, KpiDirection][] = [
  ...(Object.entries(DIRECTION_LABELS) as [KpiDirection, string][]).map(([d, label]): [string, KpiDirection] => [label, d]),
  ['↑', 'UP'], ['up', 'UP'], ['正向', 'UP'], ['正向指标', 'UP'], ['越高越好', 'UP'], ['越大越好', 'UP'], ['高优', 'UP'], ['上升', 'UP'], ['提高', 'UP'],
  ['↓', 'DOWN'], ['down', 'DOWN'], ['逆向', 'DOWN'], ['逆向指标', 'DOWN'], ['负向', 'DOWN'], ['负向指标', 'DOWN'], ['越低越好', 'DOWN'],
  ['越小越好', 'DOWN'], ['低优', 'DOWN'], ['下降', 'DOWN'], ['降低', 'DOWN'],
  ['↔', 'MONITOR'], ['monitor', 'MONITOR'], ['监测', 'MONITOR'], ['监测比较', 'MONITOR'], ['监测指标', 'MONITOR'], ['区间', 'MONITOR'], ['适度', 'MONITOR'],
];
const DIRECTIONS = new Map(DIRECTION_WORDS.map(([w, d]) => [foldWord(w), d]));
export const DIRECTION_HINT = '↑（正向）、↓（逆向）或 监测';

export function readDirection(text: string): KpiDirection | undefined {
  return DIRECTIONS.get(foldWord(text));
}

/** '' for a dimensionless value; the words offices use for "none" and for percent. */
export function readUnit(text: string): string {
  const word = foldWord(text);
  if (['', '无', '无单位', '-', '—', '/', '／'].includes(word)) return '';
  if (word === '百分比' || word === '百分率') return '%';
  return text.normalize('NFKC').trim();
}

// Most specific first: "一票否决" also contains no other kind's word, "分档计分（按完成率）" contains 完成.
const RULE_WORDS: [RegExp, RuleKind][] = [
  [/否决|veto/, 'VETO'],
  [/定性|qualitative/, 'QUALITATIVE'],
  [/分档|分段|阶梯|tiered/, 'TIERED'],
  [/比例|proportional/, 'PROPORTIONAL'],
  [/达标|阈值|threshold/, 'THRESHOLD'],
];
export const RULE_HINT = Object.values(SCORING_RULE_LABELS).join('、');

export type RuleRead = { ok: true; rule: ScoringRule } | { ok: false; message: string; inParams: boolean };

const TIER_EXAMPLE = '如「≥90:100%；80–90:60%；<80:0」';
const NUMBER = String.raw`[-+]?\d+(?:\.\d+)?`;

/** A share of the weight: "60%", "0.6" or "60" (a whole-number percent). */
function readShare(text: string): number | null {
  const m = new RegExp(`^(${NUMBER})(%)?$`).exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] || n > 1 ? n / 100 : n;
}

/** One band, [from, to): "<80", "≥90", "80–90", "80以上", with the unit and % dropped. */
function readBand(text: string): Pick<Tier, 'from' | 'to'> | string {
  if (/^(>|＞|大于|高于)\d/.test(text) || /^(≤|<=|不高于|不超过)/.test(text)) return `档位「${text}」：下限含、上限不含，请写成「≥x」「<x」或「x–y」`;
  const below = new RegExp(`^(?:<|低于|小于)(${NUMBER})$|^(${NUMBER})以下$`).exec(text);
  if (below) return { from: null, to: Number(below[1] ?? below[2]) };
  const above = new RegExp(`^(?:≥|>=|≧|不低于|不少于)(${NUMBER})$|^(${NUMBER})(?:及)?以上$`).exec(text);
  if (above) return { from: Number(above[1] ?? above[2]), to: null };
  const between = new RegExp(`^(${NUMBER})(?:–|—|-|~|～|至|到)(${NUMBER})$`).exec(text);
  if (between) return { from: Number(between[1]), to: Number(between[2]) };
  return `无法识别档位「${text}」，${TIER_EXAMPLE}`;
}

/** Bands as the app writes them (describeRule: "< 80% 得 0%，80–90% 得 60%") or as a sheet lists them. */
function readTiers(text: string, unit: string): Tier[] | string {
  const tiers: Tier[] = [];
  const items = text.split(/[，；;、\n]|,(?!\d{3})/).map((s) => s.replace(/\s/g, '')).filter((s) => s !== '');
  for (const item of items) {
    const m = /^(.+?)(?:得|:|：|→)(.+)$/.exec(item);
    if (!m) return `无法识别档位「${item}」，${TIER_EXAMPLE}`;
    const bandText = (unit && unit !== '%' ? m[1]!.split(unit).join('') : m[1]!).replace(/%/g, '');
    const band = readBand(bandText);
    if (typeof band === 'string') return band;
    const share = readShare(m[2]!);
    if (share === null) return `档位「${item}」的得分比例应为百分数或小数，如 60% 或 0.6`;
    tiers.push({ ...band, share });
  }
  return tiers.length > 0 ? tiers : `分档计分需要档位，${TIER_EXAMPLE}，写在计分方式的括号里或“计分参数”列`;
}

/**
 * A scoring rule from its cell ("比例计分", "分档计分（按完成率：…）", "一票否决") and the optional
 * parameters cell (a cap "1.2", or the bands). Blank is 达标计分, the form's default.
 */
export function readRule(ruleText: string, paramsText: string, unit: string): RuleRead {
  const folded = foldWord(ruleText);
  const kind = folded === '' ? 'THRESHOLD' : RULE_WORDS.find(([re]) => re.test(folded))?.[1];
  if (!kind) return { ok: false, message: `无法识别的计分方式，应为 ${RULE_HINT}`, inParams: false };
  const inBrackets = /[（(](.*)[)）]/.exec(ruleText.normalize('NFKC'))?.[1] ?? '';
  const params = [inBrackets, paramsText.normalize('NFKC')].filter((s) => s.trim() !== '').join('；');
  const inParams = paramsText.trim() !== '';
  if (kind === 'PROPORTIONAL') {
    if (params.trim() === '') return { ok: true, rule: { kind, cap: 1 } };
    const m = new RegExp(`^(?:封顶(?:系数)?[:：为]?)?\\s*(${NUMBER})(?:倍)?$`).exec(params.replace(/\s/g, ''));
    if (!m) return { ok: false, message: `比例计分的封顶系数应为 1–2 之间的数字，如「封顶 1.2」（读到的是「${params.trim()}」）`, inParams };
    return { ok: true, rule: { kind, cap: Number(m[1]) } };
  }
  if (kind === 'TIERED') {
    const basis = /完成率/.test(ruleText + paramsText) ? 'ATTAINMENT' : 'VALUE';
    const tiers = readTiers(params.replace(/按(?:完成率|实际值)[:：]?/g, ''), unit);
    if (typeof tiers === 'string') return { ok: false, message: tiers, inParams };
    return { ok: true, rule: { kind, basis, tiers } };
  }
  return { ok: true, rule: { kind } };
}

/**
 * One year's target: a number ("82.5%", "12000") or a range for 监测 KPIs ("80–90", "80%~90%"). A range's
 * dash comes after a digit, so a negative number is not read as one.
 */
export function readGoal(year: number, text: string, unit: string): AnnualTarget | string {
  const normal = text.normalize('NFKC').replace(/\s/g, '');
  const range = new RegExp(`^(${NUMBER})%?(?:–|—|-|~|～|至|到)(${NUMBER})%?$`).exec(unit && unit !== '%' ? normal.split(unit).join('') : normal);
  if (range) return { kind: 'RANGE', year, min: Number(range[1]), max: Number(range[2]) };
  const value = parseNumberCell(text, `${year} 年目标`, unit);
  if (value.ok) return { kind: 'VALUE', year, value: value.value };
  return `${year} 年目标应为数字，监测指标可写区间如 80–90（输入的是「${text.trim()}」）`;
}

/** A number that may be blank (baseline value, weight of a veto item). */
export function readOptionalNumber(text: string, label: string, unit = '') {
  return text.trim() === '' ? ({ ok: true, value: null } as const) : parseNumberCell(text, label, unit);
}
