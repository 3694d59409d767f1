import type { CellKind, CellValue, TableColumn } from './types.ts';

/**
 * What a cell shows when a measured value has not been reported. Never 0: a 0 in a commission's table reads
 * as "measured and nothing happened", which is a different statement.
 */
export const NOT_REPORTED = '未填报';
export const YES = '是';
export const NO = '否';
export const YES_NO = [YES, NO] as const;

/** A column; `options` makes it an enum column (validation list in the workbook). */
export function column(key: string, label: string, kind: CellKind, width?: number, options?: readonly string[]): TableColumn {
  const col: TableColumn = { key, label, kind };
  if (width !== undefined) col.width = width;
  if (options !== undefined) col.options = options;
  return col;
}

export const textCol = (key: string, label: string, width?: number) => column(key, label, 'text', width);
export const enumCol = (key: string, label: string, options: readonly string[], width?: number) => column(key, label, 'text', width, options);

/** The labels of a label map in the map's order, for an enum column's options. */
export const labelsOf = (labels: Readonly<Record<string, string>>): readonly string[] => Object.values(labels);

/** A stored value that may be missing, as a cell: the number, or 未填报. */
export const reported = (value: number | null | undefined): CellValue => (value === null || value === undefined ? NOT_REPORTED : value);

export const yesNo = (flag: boolean): string => (flag ? YES : NO);

/** YYYY-MM-DD for a stored date or timestamp (timestamps are UTC ISO strings); null stays null. */
export function isoDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return value.slice(0, 10);
}

/** Names of ids joined the way Chinese lists are written, skipping ids that no longer resolve. */
export function joinNames(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  return ids.map((id) => names.get(id)).filter((n): n is string => n !== undefined).join('、');
}

/** Year-value pairs as one readable cell: "2025年 95；2026年 96". */
export function yearValues(list: readonly { year: number; value: number }[]): string {
  return [...list].sort((a, b) => a.year - b.year).map((v) => `${v.year}年 ${v.value}`).join('；');
}
