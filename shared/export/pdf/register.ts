import { Font } from '@react-pdf/renderer';
import { FONT_FACES, type FontFace } from './font-files.ts';
import type { FontFile, PdfFonts } from './fonts.ts';
import { splitForLineBreaking } from './line-break.ts';

/** The font family name each face is registered under; styles refer to faces through this map. */
export type FontFamilies = Record<FontFace, string>;

// Registering is cheap, but each registration is a new font source that fontkit parses again on first use
// (≈ 20 ms per face, and the parsed glyph cache is lost). So the same fonts are registered once per process
// (or worker) and later calls reuse the families; other fonts get fresh family names.
const byKey = new Map<string, FontFamilies>();
const bytesIds = new WeakMap<Uint8Array, number>();
let nextId = 0;
let nextGeneration = 0;

function sourceKey(file: FontFile): string {
  if (typeof file.src === 'string') return `${file.src}#${file.postscriptName ?? ''}`;
  let id = bytesIds.get(file.src);
  if (id === undefined) bytesIds.set(file.src, (id = nextId++));
  return `bytes:${id}#${file.postscriptName ?? ''}`;
}

function dataUrl(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  // btoa exists in Node ≥ 16, browsers and workers; shared/ compiles without DOM types.
  const { btoa } = globalThis as unknown as { btoa: (data: string) => string };
  return `data:font/ttf;base64,${btoa(binary)}`;
}

const fontsKey = (fonts: PdfFonts) => FONT_FACES.map((face) => sourceKey(fonts[face])).join('|');

export function registerFonts(fonts: PdfFonts): FontFamilies {
  Font.registerHyphenationCallback(splitForLineBreaking);
  const key = fontsKey(fonts);
  const known = byKey.get(key);
  if (known) return known;
  // Never reused, even after forgetFonts: react-pdf would add the new sources to the old, failed family.
  const generation = nextGeneration++;
  const families = Object.fromEntries(FONT_FACES.map((face) => [face, `gb-${face}-${generation}`])) as FontFamilies;
  for (const face of FONT_FACES) {
    const file = fonts[face];
    const src = typeof file.src === 'string' ? file.src : dataUrl(file.src);
    Font.register({ family: families[face], src, ...(file.postscriptName ? { postscriptName: file.postscriptName } : {}) });
  }
  byKey.set(key, families);
  return families;
}

/**
 * Drops the families of `fonts` after one of them failed to load: react-pdf keeps a failed source's
 * rejection, so the next registerFonts of the same fonts must make fresh families (a font file that is back
 * then loads again).
 */
export function forgetFonts(fonts: PdfFonts): void {
  byKey.delete(fontsKey(fonts));
}
