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

/** A totals row starts with its label and carries sums (合计 … 100): never a record of the table. */
const TOTAL_ROW = /^(合计|总计|小计)/;

/**
 * A title or note inside the data area: one merged cell across the table, a lone "注：…" text, or a totals
 * row ("合计" and its sums).
 */
export function isNoteRow(grid: SheetGrid, r: number): boolean {
  if (grid.spanningRows.has(r)) return true;
  const filled = grid.rows[r]!.filter((c) => c !== '');
  return (filled.length === 1 && NOTE_ROW.test(filled[0]!)) || (filled.length > 0 && TOTAL_ROW.test(filled[0]!.replace(/\s/g, '')));
}

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
    if (isNoteRow(grid, r)) {
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

/**
 * Damaged-text warnings (U+FFFD, GBK/Latin-1 mojibake) for the mapped text cells of a row. Plain ASCII
 * cannot carry the damage the detector looks for, and repeated texts (categories, heads) are judged once.
 */
export function damagedTextChecker(fields: readonly ImportField[], mapping: ColumnMapping): (row: SourceRow) => CellIssue[] {
  const verdicts = new Map<string, string | null>();
  const mapped = fields.filter((f) => mapping[f.key] !== null && mapping[f.key] !== undefined);
  return (row) => {
    const warnings: CellIssue[] = [];
    for (const field of mapped) {
      const text = row.values[field.key];
      if (!text || /^[\x20-\x7e]*$/.test(text)) continue;
      let reason = verdicts.get(text);
      if (reason === undefined) {
        const report = detectDamagedText(text);
        reason = report.damaged ? report.reasons.join('；') : null;
        if (verdicts.size < 10_000) verdicts.set(text, reason);
      }
      if (reason !== null) warnings.push(issueAt(row, field, mapping, reason));
    }
    return warnings;
  };
}
