import { readCsv } from './csv-read.ts';
import type { CsvEncoding, DetectedEncoding } from './encoding.ts';
import type { ColumnMapping, ImportField } from './fields.ts';
import type { SheetGrid } from './grid.ts';
import { autoMap, detectHeader, layoutKey, pickSheet, type HeaderLayout } from './header.ts';
import type { ImportReport } from './report.ts';
import { extractRows, type SourceRow } from './rows.ts';
import { readXlsx } from './xlsx-read.ts';

/** A picked file, read into sheets. CSV has one sheet and says which encoding it was read with. */
export interface ImportSource {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: SheetGrid[];
  /** CSV only. */
  detected?: DetectedEncoding;
  encoding?: CsvEncoding;
}

/** The table kind an import reads: its fields and how rows become records. */
export interface ImportSpec<T, C> {
  kind: string;
  /** The fields the header is looked for with; every field when fieldsFor is absent. */
  fields: readonly ImportField[];
  /** Fields that depend on the header found (a column per year of the term and of the file). */
  fieldsFor?(layout: HeaderLayout): readonly ImportField[];
  build(rows: readonly SourceRow[], mapping: ColumnMapping, ctx: C): Omit<ImportReport<T>, 'skipped' | 'mappingErrors'>;
}

const isZipBytes = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/**
 * Reads .xlsx/.xlsm through the zip guard and exceljs, .csv/.txt through the encoding detector and
 * papaparse. Anything else is refused by name. Throws ImportRefusedError with the Chinese reason.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array, encoding?: CsvEncoding): Promise<ImportSource> {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const asXlsx = ext === 'xlsx' || ext === 'xlsm' || ext === 'xls' || (ext !== 'csv' && ext !== 'txt' && isZipBytes(bytes));
  if (asXlsx) return { fileName, format: 'xlsx', sheets: await readXlsx(bytes) };
  const csv = await readCsv(fileName, bytes, encoding);
  return { fileName, format: 'csv', sheets: [csv.grid], detected: csv.detected, encoding: csv.encoding };
}

/** The header, the fields it offers and the automatic mapping of one sheet; null when no header matches any field. */
export interface SheetAnalysis {
  layout: HeaderLayout;
  fields: readonly ImportField[];
  mapping: ColumnMapping;
  layoutKey: string;
}

type SpecFields = Pick<ImportSpec<unknown, unknown>, 'fields' | 'fieldsFor'>;
const fieldsOf = (spec: SpecFields, layout: HeaderLayout) => spec.fieldsFor?.(layout) ?? spec.fields;

export function analyzeSheet(sheet: SheetGrid, spec: SpecFields & Pick<ImportSpec<unknown, unknown>, 'kind'>): SheetAnalysis | null {
  const layout = detectHeader(sheet, spec.fields);
  if (!layout) return null;
  const fields = fieldsOf(spec, layout);
  return { layout, fields, mapping: autoMap(layout, fields), layoutKey: layoutKey(spec.kind, layout) };
}

export { pickSheet };

/** A remembered mapping applies only where its columns still exist. */
export function applyRemembered(mapping: ColumnMapping, remembered: ColumnMapping | undefined, layout: HeaderLayout): ColumnMapping {
  if (!remembered) return mapping;
  const out = { ...mapping };
  for (const key of Object.keys(out)) {
    const column = remembered[key];
    if (column === null || (typeof column === 'number' && column < layout.columns.length)) out[key] = column ?? null;
  }
  return out;
}

function mappingProblems(fields: readonly ImportField[], mapping: ColumnMapping): string[] {
  const problems = fields.filter((f) => f.required && mapping[f.key] === null).map((f) => `没有为必填项「${f.label}」选择列`);
  const used = new Map<number, string>();
  for (const f of fields) {
    const c = mapping[f.key];
    if (c === null || c === undefined) continue;
    const other = used.get(c);
    if (other) problems.push(`「${other}」和「${f.label}」选择了同一列`);
    used.set(c, f.label);
  }
  return problems;
}

/** Validates every data row of the sheet under the mapping; writes nothing. */
export function buildReport<T, C>(spec: ImportSpec<T, C>, sheet: SheetGrid, layout: HeaderLayout, mapping: ColumnMapping, ctx: C): ImportReport<T> {
  const { rows, skipped } = extractRows(sheet, layout, mapping);
  const mappingErrors = mappingProblems(fieldsOf(spec, layout), mapping);
  if (mappingErrors.length > 0) return { total: rows.length, good: [], errors: [], errorRows: 0, warnings: [], skipped, mappingErrors };
  return { ...spec.build(rows, mapping, ctx), skipped, mappingErrors };
}
