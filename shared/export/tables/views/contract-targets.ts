import { DIMENSION_LABELS, DIRECTION_LABELS, KPI_BY_ID, SCORING_RULE_LABELS, formatPlainNumber, type AnnualTarget } from '../../../domain/index.ts';
import { YES_NO, column, enumCol, labelsOf, reported, textCol, yesNo } from '../cells.ts';
import type { ViewBuilder } from '../registry-types.ts';
import type { CellValue } from '../types.ts';
import { contractsInOrder, targetsByContract } from './contracts.ts';

function goalText(goal: AnnualTarget): string {
  return goal.kind === 'VALUE' ? `${goal.year}年 ${formatPlainNumber(goal.value)}` : `${goal.year}年 ${formatPlainNumber(goal.min)}–${formatPlainNumber(goal.max)}`;
}

/** 考核指标: the weighted target table of every contract version, in the contract's own order. */
export const contractTargetsView: ViewBuilder = {
  id: 'contractTargets',
  title: '考核指标',
  columns: () => [
    textCol('contract', '责任书', 30),
    column('versionNo', '版本', 'integer', 4),
    column('order', '序号', 'integer', 4),
    textCol('name', '指标名称', 20),
    enumCol('dimension', '指标维度', labelsOf(DIMENSION_LABELS), 10),
    textCol('unit', '单位', 6),
    enumCol('direction', '指标方向', labelsOf(DIRECTION_LABELS), 10),
    enumCol('national', '国考指标', YES_NO, 6),
    column('baseline', '基线值', 'decimal', 8),
    column('weight', '权重', 'decimal', 6),
    enumCol('rule', '计分方式', labelsOf(SCORING_RULE_LABELS), 8),
    textCol('annualTargets', '年度目标', 30),
  ],
  rows: (ctx) => {
    const targets = targetsByContract(ctx);
    return contractsInOrder(ctx).flatMap((c) =>
      (targets.get(c.id) ?? []).map((t, i): Record<string, CellValue> => ({
        contract: c.title,
        versionNo: c.versionNo,
        order: i + 1,
        name: t.name,
        dimension: DIMENSION_LABELS[t.dimension],
        unit: t.unit,
        direction: DIRECTION_LABELS[t.direction],
        national: yesNo(t.kpiId !== null && KPI_BY_ID.get(t.kpiId)?.national === true),
        baseline: reported(t.baseline.value),
        weight: t.weight,
        rule: SCORING_RULE_LABELS[t.rule.kind],
        annualTargets: [...t.annualTargets].sort((a, b) => a.year - b.year).map(goalText).join('；'),
      })),
    );
  },
};
