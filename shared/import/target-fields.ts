import { termYears, type ContractTerm } from '#shared/domain/index.ts';
import { toSimplified, type ImportField } from './fields.ts';
import type { HeaderLayout } from './header.ts';

export type TargetFieldKey =
  | 'kpi'
  | 'dimension'
  | 'unit'
  | 'direction'
  | 'definition'
  | 'baselineYear'
  | 'baselineValue'
  | 'weight'
  | 'rule'
  | 'ruleParams';

const DESCRIPTION: readonly ImportField<TargetFieldKey>[] = [
  // A catalogue id ("discharges") is accepted in the same column as the name.
  { key: 'kpi', label: '指标名称', synonyms: ['指标名称', '考核指标', '指标', 'kpi', '考核项目', '考核内容'], required: true },
  { key: 'dimension', label: '维度', synonyms: ['维度', '指标维度', '考核维度', '指标类别', '类别', '一级指标'], required: false },
  { key: 'unit', label: '单位', synonyms: ['单位', '计量单位', '指标单位'], required: false },
  { key: 'direction', label: '方向', synonyms: ['方向', '指标方向', '指标导向', '导向', '指标属性'], required: false },
  { key: 'definition', label: '指标定义', synonyms: ['指标定义', '计算方法', '计算公式', '定义', '指标说明', '统计口径'], required: false },
  { key: 'baselineYear', label: '基线年份', synonyms: ['基线年份', '基线年度', '基期年份', '基准年份', '基线年'], required: false },
  { key: 'baselineValue', label: '基线值', synonyms: ['基线值', '基线数值', '基期值', '基准值', '基线水平', '基线', '现状值'], required: false },
];

const SCORING: readonly ImportField<TargetFieldKey>[] = [
  { key: 'weight', label: '权重', synonyms: ['权重', '分值', '权重分', '权重分值', '标准分'], required: true },
  { key: 'rule', label: '计分方式', synonyms: ['计分方式', '计分规则', '计分方法', '评分方式', '评分规则', '考核方式'], required: false },
  // Free-text 评分标准 columns ("每降低 1% 扣 1 分") are left for the user to pick: they rarely parse.
  { key: 'ruleParams', label: '计分参数', synonyms: ['计分参数', '封顶系数', '分档标准', '分档', '档位', '计分档位'], required: false },
];

/** The fields the header is looked for with; the year columns are added once the header is known. */
export const TARGET_FIELDS: readonly ImportField<TargetFieldKey>[] = [...DESCRIPTION, ...SCORING];

// "2024", "2024年", "2024年度目标值", "目标值（2024年）", "第一年（2024）"; not "2023年基线值" or "备注（2024年修订）".
const YEAR_HEADER = /^(?:年度目标|目标值?|第[一二三四五六七八九十\d]+年)?(20\d{2}|2100)年?度?(?:目标值?|指标值?|计划值?|任务)?$/;

/** The year a header names as a target column, or null. Brackets without a year (a unit) are dropped. */
export function headerYear(label: string): number | null {
  const text = toSimplified(label.normalize('NFKC'))
    .replace(/[([（【][^)\]）】\d]*[)\]）】]/g, '')
    .replace(/[\s()[\]（）【】:：/]/g, '');
  const m = YEAR_HEADER.exec(text);
  return m ? Number(m[1]) : null;
}

export const yearKey = (year: number) => `y${year}`;

/** The year of a year field's key, or null for the other fields. */
export function keyYear(key: string): number | null {
  const m = /^y(\d{4})$/.exec(key);
  return m ? Number(m[1]) : null;
}

export function yearField(year: number): ImportField {
  return { key: yearKey(year), label: `${year} 年目标`, synonyms: [], required: false, score: (label) => (headerYear(label) === year ? 2 : 0) };
}

/**
 * Every field of a target table: one per year of the term, so a column headed "第一年" can be chosen for
 * it, and one per other year the header names, so targets outside the term are reported, not dropped.
 */
export function targetFields(term: ContractTerm, layout: HeaderLayout): ImportField[] {
  const { first, last } = termYears(term);
  const years = new Set<number>();
  for (let y = first; y <= last; y++) years.add(y);
  for (const column of layout.columns) {
    const parts = column.label.split(' / ');
    const year = headerYear(parts[parts.length - 1]!) ?? headerYear(parts.join(''));
    if (year !== null) years.add(year);
  }
  return [...DESCRIPTION, ...[...years].sort((a, b) => a - b).map(yearField), ...SCORING];
}
