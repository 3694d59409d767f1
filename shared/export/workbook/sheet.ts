import type ExcelJS from 'exceljs';
import type { TableColumn, TableView } from '../tables/types.ts';
import { throwIfAborted, yieldToEventLoop, type AbortSignalLike } from './abort.ts';
import { sheetValue } from './cells.ts';
import { FONT_NAME, HEADER_FILL, HORIZONTAL, NUMBER_FORMATS } from './formats.ts';
import { columnLetter, type OptionLists } from './option-lists.ts';
import { MAX_WIDTH, MIN_WIDTH, WIDTH_SAMPLE_ROWS, displayWidth } from './text-width.ts';

/** Rows written between two checks of the abort signal and progress reports. */
export const ROW_CHUNK = 2000;
/** Wider than this (in Excel character units) prints landscape; A4 portrait holds about 100 at 10 pt. */
const LANDSCAPE_FROM = 110;

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Width that fits the header and the sampled values; longer text wraps within the view's hint or the cap. */
export function columnWidth(column: TableColumn, view: TableView): { width: number; wrap: boolean } {
  const header = displayWidth(column.label) + 2;
  let widest = 0;
  const rows = view.rows;
  const sample = Math.min(rows.length, WIDTH_SAMPLE_ROWS);
  for (let i = 0; i < sample; i++) {
    const value = rows[i]![column.key];
    if (value === null || value === undefined) continue;
    const w = typeof value === 'number' ? String(value).length + 3 : column.kind === 'date' ? 10 : displayWidth(value);
    if (w > widest) widest = w;
  }
  const cap = Math.max(header, column.width ? column.width * 2 + 2 : MAX_WIDTH);
  const width = Math.max(MIN_WIDTH, header, Math.min(widest + 2, cap, MAX_WIDTH));
  return { width, wrap: widest + 2 > width };
}

export interface SheetProgress {
  (rowsWritten: number): void;
}

/**
 * One view as one worksheet: a frozen, styled header row with an autofilter, column formats by CellKind,
 * dropdown lists for enum columns, and A4 print setup repeating the header on every page.
 */
export async function writeViewSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  view: TableView,
  lists: OptionLists,
  signal: AbortSignalLike | undefined,
  progress: SheetProgress,
): Promise<ExcelJS.Worksheet> {
  const widths = view.columns.map((c) => columnWidth(c, view));
  const totalWidth = widths.reduce((s, w) => s + w.width, 0);
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: totalWidth > LANDSCAPE_FROM ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: `&C&"${FONT_NAME},Bold"${view.title.replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页，共 &N 页' },
  });
  // One style object per column, shared by every cell of it: exceljs dedupes styles by object identity
  // (a WeakMap) before falling back to rendering each cell's style to XML, which dominated the profile.
  const styles = view.columns.map((c, i): Partial<ExcelJS.Style> => ({
    numFmt: NUMBER_FORMATS[c.kind],
    font: { name: FONT_NAME, size: 10 },
    alignment: { horizontal: HORIZONTAL[c.kind], vertical: 'middle', wrapText: widths[i]!.wrap },
    border: BORDER,
  }));
  sheet.columns = view.columns.map((c, i) => ({ key: c.key, width: widths[i]!.width, style: styles[i]! }));

  const header = sheet.getRow(1);
  view.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.label;
    cell.font = { name: FONT_NAME, size: 10, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = BORDER;
    cell.numFmt = '@';
  });
  header.height = 24;
  if (view.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: view.columns.length } };

  const columns = view.columns;
  const rows = view.rows;
  for (let start = 0; start < rows.length; start += ROW_CHUNK) {
    throwIfAborted(signal);
    const end = Math.min(rows.length, start + ROW_CHUNK);
    for (let r = start; r < end; r++) {
      const row = rows[r]!;
      const values = new Array<unknown>(columns.length);
      for (let c = 0; c < columns.length; c++) values[c] = sheetValue(columns[c]!.kind, row[columns[c]!.key]);
      const added = sheet.addRow(values);
      for (let c = 0; c < columns.length; c++) added.getCell(c + 1).style = styles[c]!;
    }
    progress(end - start);
    if (end < rows.length) await yieldToEventLoop();
  }

  const lastRow = Math.max(2, rows.length + 1);
  const validations = rangeValidations(sheet);
  columns.forEach((c, i) => {
    if (!c.options || c.options.length === 0) return;
    const letter = columnLetter(i + 1);
    validations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [lists.ref(c.options)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: c.label,
      error: `请从下拉列表中选择${c.label}`,
    });
  });
  return sheet;
}

/**
 * exceljs keeps a worksheet's validations by address and accepts a range ("C2:C20001"), which it writes as
 * one <dataValidation sqref>; its typings only declare the per-cell setter, which would store 20,000 copies.
 */
function rangeValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}
