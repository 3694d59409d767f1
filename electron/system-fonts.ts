import path from 'node:path';
// The font modules themselves, not the pdf index: that would bundle the PDF renderer into main.
import { FONT_FACES, type FontFace } from '#shared/export/pdf/font-files.ts';
import { SYSTEM_FONT_CANDIDATES, systemFontLabel } from '#shared/export/pdf/fonts.ts';
import type { SystemFont } from '#shared/ipc/index.ts';
import { isFile } from './is-file.ts';

/** %WINDIR%\Fonts: where Windows keeps the official 仿宋/黑体/楷体/宋体 (elsewhere it simply holds none of them). */
export function defaultSystemFontsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts');
}

export function isFontFace(value: string): value is FontFace {
  return (FONT_FACES as readonly string[]).includes(value);
}

export interface LocatedSystemFont extends SystemFont {
  /** Full path of the file; stays in main, the renderer only ever learns the face and the file name. */
  path: string;
}

/** The first whitelisted candidate of `face` present in `fontsDir`, or null. Nothing else in the folder is considered. */
export async function locateSystemFont(fontsDir: string, face: FontFace): Promise<LocatedSystemFont | null> {
  for (const candidate of SYSTEM_FONT_CANDIDATES[face]) {
    const file = path.join(fontsDir, candidate.file);
    if (!(await isFile(file))) continue;
    const postscriptName = candidate.postscriptName ? { postscriptName: candidate.postscriptName } : {};
    return { face, file: candidate.file, label: systemFontLabel(face, candidate.file), ...postscriptName, path: file };
  }
  return null;
}

/** Every face this machine has an official font for, in the faces' order. */
export async function listSystemFonts(fontsDir: string): Promise<SystemFont[]> {
  const located = await Promise.all(FONT_FACES.map((face) => locateSystemFont(fontsDir, face)));
  return located.filter((font) => font !== null).map(({ path: _path, ...font }) => font);
}
