import type { AllTables, TableName } from '../domain/index.ts';
import { FOREIGN_KEYS, foreignKeyValues } from '../domain/references.ts';

export interface Reference {
  table: TableName;
  id: string;
  field: string;
  /** What the referencing record is, in Chinese ("下级学科"). */
  label: string;
  /** The referencing record's name, so the warning can list them. */
  name: string;
}

/** Tables added later may have no `name` (a contract target, an actual): fall back to the id. */
/** The field that names a record in a sentence: a discipline's name, a person's name, a task's title. */
const NAME_FIELDS = ['name', 'personName', 'title'] as const;

function displayName(row: { id: string }): string {
  const record = row as Record<string, unknown>;
  for (const field of NAME_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return row.id;
}

/** Records that point at `table`/`id` (e.g. child disciplines of a discipline), to warn before a delete. */
export function referencesTo(tables: AllTables, table: TableName, id: string): Reference[] {
  const found: Reference[] = [];
  for (const key of FOREIGN_KEYS) {
    if (key.target !== table) continue;
    for (const row of tables[key.table]) {
      // A self-reference is an error the check reports; it must not stop the record's own deletion.
      if (row.id === id || !foreignKeyValues(row, key.field).includes(id)) continue;
      found.push({ table: key.table, id: row.id, field: key.field, label: key.label, name: displayName(row) });
    }
  }
  return found;
}

/** "被 3 个下级学科引用", or '' when nothing refers to the record. */
export function describeReferences(references: readonly Reference[]): string {
  if (references.length === 0) return '';
  const counts = new Map<string, number>();
  for (const r of references) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  return `被 ${[...counts].map(([label, n]) => `${n} 个${label}`).join('、')}引用`;
}
