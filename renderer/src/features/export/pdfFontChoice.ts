import { FONT_FACES, type FontFace } from '#shared/export/pdf/font-files.ts';
import type { FontFile, PdfFonts } from '#shared/export/pdf/fonts.ts';
import { SYSTEM_FONT_ROUTE } from '#shared/ipc/fonts.ts';
import type { PdfFontChoice } from './protocol.ts';

/** The URL main serves a face's system font under, on the app's own origin (app://planner in Electron). */
export function systemFontUrl(face: FontFace, origin: string): string {
  return new URL(`${SYSTEM_FONT_ROUTE}${face}`, origin).href;
}

/**
 * Each face's font for one export: the system font when the user wants system fonts and main reported one
 * for that face, else the bundled subset. The worker builds the PDF with it; the export page shows its labels.
 * react-pdf fetches the URLs, and registerFonts gives every distinct set its own family names, so switching
 * between system and bundled fonts never mixes the two in one worker.
 */
export function choosePdfFonts(choice: PdfFontChoice | undefined, bundled: PdfFonts, origin: string): PdfFonts {
  const system = new Map(choice?.useSystem ? choice.available.map((font) => [font.face, font]) : []);
  return Object.fromEntries(
    FONT_FACES.map((face): [FontFace, FontFile] => {
      const font = system.get(face);
      if (!font) return [face, bundled[face]];
      const postscriptName = font.postscriptName ? { postscriptName: font.postscriptName } : {};
      return [face, { src: systemFontUrl(face, origin), ...postscriptName, label: font.label }];
    }),
  ) as PdfFonts;
}
