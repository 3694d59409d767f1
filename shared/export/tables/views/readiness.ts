import { SEVERITY_LABELS } from '../../../checks/index.ts';
import { TABLE_LABELS } from '../../../domain/index.ts';
import { enumCol, labelsOf, textCol } from '../cells.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** 提交前检查: the readiness findings of the hospital, BLOCKER first, as the 导出与提交 page lists them. */
export const readinessView: ViewBuilder = {
  id: 'readiness',
  title: '提交前检查',
  columns: () => [
    enumCol('severity', '严重程度', labelsOf(SEVERITY_LABELS), 8),
    textCol('article', '条款', 6),
    textCol('ruleId', '规则', 22),
    textCol('table', '所在表', 10),
    textCol('message', '问题', 60),
  ],
  rows: (ctx) =>
    ctx.findings().map((f) => ({
      severity: SEVERITY_LABELS[f.severity],
      article: f.article,
      ruleId: f.ruleId,
      table: TABLE_LABELS[f.target.table],
      message: f.message,
    })),
};
