import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveFonts, type PdfFonts } from '#shared/export/pdf/fonts.ts';

/** build/fonts/ of this checkout (the CLI and tests run from the source tree). */
export const BUNDLED_FONT_DIR = path.resolve(import.meta.dirname, '..', '..', 'build', 'fonts');

/** The PDF fonts on this machine: the official Windows fonts where present, else the bundled subsets. */
export function nodePdfFonts(options: { preferSystem?: boolean; bundledDir?: string } = {}): PdfFonts {
  return resolveFonts(existsSync, options.bundledDir ?? BUNDLED_FONT_DIR, options);
}
