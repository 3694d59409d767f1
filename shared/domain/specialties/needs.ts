import type { z } from 'zod';
import { IdSchema, RecordMetaSchema, requiredText, text } from '../common.ts';
import { FUNDING_SOURCES, FundingSourceSchema, RESOURCE_ELEMENTS, ResourceElementSchema, type FundingSource, type ResourceElement } from './enums.ts';
import { YearSchema, nonNegative, wanYuan } from './fields.ts';

/**
 * 四.6 要素需求: one item of one element type, what the specialty has and what it needs, and the budget for
 * it in one year from one source. A need funded from two sources or over two years is two rows, so every
 * total below is a plain sum. The gap is derived (resourceGap), never stored, so it cannot disagree.
 */
export const ResourceNeedSchema = RecordMetaSchema.extend({
  specialtyId: IdSchema,
  element: ResourceElementSchema,
  item: requiredText('需求项目', 100),
  current: nonNegative('现有数量'),
  required: nonNegative('需求数量'),
  unit: text('单位', 12),
  budget: wanYuan('预算（万元）'),
  fundingSource: FundingSourceSchema,
  year: YearSchema,
  notes: text('说明', 500),
});
export type ResourceNeed = z.infer<typeof ResourceNeedSchema>;

/** 缺口 = 需求 − 现有, never below 0: a surplus is not a need (the table still shows both figures). */
export function resourceGap(need: Pick<ResourceNeed, 'current' | 'required'>): number {
  return Math.max(0, roundWan(need.required - need.current));
}

/** 万元 to four decimals is exact to the 元; sums of decimals (0.1 + 0.2) are rounded back to that. */
const roundWan = (value: number) => Math.round(value * 10_000) / 10_000;

export interface BudgetTotals {
  total: number;
  byElement: Record<ResourceElement, number>;
  bySource: Record<FundingSource, number>;
  /** Years in ascending order; only years that have a row. */
  byYear: { year: number; total: number }[];
  /** Year × element, for the plan's annex table; same years as byYear. */
  byYearAndElement: { year: number; byElement: Record<ResourceElement, number> }[];
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Budget totals per element type, per funding source and per year (issue 5), in 万元. Sums are kept in
 * 元 (integers) while adding, so 1,000 rows of 0.1 万元 total exactly 100 万元.
 */
export function budgetTotals(needs: readonly ResourceNeed[]): BudgetTotals {
  const yuan = (wan: number) => Math.round(wan * 10_000);
  let total = 0;
  const byElement = zeros(RESOURCE_ELEMENTS);
  const bySource = zeros(FUNDING_SOURCES);
  const years = new Map<number, Record<ResourceElement, number>>();
  for (const need of needs) {
    const amount = yuan(need.budget);
    total += amount;
    byElement[need.element] += amount;
    bySource[need.fundingSource] += amount;
    let row = years.get(need.year);
    if (!row) years.set(need.year, (row = zeros(RESOURCE_ELEMENTS)));
    row[need.element] += amount;
  }
  const toWan = <K extends string>(record: Record<K, number>) => {
    for (const key of Object.keys(record) as K[]) record[key] /= 10_000;
    return record;
  };
  const ordered = [...years].sort(([a], [b]) => a - b);
  return {
    total: total / 10_000,
    byElement: toWan(byElement),
    bySource: toWan(bySource),
    byYear: ordered.map(([year, row]) => ({ year, total: Object.values<number>(row).reduce((a, b) => a + b, 0) / 10_000 })),
    byYearAndElement: ordered.map(([year, row]) => ({ year, byElement: toWan({ ...row }) })),
  };
}
