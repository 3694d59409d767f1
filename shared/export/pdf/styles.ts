import { StyleSheet } from '@react-pdf/renderer';
import {
  BODY_SIZE,
  BODY_TRACKING,
  BOTTOM_MARGIN,
  CLOSING_SIZE,
  LANDSCAPE,
  LINE_PITCH,
  MM,
  PAGE,
  PAGE_NUMBER_SIZE,
  PAGE_NUMBER_TOP,
  RIGHT_MARGIN,
  TABLE_LINE,
  TABLE_SIZE,
  TITLE_SIZE,
} from './geometry.ts';
import type { FontFamilies } from './register.ts';

const pt = (n: number) => `${n}pt`;

/**
 * The 公文 styles for one set of registered fonts. lineHeight is set on Text styles only: on a Page or on a
 * View holding a fixed element it compounds page after page and crashes long documents (react-pdf #3452).
 */
export function officialStyles(f: FontFamilies) {
  const body = { fontFamily: f.fang, fontSize: BODY_SIZE, lineHeight: pt(LINE_PITCH), letterSpacing: BODY_TRACKING };
  const pageNumber = { position: 'absolute', fontFamily: f.song, fontSize: PAGE_NUMBER_SIZE, lineHeight: pt(PAGE_NUMBER_SIZE * 1.2) } as const;
  return StyleSheet.create({
    page: { paddingTop: PAGE.top, paddingLeft: PAGE.left, paddingRight: RIGHT_MARGIN, paddingBottom: BOTTOM_MARGIN, fontFamily: f.fang },
    landscapePage: { paddingTop: LANDSCAPE.top, paddingLeft: LANDSCAPE.left, paddingRight: LANDSCAPE.right, paddingBottom: LANDSCAPE.bottom, fontFamily: f.fang },
    paragraph: { ...body, textIndent: 2 * BODY_SIZE },
    plain: { ...body },
    heading1: { ...body, fontFamily: f.hei, textIndent: 2 * BODY_SIZE },
    heading2: { ...body, fontFamily: f.kai, textIndent: 2 * BODY_SIZE },
    heading3: { ...body, textIndent: 2 * BODY_SIZE },
    title: { fontFamily: f.songBold, fontSize: TITLE_SIZE, lineHeight: pt(LINE_PITCH * 1.25), textAlign: 'center', marginBottom: LINE_PITCH },
    subtitle: { ...body, fontFamily: f.kai, textAlign: 'center' },
    centered: { ...body, textAlign: 'center' },
    docNumber: { ...body, textAlign: 'center', marginTop: LINE_PITCH },
    masthead: { fontFamily: f.songBold, fontSize: 36, lineHeight: pt(48), textAlign: 'center', color: '#d40000', letterSpacing: 2 },
    redRule: { borderBottomWidth: 1.5, borderBottomColor: '#d40000', marginTop: 4 * (72 / 25.4), marginBottom: LINE_PITCH },
    signature: { ...body, textAlign: 'right', paddingRight: 4 * BODY_SIZE },
    annexLabel: { ...body, fontFamily: f.hei },
    annexTitle: { ...body, fontFamily: f.songBold, fontSize: 18, textAlign: 'center' },
    pageNumberOdd: { ...pageNumber, top: PAGE_NUMBER_TOP, right: RIGHT_MARGIN + PAGE_NUMBER_SIZE },
    pageNumberEven: { ...pageNumber, top: PAGE_NUMBER_TOP, left: PAGE.left + PAGE_NUMBER_SIZE },
    // A landscape page's number, turned with the sheet: a line as long as the portrait block, rotated a quarter
    // clockwise about its top-left corner so its top faces the text block 7 mm away, inset one character from
    // the end that is the portrait right (odd) or left (even).
    pageNumberTurned: {
      ...pageNumber,
      left: LANDSCAPE.left - 7 * MM,
      top: LANDSCAPE.top,
      width: PAGE.blockWidth,
      transform: 'rotate(90deg)',
      transformOrigin: '0 0',
    },
    pageNumberTurnedOdd: { paddingRight: PAGE_NUMBER_SIZE, textAlign: 'right' },
    pageNumberTurnedEven: { paddingLeft: PAGE_NUMBER_SIZE, textAlign: 'left' },
    table: { marginTop: 4 },
    tableCaption: { ...body, fontFamily: f.hei, fontSize: 12, lineHeight: pt(20), textAlign: 'center' },
    tableRow: { flexDirection: 'row' },
    tableLastRow: { marginBottom: LINE_PITCH / 2 },
    tableHeaderRow: { flexDirection: 'row', borderTopWidth: 0.75, borderColor: '#000' },
    tableHeaderCell: {
      fontFamily: f.hei,
      fontSize: TABLE_SIZE,
      lineHeight: pt(TABLE_LINE),
      textAlign: 'center',
      paddingHorizontal: 2,
      paddingVertical: 2,
    },
    tableCell: { fontFamily: f.fang, fontSize: TABLE_SIZE, lineHeight: pt(TABLE_LINE), paddingHorizontal: 2, paddingVertical: 2 },
    tableCellBox: { borderRightWidth: 0.75, borderBottomWidth: 0.75, borderColor: '#000' },
    tableFirstCell: { borderLeftWidth: 0.75 },
    closingText: { fontFamily: f.fang, fontSize: CLOSING_SIZE, lineHeight: pt(LINE_PITCH), paddingHorizontal: CLOSING_SIZE },
    closingRow: { flexDirection: 'row', justifyContent: 'space-between', paddingHorizontal: CLOSING_SIZE },
    closingCell: { fontFamily: f.fang, fontSize: CLOSING_SIZE, lineHeight: pt(LINE_PITCH) },
  });
}

export type OfficialStyles = ReturnType<typeof officialStyles>;
