// pdf.js and its worker come from the bundle (Vite copies the worker file into assets/), never a CDN, and
// load only when a preview opens, so the rest of the app does not carry them. The legacy build: pdf.js 5's
// modern build calls Map.prototype.getOrInsertComputed, newer than the Chromium inside Electron 40; the
// legacy build carries the polyfills.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}
