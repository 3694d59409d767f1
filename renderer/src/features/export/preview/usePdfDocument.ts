import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from './loadPdfJs.ts';

export type PdfState = { status: 'loading' } | { status: 'ready'; doc: PDFDocumentProxy } | { status: 'error'; message: string };

/** Opens `bytes` with pdf.js for the life of the component; the document is destroyed when bytes change or on unmount. */
export function usePdfDocument(bytes: Uint8Array): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'loading' });
  useEffect(() => {
    let doc: PDFDocumentProxy | null = null;
    let gone = false;
    setState({ status: 'loading' });
    loadPdfJs()
      .then((pdfjs) =>
        // pdf.js hands its data to its own worker and detaches it: give it a copy, the original is what gets saved.
        // No eval: the app's CSP forbids it, and pdf.js then draws glyphs without compiled paths.
        pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise,
      )
      .then((opened) => {
        doc = opened;
        if (gone) void opened.destroy();
        else setState({ status: 'ready', doc: opened });
      })
      .catch((error: unknown) => {
        if (!gone) setState({ status: 'error', message: `无法打开预览：${error instanceof Error ? error.message : String(error)}` });
      });
    return () => {
      gone = true;
      void doc?.destroy();
    };
  }, [bytes]);
  return state;
}
