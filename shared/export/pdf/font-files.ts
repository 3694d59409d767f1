/**
 * The CJK font subsets bundled in build/fonts/ (written by scripts/subset-fonts.ts), by the face the
 * standard asks for. Body and level-3 headings 仿宋, level-1 headings 黑体, level-2 headings 楷体, page numbers
 * 宋体, the title 小标宋 (its usual open substitute is a bold 宋体).
 */
export const BUNDLED_FONTS = {
  fang: 'FandolFang-GB.otf',
  hei: 'NotoSansSC-GB.ttf',
  kai: 'PlannerKaiGB.ttf',
  song: 'NotoSerifSC-GB.ttf',
  songBold: 'NotoSerifSC-Bold-GB.ttf',
} as const;

export type FontFace = keyof typeof BUNDLED_FONTS;
export const FONT_FACES = Object.keys(BUNDLED_FONTS) as FontFace[];
