import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { TableView } from '../tables/types.ts';
import { throwIfAborted, yieldToEventLoop, type AbortSignalLike } from './abort.ts';
import { OPTIONS_SHEET, OptionLists } from './option-lists.ts';
import { writeViewSheet } from './sheet.ts';
import { uniqueSheetName } from './sheet-names.ts';

export interface ViewsWorkbookOptions {
  now: Date;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignalLike;
  /** A first sheet written after the tables (it may list them); omitted, the workbook has tables only. */
  cover?: { name: string; write: (sheet: ExcelJS.Worksheet, sheets: { name: string; rows: number }[]) => void };
}

/** Units the final zip step counts for: packing costs about as much as writing a quarter of the rows. */
const packUnits = (rows: number) => Math.ceil(rows / 4) + 1;

/** zlib's default level: the file is as small as exceljs's own DEFLATE output. */
export const ZIP_LEVEL = 6;

/**
 * exceljs zips through JSZip, whose deflate (pako) took about a third of the CPU time of a 20,000-row export
 * (tests/bench/workbook.bench.ts). So exceljs stores the parts uncompressed and fflate, which deflates the
 * same data at the same level in less time, packs them: the unzip of a stored archive is a copy.
 */
async function packXlsx(workbook: ExcelJS.Workbook, now: Date): Promise<Uint8Array> {
  const stored = (await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Uint8Array;
  return zipSync(unzipSync(stored), { level: ZIP_LEVEL, mtime: now });
}

/**
 * Table views as xlsx bytes, one formatted sheet each (sheet.ts), plus the hidden sheet of dropdown lists.
 * Progress counts rows written, one unit per sheet, then the packing step; the total is fixed up front.
 */
export async function buildViewsWorkbook(views: readonly TableView[], options: ViewsWorkbookOptions): Promise<Uint8Array> {
  const { signal } = options;
  const rowCount = views.reduce((s, v) => s + v.rows.length, 0);
  const total = rowCount + views.length + packUnits(rowCount);
  let done = 0;
  const report = (units: number) => {
    done += units;
    options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = '临床专科建设规划';
  workbook.created = options.now;
  workbook.modified = options.now;
  const taken = new Set<string>();
  const cover = options.cover ? { ...options.cover, sheet: workbook.addWorksheet(uniqueSheetName(options.cover.name, taken)) } : null;
  const lists = new OptionLists();
  const written: { name: string; rows: number }[] = [];
  for (const view of views) {
    throwIfAborted(signal);
    const name = uniqueSheetName(view.title, taken);
    await writeViewSheet(workbook, name, view, lists, signal, report);
    written.push({ name, rows: view.rows.length });
    report(1);
    await yieldToEventLoop();
  }
  cover?.write(cover.sheet, written);
  if (lists.size > 0) lists.writeTo(workbook.addWorksheet(uniqueSheetName(OPTIONS_SHEET, taken), { state: 'hidden' }));

  throwIfAborted(signal);
  const bytes = await packXlsx(workbook, options.now);
  throwIfAborted(signal);
  report(total - done);
  return bytes;
}
