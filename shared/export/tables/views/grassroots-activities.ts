import { GRASSROOTS_KINDS, GRASSROOTS_UNITS } from '../../../domain/index.ts';
import { column, enumCol, textCol } from '../cells.ts';
import { bySpecialtyOrder, type ViewContext } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';
import type { CellValue } from '../types.ts';

const yearKey = (year: number) => `y${year}`;

/** Every year any activity of the scope plans for: one column each, so the table reads as a schedule. */
function plannedYears(ctx: ViewContext): number[] {
  const years = new Set(ctx.specialty.grassrootsActivities.flatMap((g) => g.plannedCounts.map((c) => c.year)));
  return [...years].sort((a, b) => a - b);
}

/** 基层帮扶 (四.13): partner, kind and the planned count per year, in the kind's unit. */
export const grassrootsActivitiesView: ViewBuilder = {
  id: 'grassrootsActivities',
  title: '基层帮扶',
  columns: (ctx) => [
    textCol('specialty', '专科', 18),
    enumCol('kind', '帮扶方式', GRASSROOTS_KINDS, 8),
    textCol('partner', '帮扶对象', 20),
    textCol('unit', '计量单位', 6),
    ...plannedYears(ctx).map((year) => column(yearKey(year), `${year}年计划`, 'integer', 8)),
    column('total', '计划合计', 'integer', 8),
    textCol('notes', '说明', 24),
  ],
  rows: (ctx) => {
    const years = plannedYears(ctx);
    return bySpecialtyOrder(ctx, ctx.specialty.grassrootsActivities).map((g) => {
      const row: Record<string, CellValue> = { specialty: ctx.specialtyName(g.specialtyId), kind: g.kind, partner: g.partner, unit: GRASSROOTS_UNITS[g.kind] };
      // A year without a planned count is empty, not 0: nothing was planned, which is not "plan zero".
      for (const year of years) row[yearKey(year)] = g.plannedCounts.find((c) => c.year === year)?.count ?? null;
      row.total = g.plannedCounts.reduce((sum, c) => sum + c.count, 0);
      row.notes = g.notes;
      return row;
    });
  },
};
