import { SPECIALTY_FOREIGN_KEYS } from './specialties/tables.ts';
import type { TableName } from './tables.ts';

/**
 * Every field that points at another record, declared once: the backup's integrity check, the readiness
 * check and the "referenced by …" warning before a delete all read this list. Later tables add theirs here.
 */
export interface ForeignKey {
  table: TableName;
  field: string;
  target: TableName;
  /** What a referencing record is called in a Chinese sentence ("被 3 个下级学科引用"). */
  label: string;
  /** The field holds an array of ids (a 1+N group's participants, a task's dependencies). */
  many?: true;
}

export const FOREIGN_KEYS: readonly ForeignKey[] = [
  { table: 'disciplines', field: 'hospitalId', target: 'hospitals', label: '学科' },
  { table: 'disciplines', field: 'parentId', target: 'disciplines', label: '下级学科' },
  ...SPECIALTY_FOREIGN_KEYS,
  { table: 'contracts', field: 'hospitalId', target: 'hospitals', label: '目标责任书' },
  { table: 'contracts', field: 'rootId', target: 'contracts', label: '责任书版本' },
  { table: 'contracts', field: 'previousVersionId', target: 'contracts', label: '补充协议' },
  { table: 'contractTargets', field: 'contractId', target: 'contracts', label: '考核指标' },
  { table: 'contractActuals', field: 'contractRootId', target: 'contracts', label: '实际值' },
  { table: 'contractQualitativeScores', field: 'contractRootId', target: 'contracts', label: '定性评分' },
];

/** The ids a row's foreign-key field holds: none for an empty optional field, several for an id list. */
export function foreignKeyValues(row: object, field: string): string[] {
  const value = (row as Record<string, unknown>)[field];
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return [];
}
