import { TABLE_LABELS, TABLE_NAMES, type AllTables, type TableName } from '#shared/domain/index.ts';

// Chinese counts read naturally with a measure word; tables added later fall back to "学科 40 条".
const MEASURE: Partial<Record<TableName, (n: number) => string>> = {
  hospitals: (n) => `${n} 家医院`,
  disciplines: (n) => `${n} 个学科`,
};

/** "1 家医院、40 个学科": what a replace would remove or bring in, for the confirm dialogs. */
export function summarizeTables(tables: AllTables): string {
  const parts = TABLE_NAMES.filter((t) => tables[t].length > 0).map(
    (t) => MEASURE[t]?.(tables[t].length) ?? `${TABLE_LABELS[t]} ${tables[t].length} 条`,
  );
  return parts.length > 0 ? parts.join('、') : '无数据';
}
