import { Page, View } from '@react-pdf/renderer';
import { PText } from './text.ts';
import { createElement as h, type ReactNode } from 'react';
import { LINE_PITCH, PAGE } from './geometry.ts';
import type { OfficialStyles } from './styles.ts';

/**
 * `— 3 —`: a 一字线 (U+2014) either side of the Arabic number. The gap is two half-width spaces: with one,
 * text extraction (poppler, pdf.js) reads the dashes as touching the number ("—3—").
 */
export function pageNumberText(n: number): string {
  return `—  ${n}  —`;
}

/** 版记: 抄送, then 印发机关 left and 印发日期 right, between rules as wide as the text block. */
export interface ClosingBlock {
  copyTo: string;
  issuer: string;
  issueDate: string;
}

const CLOSING_HEIGHT = 2 * LINE_PITCH + 4;

/**
 * One document as one wrapping <Page> with a page `layout` (react-pdf's new pagination engine: content is
 * measured once and packed into pages, several times faster than the legacy engine on long documents).
 * react-pdf numbers a Page's output pages as sub-pages, so every document of an "all" export starts at
 * — 1 —. Odd pages carry the number right-aligned, even pages left-aligned, one character in from the edge
 * of the text block; the 版记 sits on the foot of the last page, where a spacer at the end of the content
 * has kept room for it.
 */
export function OfficialPage(props: { styles: OfficialStyles; closing?: ClosingBlock; children?: ReactNode }): ReactNode {
  const { styles, closing } = props;
  return h(
    Page,
    {
      size: 'A4',
      style: styles.page,
      wrap: true,
      layout: ({ children, subPageNumber = 1, subPageTotalPages = 1 }) => [
        children,
        h(PText, { key: 'pn', style: subPageNumber % 2 === 1 ? styles.pageNumberOdd : styles.pageNumberEven }, pageNumberText(subPageNumber)),
        closing && subPageNumber === subPageTotalPages ? closingBlock(styles, closing) : null,
      ],
    },
    props.children,
    closing ? h(View, { style: { height: CLOSING_HEIGHT }, wrap: false }) : null,
  );
}

function closingBlock(styles: OfficialStyles, closing: ClosingBlock): ReactNode {
  const rule = (mm: number) => ({ borderTopWidth: mm * (72 / 25.4), borderColor: '#000' });
  return h(
    View,
    { key: 'closing', style: { position: 'absolute', left: PAGE.left, width: PAGE.blockWidth, top: PAGE.top + PAGE.blockHeight - CLOSING_HEIGHT, height: CLOSING_HEIGHT } },
    [
            h(View, { key: 'r1', style: rule(0.35) }),
            h(PText, { key: 'cc', style: styles.closingText }, `抄送：${closing.copyTo}。`),
            h(View, { key: 'r2', style: rule(0.25) }),
            h(
              View,
              { key: 'is', style: styles.closingRow },
              h(PText, { style: styles.closingCell }, closing.issuer),
              h(PText, { style: styles.closingCell }, `${closing.issueDate}印发`),
            ),
            h(View, { key: 'r3', style: rule(0.35) }),
    ],
  );
}
