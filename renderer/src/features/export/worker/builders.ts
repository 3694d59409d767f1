import type { PdfDocKind } from '#shared/export/pdf/index.ts';
import { choosePdfFonts } from '../pdfFontChoice.ts';
import type { ExportTarget } from '../protocol.ts';
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
 * react-pdf's own words when a font URL fails ("Failed to fetch font from …"): with system fonts chosen that
 * is a system font that went missing since the page asked, which the user can work around.
 */
function isSystemFontFailure(error: unknown, target: ExportTarget): boolean {
  return target.fonts?.useSystem === true && error instanceof Error && error.message.includes('Failed to fetch font');
}

/**
 * The PDF helper's buildPdf with the chosen fonts (system or bundled, per face), loaded (with the PDF
 * renderer) on first use; the worker is kept between exports, so each set of fonts is fetched and registered
 * once. One picked specialty or contract is passed by narrowing the tables (scope.ts).
 */
function pdfDocument(doc: PdfDocKind, stage: string): DocumentBuilder {
  return async (tables, target, { signal, progress }) => {
    const [{ buildPdf, forgetFonts, PdfContentError }, { BUNDLED_PDF_FONTS }] = await Promise.all([
      import('#shared/export/pdf/index.ts'),
      import('./pdfFonts.ts'),
    ]);
    const fonts = choosePdfFonts(target.fonts, BUNDLED_PDF_FONTS, globalThis.location.origin);
    try {
      const bytes = await buildPdf(scopeToTarget(tables, target), {
        hospitalId: target.hospitalId,
        doc,
        fonts,
        onProgress: (done, total) => progress(done, total, stage),
        signal,
      });
      return { bytes, extension: 'pdf' };
    } catch (error) {
      if (isSystemFontFailure(error, target)) {
        forgetFonts(fonts); // the next export tries the files again instead of repeating this failure
        throw new Error('导出失败：无法读取系统字体文件，请关闭「使用系统字体」后重试', { cause: error });
      }
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
