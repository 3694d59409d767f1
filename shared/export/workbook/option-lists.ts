import type ExcelJS from 'exceljs';
import { quotedSheet } from './sheet-names.ts';

export const OPTIONS_SHEET = '下拉选项';

/** Column letters for 1-based indexes: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The enum lists behind the data-validation dropdowns, one column each on a hidden sheet. A range reference
 * rather than an inline "a,b,c" list: inline lists are capped at 255 characters and break on a comma inside
 * a label. Identical lists share one column.
 */
export class OptionLists {
  private readonly columns = new Map<string, { index: number; options: readonly string[] }>();

  /** The formula a list validation uses for these options. */
  ref(options: readonly string[]): string {
    const key = JSON.stringify(options);
    let entry = this.columns.get(key);
    if (!entry) this.columns.set(key, (entry = { index: this.columns.size + 1, options }));
    const letter = columnLetter(entry.index);
    return `${quotedSheet(OPTIONS_SHEET)}!$${letter}$1:$${letter}$${Math.max(1, options.length)}`;
  }

  get size(): number {
    return this.columns.size;
  }

  /** Writes the lists on their (hidden) sheet; call once, after every ref was handed out. */
  writeTo(sheet: ExcelJS.Worksheet): void {
    for (const { index, options } of this.columns.values()) {
      options.forEach((option, row) => {
        const cell = sheet.getCell(row + 1, index);
        cell.numFmt = '@';
        cell.value = option;
      });
    }
  }
}
