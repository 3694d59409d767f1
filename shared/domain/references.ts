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
}

export const FOREIGN_KEYS: readonly ForeignKey[] = [
  { table: 'disciplines', field: 'hospitalId', target: 'hospitals', label: '学科' },
  { table: 'disciplines', field: 'parentId', target: 'disciplines', label: '下级学科' },
];

/** The id a row's foreign-key field holds, or null when it is empty (an optional parent). */
export function foreignKeyValue(row: object, field: string): string | null {
  const value = (row as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : null;
}
