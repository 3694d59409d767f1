import type * as ExcelJSModule from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import { checkGridBounds, type SheetGrid } from './grid.ts';
import { refuse } from './refusal.ts';
import { guardXlsx } from './zip-guard.ts';

// exceljs reads with saxes (a strict XML parser that resolves no external entities) and is already the
// project's workbook library. SheetJS 0.18.5, the last version on npm, has known prototype-pollution and
// ReDoS advisories for crafted files, which is exactly the input an import must survive.
type ExcelModule = typeof ExcelJSModule;
async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

/** Numbers as Excel shows them: 0.825 in a percent format is "82.5%", binary noise trimmed. */
function numberText(value: number, numFmt: string | undefined): string {
  if (numFmt?.includes('%')) return `${Number((value * 100).toPrecision(12))}%`;
  return String(Number(value.toPrecision(15)));
}

const pad = (n: number) => String(n).padStart(2, '0');

function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    return typeof result === 'object' && result !== null && !(result instanceof Date) && 'error' in result
      ? String(result.error)
      : valueText(result ?? null, numFmt);
  }
  if ('text' in value) return String(value.text);
  return '';
}

function cellText(cell: Cell): string {
  return valueText(cell.value, cell.numFmt).trim();
}

function readSheet(ws: Worksheet): SheetGrid {
  const rows: string[][] = [];
  const spanningRows = new Set<number>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const texts: string[] = [];
    const masters = new Set<string>();
    let filled = 0;
    let merged = 0;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = cellText(cell);
      texts[col - 1] = text;
      if (text === '') return;
      filled++;
      if (cell.isMerged) {
        merged++;
        masters.add(cell.master.address);
      }
    });
    for (let i = 0; i < texts.length; i++) texts[i] ??= '';
    rows[rowNumber - 1] = texts;
    // A title or a note: every filled cell belongs to one merged cell at least three columns wide.
    if (filled >= 3 && merged === filled && masters.size === 1) spanningRows.add(rowNumber - 1);
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const hiddenColumns = new Set<number>();
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.add(c - 1);
  return { name: ws.name, hidden: ws.state !== 'visible', rows, hiddenColumns, spanningRows };
}

/** Every worksheet of an .xlsx as text grids, after guardXlsx has vetted the container. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetGrid[]> {
  guardXlsx(bytes);
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    refuse(`无法读取该 Excel 工作簿，文件可能已损坏（${error instanceof Error ? error.message.slice(0, 120) : String(error)}）`);
  }
  const sheets = workbook.worksheets.map(readSheet);
  if (sheets.length === 0) refuse('工作簿中没有工作表');
  sheets.forEach(checkGridBounds);
  return sheets;
}
