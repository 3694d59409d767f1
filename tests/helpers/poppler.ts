import { execFileSync } from 'node:child_process';

/** poppler-utils, the reference PDF reader for the document tests (.ci/run installs it when missing). */
export function poppler(tool: 'pdfinfo' | 'pdffonts' | 'pdftotext' | 'pdftoppm', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
}

export interface PdfWord {
  text: string;
  /** Millimetres from the page's left and top edges. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const PT_TO_MM = 25.4 / 72;
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

/** Every word of each page as `pdftotext -bbox` places it, in millimetres. */
export function wordBoxes(file: string, first: number, last: number): PdfWord[][] {
  const html = poppler('pdftotext', ['-bbox', '-f', String(first), '-l', String(last), file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(WORD)].map((m) => ({
        text: m[5]!,
        left: Number(m[1]) * PT_TO_MM,
        top: Number(m[2]) * PT_TO_MM,
        right: Number(m[3]) * PT_TO_MM,
        bottom: Number(m[4]) * PT_TO_MM,
      })),
    );
}

/** pdffonts rows: name, type, and the emb / sub / uni flags. */
export function fontRows(file: string): { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean }[] {
  return poppler('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      const [emb, sub, uni] = cells.slice(-5, -2);
      return { name: cells[0]!, type: cells.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}
