import { BUNDLED_FONTS, FONT_FACES, type FontFace } from './font-files.ts';

/**
 * Where a face's font comes from. `src` is what @react-pdf/renderer loads: a file path (Node: the CLI and
 * tests), an http(s) or app:// URL (a browser or Web Worker fetches it), or the bytes themselves (any
 * runtime; they are turned into a data URL once). `postscriptName` picks one face of a .ttc collection.
 */
export interface FontFile {
  src: string | Uint8Array;
  postscriptName?: string;
  /** What the user is told, e.g. "仿宋 simfang.ttf (Windows)". */
  label: string;
}

export type PdfFonts = Record<FontFace, FontFile>;

const FACE_LABELS: Record<FontFace, string> = { fang: '仿宋', hei: '黑体', kai: '楷体', song: '宋体', songBold: '小标宋' };

/**
 * The official Windows fonts the standard's faces name, preferred when the user's machine has them: their
 * metrics are what commission reviewers expect. 小标宋 (方正小标宋简体) ships with Office/WPS on many machines.
 */
export const SYSTEM_FONT_CANDIDATES: Record<FontFace, readonly { path: string; postscriptName?: string }[]> = {
  fang: [{ path: 'C:\\Windows\\Fonts\\simfang.ttf' }],
  hei: [{ path: 'C:\\Windows\\Fonts\\simhei.ttf' }],
  kai: [{ path: 'C:\\Windows\\Fonts\\simkai.ttf' }],
  song: [{ path: 'C:\\Windows\\Fonts\\simsun.ttc', postscriptName: 'SimSun' }],
  songBold: [{ path: 'C:\\Windows\\Fonts\\FZXBSJW.TTF' }],
};

/**
 * Picks each face's font: the official system font where `exists` finds it, else the bundled subset in
 * `bundledDir` (a folder path or a URL prefix). `exists` is the only contact with the file system, so this
 * runs anywhere and tests can say which files "exist".
 */
export function resolveFonts(
  exists: (path: string) => boolean,
  bundledDir: string,
  options: { preferSystem?: boolean } = {},
): PdfFonts {
  const preferSystem = options.preferSystem ?? true;
  const join = bundledDir.endsWith('/') || bundledDir.endsWith('\\') ? bundledDir : `${bundledDir}/`;
  return Object.fromEntries(
    FONT_FACES.map((face): [FontFace, FontFile] => {
      const system = preferSystem ? SYSTEM_FONT_CANDIDATES[face].find((c) => exists(c.path)) : undefined;
      if (system) {
        const file = system.path.split('\\').pop()!;
        return [face, { src: system.path, ...(system.postscriptName ? { postscriptName: system.postscriptName } : {}), label: `${FACE_LABELS[face]} ${file}（系统字体）` }];
      }
      return [face, { src: `${join}${BUNDLED_FONTS[face]}`, label: `${FACE_LABELS[face]} ${BUNDLED_FONTS[face]}（内置）` }];
    }),
  ) as PdfFonts;
}
