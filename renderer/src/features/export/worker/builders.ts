import type { BuilderRegistry, DocumentBuilder } from './serve.ts';

/** The workbook helper's buildWorkbook, loaded (with exceljs) the first time a workbook is asked for. */
const workbook: DocumentBuilder = async (tables, target, { signal, progress }) => {
  const { buildWorkbook } = await import('#shared/export/workbook/index.ts');
  const bytes = await buildWorkbook(tables, {
    hospitalId: target.hospitalId,
    now: new Date(target.now),
    onProgress: (done, total) => progress(done, total, '数据工作簿'),
    signal,
  });
  return { bytes, extension: 'xlsx' };
};

/**
 * Which document kinds this build can produce, and how. The builders themselves live in shared/export
 * (workbook, pdf) and are imported lazily, so the worker loads exceljs or the PDF renderer and its fonts
 * only for the kind asked for. kinds.ts marks every kind missing here as unavailable.
 */
export const BUILDERS: BuilderRegistry = { workbook };
