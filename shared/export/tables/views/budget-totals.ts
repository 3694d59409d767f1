import { FUNDING_SOURCES, RESOURCE_ELEMENTS, budgetTotals, type ResourceNeed } from '../../../domain/index.ts';
import { column, textCol } from '../cells.ts';
import type { ViewBuilder } from '../registry-types.ts';
import type { CellValue } from '../types.ts';

const elementKey = (i: number) => `element${i}`;
const sourceKey = (i: number) => `source${i}`;

function totalsRow(label: string, needs: readonly ResourceNeed[]): Record<string, CellValue> {
  const totals = budgetTotals(needs);
  const row: Record<string, CellValue> = { year: label, total: totals.total };
  RESOURCE_ELEMENTS.forEach((e, i) => (row[elementKey(i)] = totals.byElement[e]));
  FUNDING_SOURCES.forEach((s, i) => (row[sourceKey(i)] = totals.bySource[s]));
  return row;
}

/**
 * 经费预算汇总 (四.6): year × element type and funding source in 万元, with a 合计 row, summed exactly by
 * budgetTotals (in 元) so the annex adds up to the plan's figure.
 */
export const budgetTotalsView: ViewBuilder = {
  id: 'budgetTotals',
  title: '经费预算汇总',
  columns: () => [
    textCol('year', '年度', 8),
    ...RESOURCE_ELEMENTS.map((e, i) => column(elementKey(i), `${e}（万元）`, 'money', 10)),
    ...FUNDING_SOURCES.map((s, i) => column(sourceKey(i), `${s}（万元）`, 'money', 10)),
    column('total', '合计（万元）', 'money', 11),
  ],
  rows: (ctx) => {
    const needs = ctx.specialty.resourceNeeds;
    const years = [...new Set(needs.map((n) => n.year))].sort((a, b) => a - b);
    const perYear = years.map((year) => totalsRow(`${year}年`, needs.filter((n) => n.year === year)));
    return needs.length === 0 ? [] : [...perYear, totalsRow('合计', needs)];
  },
};
