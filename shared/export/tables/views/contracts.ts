import { CONTRACT_STATUS_LABELS, SELECTION_MODE_LABELS, UNIT_KIND_LABELS, weightTotal, type ContractTarget } from '../../../domain/index.ts';
import { column, enumCol, isoDate, labelsOf, textCol } from '../cells.ts';
import type { ViewContext } from '../context.ts';
import type { ViewBuilder } from '../registry-types.ts';

/** Contracts grouped by lineage (root), versions in order, so an amendment sits under what it amends. */
export function contractsInOrder(ctx: ViewContext) {
  const rootTitle = new Map<string, string>();
  for (const c of ctx.contracts) if (c.versionNo === 1 || !rootTitle.has(c.rootId)) rootTitle.set(c.rootId, c.title);
  const key = (rootId: string) => rootTitle.get(rootId) ?? '';
  return [...ctx.contracts].sort((a, b) => key(a.rootId).localeCompare(key(b.rootId), 'zh-CN') || a.rootId.localeCompare(b.rootId) || a.versionNo - b.versionNo);
}

export function unitName(ctx: ViewContext, unit: { kind: 'DISCIPLINE' | 'SPECIALTY'; id: string }): string {
  const names = unit.kind === 'DISCIPLINE' ? ctx.disciplineNames : ctx.specialtyNames;
  return names.get(unit.id) ?? '（已删除的单位）';
}

export function targetsByContract(ctx: ViewContext): Map<string, ContractTarget[]> {
  const map = new Map<string, ContractTarget[]>();
  for (const t of ctx.contractTargets) map.set(t.contractId, [...(map.get(t.contractId) ?? []), t]);
  for (const list of map.values()) list.sort((a, b) => a.order - b.order);
  return map;
}

/** 目标责任书 (measure 9): every version of every contract with its parties, term, status and signatures. */
export const contractsView: ViewBuilder = {
  id: 'contracts',
  title: '目标责任书',
  columns: () => [
    textCol('title', '责任书名称', 30),
    column('versionNo', '版本', 'integer', 4),
    enumCol('unitKind', '责任单位类型', labelsOf(UNIT_KIND_LABELS), 8),
    textCol('unit', '责任单位', 16),
    textCol('director', '科主任', 6),
    textCol('hospitalSide', '院方代表', 6),
    enumCol('selectionMode', '选拔方式', labelsOf(SELECTION_MODE_LABELS), 8),
    column('termStart', '任期开始', 'date', 10),
    column('termEnd', '任期结束', 'date', 10),
    enumCol('status', '状态', labelsOf(CONTRACT_STATUS_LABELS), 6),
    column('targetCount', '指标数', 'integer', 6),
    column('weightTotal', '权重合计', 'decimal', 8),
    column('hospitalSigned', '院方签署日期', 'date', 10),
    column('directorSigned', '科主任签署日期', 'date', 10),
  ],
  rows: (ctx) => {
    const targets = targetsByContract(ctx);
    return contractsInOrder(ctx).map((c) => {
      const lines = targets.get(c.id) ?? [];
      return {
        title: c.title,
        versionNo: c.versionNo,
        unitKind: UNIT_KIND_LABELS[c.unit.kind],
        unit: unitName(ctx, c.unit),
        director: c.director.name,
        hospitalSide: c.hospitalSide,
        selectionMode: SELECTION_MODE_LABELS[c.selectionMode],
        termStart: c.term.start,
        termEnd: c.term.end,
        status: CONTRACT_STATUS_LABELS[c.status],
        targetCount: lines.length,
        weightTotal: weightTotal(lines),
        hospitalSigned: isoDate(c.signatures.hospital?.date),
        directorSigned: isoDate(c.signatures.director?.date),
      };
    });
  },
};
