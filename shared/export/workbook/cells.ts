import type { CellKind, CellValue } from '../tables/types.ts';

/** An Excel cell value: numbers stay numbers, dates become real dates (sortable, filterable), text is text. */
export type SheetValue = string | number | Date | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The value written for a view cell. exceljs writes every JS string as a string cell (shared string, t="s"):
 * it never parses "=…" as a formula, only { formula } objects are formulas, and the view builders never make
 * those. The '@' format on text columns (formats.ts) keeps such text text when the cell is edited in Excel.
 */
export function sheetValue(kind: CellKind, value: CellValue | undefined): SheetValue {
  if (value === undefined || value === null) return null;
  if (kind === 'date' && typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    // Dates at UTC midnight: exceljs converts with getTime(), so the serial is the exact calendar day.
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return value;
}
