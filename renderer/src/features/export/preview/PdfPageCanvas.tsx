import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface PdfPageCanvasProps {
  doc: PDFDocumentProxy;
  /** 1-based. */
  pageNumber: number;
  /** 1 = the page at its printed size on screen (96 CSS px per inch). */
  zoom: number;
}

/** PDF points are 1/72 inch; CSS pixels 1/96. */
const CSS_PER_POINT = 96 / 72;

/** One page drawn on a canvas at the screen's pixel density, so text stays sharp at every zoom. */
export function PdfPageCanvas({ doc, pageNumber, zoom }: PdfPageCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [rendered, setRendered] = useState<string | null>(null);
  const key = `${pageNumber}@${zoom}`;

  useEffect(() => {
    let task: RenderTask | null = null;
    let stopped = false;
    void doc.getPage(pageNumber).then(async (page) => {
      const canvas = canvasRef.current;
      if (stopped || !canvas) return;
      const viewport = page.getViewport({ scale: zoom * CSS_PER_POINT });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      try {
        await task.promise;
        if (!stopped) setRendered(key);
      } catch {
        // A newer page or zoom cancelled this render; that one reports instead.
      }
    });
    return () => {
      stopped = true;
      task?.cancel();
    };
  }, [doc, pageNumber, zoom, key]);

  return (
    <canvas
      ref={canvasRef}
      data-testid="pdf-page"
      data-rendered={rendered === key ? String(pageNumber) : ''}
      style={{ display: 'block', margin: '0 auto', background: '#fff', boxShadow: '0 1px 6px rgba(0, 0, 0, 0.25)' }}
    />
  );
}
