import { writeFileSync } from 'node:fs';
import { Document, pdf } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import { poppler } from './poppler.ts';

/** Renders one react-pdf document to `file` and reads each page's text back as pdftotext sees it. */
export async function renderPdf(documentBody: ReactNode, file: string): Promise<string[]> {
  const stream = await pdf(h(Document, {}, documentBody)).toBuffer();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  writeFileSync(file, Buffer.concat(chunks));
  return poppler('pdftotext', [file, '-']).split('\f').slice(0, -1);
}
