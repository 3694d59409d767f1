import type { PdfDocKind } from '#shared/export/pdf/index.ts';
import { bundleBuilder, MissingContentError } from './bundle.ts';
import { scopeToTarget } from './scope.ts';
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
 * The PDF helper's buildPdf with the bundled fonts, loaded (with the PDF renderer) on first use; the worker
 * is kept between exports, so the fonts are fetched and registered once. One picked specialty or contract
 * is passed by narrowing the tables (scope.ts).
 */
function pdfDocument(doc: PdfDocKind, stage: string): DocumentBuilder {
  return async (tables, target, { signal, progress }) => {
    const [{ buildPdf, PdfContentError }, { BUNDLED_PDF_FONTS }] = await Promise.all([
      import('#shared/export/pdf/index.ts'),
      import('./pdfFonts.ts'),
    ]);
    try {
      const bytes = await buildPdf(scopeToTarget(tables, target), {
        hospitalId: target.hospitalId,
        doc,
        fonts: BUNDLED_PDF_FONTS,
        onProgress: (done, total) => progress(done, total, stage),
        signal,
      });
      return { bytes, extension: 'pdf' };
    } catch (error) {
      throw error instanceof PdfContentError ? new MissingContentError(error.message) : error;
    }
  };
}

const parts: BuilderRegistry = {
  workbook,
  plan: pdfDocument('plan', '规划正文'),
  specialties: pdfDocument('specialties', '专科建设任务书'),
  contracts: pdfDocument('contracts', '目标责任书'),
};

/**
 * Which document kinds this build can produce, and how. The builders themselves live in shared/export
 * (workbook, pdf) and are imported lazily, so the worker loads exceljs or the PDF renderer and its fonts
 * only for the kind asked for. kinds.ts marks every kind missing here as unavailable.
 */
export const BUILDERS: BuilderRegistry = { ...parts, all: bundleBuilder(['workbook', 'plan', 'specialties', 'contracts'], parts) };
