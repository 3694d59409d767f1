import ExcelJS from 'exceljs';
import type { AllTables } from '../../domain/index.ts';
import { createViewContext } from '../tables/context.ts';
import { buildViewFrom } from '../tables/index.ts';
import { TABLE_VIEW_IDS } from '../tables/registry.ts';
import { throwIfAborted, yieldToEventLoop, type AbortSignalLike } from './abort.ts';
import { writeCover } from './cover.ts';
import { OPTIONS_SHEET, OptionLists } from './option-lists.ts';
import { writeViewSheet } from './sheet.ts';
import { uniqueSheetName } from './sheet-names.ts';

export interface WorkbookOptions {
  hospitalId: string;
  /** Export time on the cover; defaults to now. */
  now?: Date;
  /** Work units done of total: rows written, then the packing step; total never changes during one build. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects with an error named 'AbortError' at the next chunk of rows or between sheets. */
  signal?: AbortSignalLike;
}

/** Units the final zip step counts for: packing costs about as much as writing a quarter of the rows. */
const packUnits = (rows: number) => Math.ceil(rows / 4) + 1;

/**
 * The workbook of every table of one hospital (导出与提交): a cover sheet, one sheet per table view and the
 * readiness result, as xlsx bytes. Pure apart from exceljs, so the renderer's worker and the CLI share it.
 */
export async function buildWorkbook(tables: AllTables, options: WorkbookOptions): Promise<Uint8Array> {
  const { signal } = options;
  throwIfAborted(signal);
  const ctx = createViewContext(tables, { hospitalId: options.hospitalId });
  const views = TABLE_VIEW_IDS.map((id) => buildViewFrom(id, ctx));
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
  const now = options.now ?? new Date();
  workbook.created = now;
  workbook.modified = now;
  const taken = new Set<string>();
  const cover = workbook.addWorksheet(uniqueSheetName('封面', taken));
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
  writeCover(cover, { ctx, now, sheets: written });
  const optionSheet = workbook.addWorksheet(uniqueSheetName(OPTIONS_SHEET, taken), { state: 'hidden' });
  lists.writeTo(optionSheet);

  throwIfAborted(signal);
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 6 } } });
  throwIfAborted(signal);
  report(total - done);
  const bytes = buffer as unknown as Uint8Array;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export { WorkbookAbortError, type AbortSignalLike } from './abort.ts';
export { displayWidth } from './text-width.ts';
