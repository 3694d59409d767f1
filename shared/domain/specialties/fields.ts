import { z } from 'zod';

// Field helpers the specialty records share. IsoDateSchema and YearSchema repeat the contract feature's ones
// (shared/domain/contracts/fields.ts) word for word, so that moving both into common.ts later changes no
// message; until then neither feature depends on the other's files.

/** Calendar dates without time: the text compares in date order, so '2025-12-31' < '2026-01-01' as strings. */
export const IsoDateSchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const YearSchema = z
  .number({ error: '年份应为数字' })
  .int({ error: '年份应为整数' })
  .min(2000, { error: '年份应在 2000–2100 之间' })
  .max(2100, { error: '年份应在 2000–2100 之间' });

/** A measured number (current staff, a rate, a count). zod 4 already refuses NaN and ±Infinity. */
export function measure(label: string) {
  return z.number({ error: `${label}应为数字` });
}

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
