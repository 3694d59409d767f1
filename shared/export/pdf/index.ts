export { buildPdf, currentContracts, PdfAbortError, PdfContentError, PDF_DOC_KINDS, type BuildPdfOptions, type PdfDocKind } from './build-pdf.ts';
export { resolveFonts, SYSTEM_FONT_CANDIDATES, type FontFile, type PdfFonts } from './fonts.ts';
export { BUNDLED_FONTS, FONT_FACES, type FontFace } from './font-files.ts';
export { breakUnits, splitForLineBreaking } from './line-break.ts';
