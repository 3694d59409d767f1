import type { AllTables } from '../../domain/index.ts';
import { createViewContext } from '../tables/context.ts';
import { buildViewFrom } from '../tables/index.ts';
import { TABLE_VIEW_IDS } from '../tables/registry.ts';
import { throwIfAborted, type AbortSignalLike } from './abort.ts';
import { writeCover } from './cover.ts';
import { buildViewsWorkbook } from './views-workbook.ts';

export interface WorkbookOptions {
  hospitalId: string;
  /** Export time on the cover; defaults to now. */
  now?: Date;
  /** Work units done of total: rows written, then the packing step; total never changes during one build. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects with an error named 'AbortError' at the next chunk of rows or between sheets. */
  signal?: AbortSignalLike;
}

/**
 * The workbook of every table of one hospital (导出与提交): a cover sheet, one sheet per table view and the
 * readiness result, as xlsx bytes. Pure apart from exceljs, so the renderer's worker and the CLI share it.
 */
export async function buildWorkbook(tables: AllTables, options: WorkbookOptions): Promise<Uint8Array> {
  throwIfAborted(options.signal);
  const ctx = createViewContext(tables, { hospitalId: options.hospitalId });
  const views = TABLE_VIEW_IDS.map((id) => buildViewFrom(id, ctx));
  const now = options.now ?? new Date();
  return buildViewsWorkbook(views, {
    now,
    onProgress: options.onProgress,
    signal: options.signal,
    cover: { name: '封面', write: (sheet, sheets) => writeCover(sheet, { ctx, now, sheets }) },
  });
}

export { buildViewsWorkbook, ZIP_LEVEL, type ViewsWorkbookOptions } from './views-workbook.ts';
export { WorkbookAbortError, type AbortSignalLike } from './abort.ts';
export { displayWidth } from './text-width.ts';
