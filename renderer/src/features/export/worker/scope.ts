import type { AllTables } from '#shared/domain/index.ts';
import type { ExportTarget } from '../protocol.ts';

/**
 * The tables narrowed to the one specialty or contract the user picked, so the PDF builder's "every task
 * sheet / every contract of the hospital" prints just that one. Only the root table is filtered: a
 * specialty's children and a contract's targets hang off their parent and follow it in the builder.
 */
export function scopeToTarget(tables: AllTables, target: ExportTarget): AllTables {
  const { specialtyId, contractId } = target;
  let scoped = tables;
  if (specialtyId !== undefined) {
    const specialties = tables.specialties.filter((s) => s.id === specialtyId);
    if (specialties.length === 0) throw new Error('导出失败：所选临床专科已不存在，请重新选择');
    scoped = { ...scoped, specialties };
  }
  if (contractId !== undefined) {
    const contracts = tables.contracts.filter((c) => c.id === contractId);
    if (contracts.length === 0) throw new Error('导出失败：所选目标责任书已不存在，请重新选择');
    scoped = { ...scoped, contracts };
  }
  return scoped;
}
