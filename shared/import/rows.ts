import { detectDamagedText } from '#shared/policy-text/mojibake.ts';
import type { ColumnMapping, ImportField } from './fields.ts';
import type { SheetGrid } from './grid.ts';
import type { HeaderLayout } from './header.ts';
import { columnLetter } from './grid.ts';

/** One data row with the mapped fields' texts; `row` is the row number Excel shows (1-based). */
export interface SourceRow {
  row: number;
  values: Record<string, string>;
}

/** A problem at one cell, as the report shows it. */
export interface CellIssue {
  row: number;
  /** Column letter (C); empty when the problem is the row as a whole. */
  column: string;
  /** The field's Chinese label (学科带头人). */
  field: string;
  value: string;
  message: string;
}

export interface SkippedRow {
  row: number;
  text: string;
}

/** Notes and totals kept below or between table rows in office files. */
const NOTE_ROW = /^(注|备注|说明|填表|制表|审核|统计|合计|总计|小计|数据来源)/;

/**
 * The data rows under the header. Blank rows are passed over; a row that is one merged cell across the
 * table, or only a "注：…"/"合计" text, is skipped and listed so the user sees nothing was lost silently.
 */
export function extractRows(grid: SheetGrid, layout: HeaderLayout, mapping: ColumnMapping): { rows: SourceRow[]; skipped: SkippedRow[] } {
  const rows: SourceRow[] = [];
  const skipped: SkippedRow[] = [];
  const mapped = Object.entries(mapping).filter((e): e is [string, number] => e[1] !== null);
  for (let r = layout.dataStart; r < grid.rows.length; r++) {
    const cells = grid.rows[r]!;
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    if (grid.spanningRows.has(r) || (filled.length === 1 && NOTE_ROW.test(filled[0]!))) {
      skipped.push({ row: r + 1, text: filled[0]!.slice(0, 80) });
      continue;
    }
    if (mapped.every(([, c]) => (cells[c] ?? '') === '')) continue;
    const values: Record<string, string> = {};
    for (const [key, c] of mapped) values[key] = cells[c] ?? '';
    rows.push({ row: r + 1, values });
  }
  return { rows, skipped };
}

/** Issue at a field of a row; the column letter comes from the mapping. */
export function issueAt(row: SourceRow, field: ImportField, mapping: ColumnMapping, message: string): CellIssue {
  const column = mapping[field.key];
  return { row: row.row, column: column === null || column === undefined ? '' : columnLetter(column), field: field.label, value: row.values[field.key] ?? '', message };
}

/** Damaged-text warnings (U+FFFD, GBK/Latin-1 mojibake) for the mapped text cells of a row. */
export function damagedTextWarnings(row: SourceRow, fields: readonly ImportField[], mapping: ColumnMapping): CellIssue[] {
  const warnings: CellIssue[] = [];
  for (const field of fields) {
    const text = row.values[field.key];
    // Plain ASCII (numbers, codes) cannot carry the damage the detector looks for; skipping it keeps 50,000 rows fast.
    if (!text || /^[\x20-\x7e]*$/.test(text)) continue;
    const report = detectDamagedText(text);
    if (report.damaged) warnings.push(issueAt(row, field, mapping, report.reasons.join('；')));
  }
  return warnings;
}
