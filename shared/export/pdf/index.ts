/**
 * The formal PDF documents (issue 7): `buildPdf(tables, { hospitalId, doc, fonts, onProgress, signal })`.
 *
 * Runtimes:
 * - Node (CLI, tests, benchmarks): `fonts: nodePdfFonts()` from `#shared/node/pdf-fonts.ts` gives file paths,
 *   preferring the official Windows fonts when present; react-pdf reads them with fs.
 * - Browser Web Worker (the app's export page): pass URLs on the app's origin — the bundled subsets as the
 *   build emits them and, in the desktop app, the system fonts main serves as app://planner/system-fonts/<face>
 *   (renderer/src/features/export/pdfFontChoice.ts); react-pdf fetches each face once per worker. Bytes (`Uint8Array`) work in any runtime too (turned into a data URL once). Keep one worker
 *   alive between exports so fonts stay registered and parsed; end the worker to stop a running render
 *   (`signal` is checked between documents and before the render starts).
 *
 * @react-pdf/renderer is imported only inside shared/export (eslint-local/layering.js).
 */
export { buildPdf, currentContracts, PdfAbortError, PdfContentError, PDF_DOC_KINDS, type AbortSignalLike, type BuildPdfOptions, type PdfDocKind } from './build-pdf.ts';
export {
  bundledFontLabel,
  resolveFonts,
  SYSTEM_FONT_CANDIDATES,
  systemFontLabel,
  WINDOWS_FONTS_DIR,
  type FontFile,
  type PdfFonts,
  type SystemFontCandidate,
} from './fonts.ts';
export { BUNDLED_FONTS, FONT_FACES, type FontFace } from './font-files.ts';
export { breakUnits, splitForLineBreaking, tidySpaces } from './line-break.ts';
export { forgetFonts } from './register.ts';
export { pageNumberText } from './page.ts';
