import { GOAL_HORIZON_LABELS, KPI_BY_ID } from '../../../domain/index.ts';
import { column, enumCol, labelsOf, textCol } from '../cells.ts';
import { bySpecialtyOrder } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 建设目标 (二, 四.4): the statement and, when measured, the catalogue KPI and its target value. */
export const goalsView: ViewBuilder = {
  id: 'goals',
  title: '建设目标',
  columns: () => [
    textCol('specialty', '专科', 18),
    enumCol('horizon', '目标期限', labelsOf(GOAL_HORIZON_LABELS), 8),
    textCol('statement', '目标内容', 40),
    textCol('kpi', '考核指标', 16),
    column('targetValue', '目标值', 'decimal', 8),
    textCol('unit', '单位', 6),
  ],
  rows: (ctx) =>
    bySpecialtyOrder(ctx, ctx.specialty.goals).map((g) => ({
      specialty: ctx.specialtyName(g.specialtyId),
      horizon: GOAL_HORIZON_LABELS[g.horizon],
      statement: g.statement,
      kpi: g.kpiId === null ? '' : (KPI_BY_ID.get(g.kpiId)?.name ?? g.kpiId),
      // A goal stated in words has no value: leave the cell empty rather than 0.
      targetValue: g.targetValue,
      unit: g.unit,
    })),
};
