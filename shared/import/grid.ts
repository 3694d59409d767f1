import { IMPORT_LIMITS as L, formatCount } from './limits.ts';
import { refuse } from './refusal.ts';

/** One sheet as text, the way the user sees it in Excel: rows[i][j] is row i + 1, column j + 1. */
export interface SheetGrid {
  name: string;
  /** A hidden sheet is never picked automatically. */
  hidden: boolean;
  rows: string[][];
  /** 0-based indexes of hidden columns: shown but never matched automatically. */
  hiddenColumns: ReadonlySet<number>;
  /** 0-based indexes of rows one merged cell spans (titles and notes over the table's width). */
  spanningRows: ReadonlySet<number>;
}

export const columnLetter = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Refuses grids no real sheet has: more rows, columns or characters in a cell than the limits allow. */
export function checkGridBounds(grid: SheetGrid): void {
  if (grid.rows.length > L.rows) refuse(`工作表「${grid.name}」有 ${formatCount(grid.rows.length)} 行，超过导入上限 ${formatCount(L.rows)} 行`);
  grid.rows.forEach((row, i) => {
    if (row.length > L.columns) refuse(`工作表「${grid.name}」第 ${i + 1} 行有 ${formatCount(row.length)} 列，超过导入上限 ${L.columns} 列`);
    row.forEach((cell, j) => {
      if (cell.length > L.cellChars) {
        refuse(`工作表「${grid.name}」第 ${i + 1} 行 ${columnLetter(j)} 列的单元格有 ${formatCount(cell.length)} 个字符，超过 Excel 的上限 ${formatCount(L.cellChars)}，文件可能已被篡改`);
      }
    });
  });
}

export const columnCount = (grid: SheetGrid) => grid.rows.reduce((max, row) => Math.max(max, row.length), 0);
