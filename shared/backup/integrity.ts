import { TABLE_LABELS, TABLE_NAMES, type AllTables, type TableName } from '../domain/index.ts';
import { FOREIGN_KEYS, foreignKeyValues } from '../domain/references.ts';

/**
 * What the schema cannot see: ids unique per table, and every reference pointing at a record in the file.
 * Restoring a file that breaks these would leave orphans the UI cannot open. Returns problems in file order.
 */
export function integrityProblems(tables: AllTables): string[] {
  const problems: string[] = [];
  const ids = new Map<TableName, Set<string>>();
  for (const table of TABLE_NAMES) {
    const firstRow = new Map<string, number>();
    tables[table].forEach((row, i) => {
      const earlier = firstRow.get(row.id);
      if (earlier === undefined) firstRow.set(row.id, i);
      else problems.push(`${table} 第 ${i + 1} 行 id: 编号与第 ${earlier + 1} 行重复（${row.id}）`);
    });
    ids.set(table, new Set(firstRow.keys()));
  }
  for (const key of FOREIGN_KEYS) {
    const targets = ids.get(key.target)!;
    tables[key.table].forEach((row, i) => {
      for (const value of foreignKeyValues(row, key.field)) {
        if (targets.has(value)) continue;
        problems.push(`${key.table} 第 ${i + 1} 行 ${key.field}: 引用的${TABLE_LABELS[key.target]}不存在（编号 ${value}）`);
      }
    });
  }
  return problems;
}
