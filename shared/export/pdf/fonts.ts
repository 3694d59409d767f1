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

/** One official font file a face may use, named inside the Windows fonts folder. */
export interface SystemFontCandidate {
  file: string;
  postscriptName?: string;
}

/** Where Windows keeps its fonts on a default install (the desktop app asks %WINDIR% instead). */
export const WINDOWS_FONTS_DIR = 'C:\\Windows\\Fonts';

/**
 * The official Windows fonts the standard's faces name, preferred when the user's machine has them: their
 * metrics are what commission reviewers expect. 小标宋 (方正小标宋简体) ships with Office/WPS on many machines.
 * The first candidate present wins. Only these files are ever read from the system (the desktop app serves
 * nothing else from the fonts folder).
 */
export const SYSTEM_FONT_CANDIDATES: Record<FontFace, readonly SystemFontCandidate[]> = {
  fang: [{ file: 'simfang.ttf' }],
  hei: [{ file: 'simhei.ttf' }],
  kai: [{ file: 'simkai.ttf' }],
  song: [{ file: 'simsun.ttc', postscriptName: 'SimSun' }],
  songBold: [{ file: 'FZXBSJW.TTF' }],
};

/** What the user is told about a system font, e.g. "仿宋 simfang.ttf（系统字体）". */
export function systemFontLabel(face: FontFace, file: string): string {
  return `${FACE_LABELS[face]} ${file}（系统字体）`;
}

/** What the user is told about a bundled subset, e.g. "仿宋 FandolFang-GB.otf（内置）". */
export function bundledFontLabel(face: FontFace): string {
  return `${FACE_LABELS[face]} ${BUNDLED_FONTS[face]}（内置）`;
}

const systemPath = (candidate: SystemFontCandidate) => `${WINDOWS_FONTS_DIR}\\${candidate.file}`;

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
      const system = preferSystem ? SYSTEM_FONT_CANDIDATES[face].find((c) => exists(systemPath(c))) : undefined;
      if (system) {
        const postscriptName = system.postscriptName ? { postscriptName: system.postscriptName } : {};
        return [face, { src: systemPath(system), ...postscriptName, label: systemFontLabel(face, system.file) }];
      }
      return [face, { src: `${join}${BUNDLED_FONTS[face]}`, label: bundledFontLabel(face) }];
    }),
  ) as PdfFonts;
}
