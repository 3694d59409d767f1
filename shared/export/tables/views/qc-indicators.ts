import { QC_DIRECTION_LABELS, QC_STATUS_LABELS, latestQcStatus } from '../../../domain/index.ts';
import { NOT_REPORTED, column, enumCol, labelsOf, reported, textCol, yearValues } from '../cells.ts';
import { bySpecialtyOrder } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 质控指标 (四.11): baseline, annual targets, the latest observation and its red/amber/green status. */
export const qcIndicatorsView: ViewBuilder = {
  id: 'qcIndicators',
  title: '质控指标',
  columns: () => [
    textCol('specialty', '专科', 18),
    textCol('name', '指标名称', 20),
    textCol('unit', '单位', 6),
    enumCol('direction', '指标方向', labelsOf(QC_DIRECTION_LABELS), 10),
    column('baselineYear', '基线年份', 'integer', 8),
    column('baseline', '基线值', 'decimal', 8),
    textCol('annualTargets', '年度目标', 30),
    column('year', '监测年度', 'integer', 8),
    column('observed', '监测值', 'decimal', 8),
    enumCol('status', '达标情况', labelsOf(QC_STATUS_LABELS), 10),
  ],
  rows: (ctx) =>
    bySpecialtyOrder(ctx, ctx.specialty.qcIndicators).map((q) => {
      const latest = latestQcStatus(q);
      return {
        specialty: ctx.specialtyName(q.specialtyId),
        name: q.name,
        unit: q.unit,
        direction: QC_DIRECTION_LABELS[q.direction],
        baselineYear: q.baseline?.year ?? NOT_REPORTED,
        baseline: reported(q.baseline?.value),
        annualTargets: yearValues(q.annualTargets),
        year: latest?.year ?? null,
        observed: latest ? reported(latest.observed) : NOT_REPORTED,
        status: latest ? QC_STATUS_LABELS[latest.status] : QC_STATUS_LABELS.NO_TARGET,
      };
    }),
};
