import type { CellIssue, SkippedRow } from './rows.ts';

/** What the import found, before anything is written. `good` rows can be imported; the rest cannot. */
export interface ImportReport<T> {
  /** Data rows read under the header (notes and blank rows excluded). */
  total: number;
  good: { row: number; value: T }[];
  errors: CellIssue[];
  /** Rows with at least one error. */
  errorRows: number;
  /** Suspicious but importable cells (damaged text). */
  warnings: CellIssue[];
  skipped: SkippedRow[];
  /** Problems with the mapping itself (a required field without a column): nothing can be imported. */
  mappingErrors: string[];
}

/** One line per issue, the way the CLI and the tests read a report: "第 5 行 C 列（床位数）「abc」：床位数应为数字". */
export function issueLine(issue: CellIssue): string {
  const where = issue.column ? `第 ${issue.row} 行 ${issue.column} 列（${issue.field}）` : `第 ${issue.row} 行`;
  return `${where}「${issue.value}」：${issue.message}`;
}

export function countRows(issues: readonly CellIssue[]): number {
  return new Set(issues.map((i) => i.row)).size;
}
