/** GB/T 9704-2012 page geometry in PDF points (1 mm = 72 / 25.4 pt). */
export const MM = 72 / 25.4;

export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  top: 37 * MM,
  left: 28 * MM,
  blockWidth: 156 * MM,
  blockHeight: 225 * MM,
} as const;

export const RIGHT_MARGIN = PAGE.width - PAGE.left - PAGE.blockWidth;
export const BOTTOM_MARGIN = PAGE.height - PAGE.top - PAGE.blockHeight;

/**
 * A landscape page (GB/T 9704 §8, 横排表格) is the portrait sheet given a quarter turn clockwise, so its text block
 * stays where it is on the paper: the portrait left margin (订口) becomes the top, the portrait foot with the
 * page number becomes the left. The table's head then faces the binding on odd pages and the cut edge on even
 * pages, as the standard asks, and the page number sits where it sits on every other page of the document.
 */
export const LANDSCAPE = {
  width: PAGE.height,
  height: PAGE.width,
  top: PAGE.left,
  right: PAGE.top,
  bottom: RIGHT_MARGIN,
  left: BOTTOM_MARGIN,
  blockWidth: PAGE.blockHeight,
  blockHeight: PAGE.blockWidth,
} as const;

/** 3号 body: 22 lines fill the 225 mm block exactly, so the pitch is the block height over 22. */
export const BODY_SIZE = 16;
export const LINE_PITCH = PAGE.blockHeight / 22;
/** 28 characters of 16 pt are 448 pt, the block is 442.2 pt: tighten each character a little (适当调整). */
export const CHARS_PER_LINE = 28;
export const BODY_TRACKING = PAGE.blockWidth / CHARS_PER_LINE - BODY_SIZE;

export const TITLE_SIZE = 22; // 2号
export const PAGE_NUMBER_SIZE = 14; // 4号
export const CLOSING_SIZE = 14; // 4号 (版记)
export const TABLE_SIZE = 10.5; // 五号, the usual size for tables in a 公文 attachment
export const TABLE_LINE = 15;
/** The page number's dash sits 7 mm below the text block. */
export const PAGE_NUMBER_TOP = PAGE.top + PAGE.blockHeight + 7 * MM;
