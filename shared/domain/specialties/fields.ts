import { z } from 'zod';

// Field helpers the specialty records share; dates, years and measures are common to every feature.
import { YearSchema, measure } from '../common.ts';

export { IsoDateSchema, YearSchema, measure } from '../common.ts';

export function nonNegative(label: string) {
  return measure(label).min(0, { error: `${label}不能为负数` });
}

/** Money in 万元, as the plans write it; never negative (issue 5, "budgets < 0 … rejected"). */
export function wanYuan(label: string) {
  return nonNegative(label).max(10_000_000, { error: `${label}不能超过 1000 亿元` });
}

export const YearValueSchema = z.object({ year: YearSchema, value: measure('数值') });
export type YearValue = z.infer<typeof YearValueSchema>;

/** The first year that occurs twice, or null: per-year lists (targets, planned counts) hold one entry a year. */
export function repeatedYear(entries: readonly { year: number }[]): number | null {
  const seen = new Set<number>();
  for (const { year } of entries) {
    if (seen.has(year)) return year;
    seen.add(year);
  }
  return null;
}

/** The sentence the schemas and the cross-record validators share, so form and check say the same. */
export function dateRangeProblem(start: string, end: string): string | null {
  return end < start ? `结束日期（${end}）不能早于开始日期（${start}）` : null;
}
