import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { App } from 'antd';
import { PdfPreviewModal } from '#renderer/features/export/preview/PdfPreviewModal.tsx';
import { tinyPdf } from './tiny-pdf.ts';

// 打印预览 in real Chromium: pdf.js and its worker from the bundle, pages drawn on a canvas.
// No act(): the preview updates from pdf.js callbacks, so the test waits for what the user would see.

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
});

async function until<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 900; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const canvas = () => document.querySelector<HTMLCanvasElement>('[data-testid="pdf-page"]');
const button = (testId: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!;
const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';

/** True when the canvas holds dark pixels (the bar each page draws), not just a blank page. */
function hasInk(c: HTMLCanvasElement): boolean {
  const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 64 && data[i + 3]! > 200) return true;
  return false;
}

describe('print preview', () => {
  it('draws page 1, pages through the document, zooms, and saves the original bytes', async () => {
    const bytes = tinyPdf(3);
    const onSave = vi.fn();
    const host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    root.render(
      <App>
        <PdfPreviewModal file={{ name: '预览.pdf', bytes, extension: 'pdf' }} onSave={onSave} onClose={() => {}} />
      </App>,
    );
    const first = await until(() => canvas()?.dataset.rendered === '1' && canvas(), 'page 1');
    expect(text('pdf-page-label')).toBe('第 1 / 3 页');
    expect(hasInk(first)).toBe(true);
    const width = first.clientWidth;
    expect(width).toBe(Math.floor(595 * (96 / 72)));

    button('pdf-next').click();
    await until(() => canvas()?.dataset.rendered === '2', 'page 2');
    expect(text('pdf-page-label')).toBe('第 2 / 3 页');

    button('pdf-zoom-in').click();
    await until(() => canvas()?.dataset.rendered === '2' && canvas()!.clientWidth > width, 'zoomed page');
    expect(text('pdf-zoom')).toBe('125%');

    button('pdf-save').click();
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0] as { bytes: Uint8Array };
    // pdf.js was given a copy: the bytes to save are intact, not detached by its worker.
    expect(saved.bytes.byteLength).toBe(bytes.byteLength);
    expect(new TextDecoder().decode(saved.bytes.subarray(0, 8))).toBe('%PDF-1.7');
  }, 60_000); // the first test loads pdf.js through Vite's dev transforms: slow on a busy 2-core machine

  it('says in Chinese when the bytes are not a PDF', async () => {
    root = createRoot(document.body.appendChild(document.createElement('div')));
    root.render(
      <App>
        <PdfPreviewModal file={{ name: '坏.pdf', bytes: new TextEncoder().encode('not a pdf'), extension: 'pdf' }} onSave={() => {}} onClose={() => {}} />
      </App>,
    );
    await until(() => document.body.textContent?.includes('无法打开预览'), 'the error');
  });
});
