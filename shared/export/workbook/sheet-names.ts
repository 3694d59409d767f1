/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const FORBIDDEN = /[\\/?*[\]:]/g;
export const MAX_SHEET_NAME = 31;

/** A legal, unique sheet name for a title: forbidden characters replaced, cut to 31, numbered when taken. */
export function uniqueSheetName(title: string, taken: Set<string>): string {
  const base = (title.replace(FORBIDDEN, '_').trim() || '工作表').slice(0, MAX_SHEET_NAME);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = `（${n}）`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** A sheet name inside a formula: always quoted, with quotes doubled, so Chinese names and spaces work. */
export const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
