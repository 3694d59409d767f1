import { Page, View, type ViewProps } from '@react-pdf/renderer';
import { PText } from './text.ts';
import { createElement as h, isValidElement, type ReactNode } from 'react';
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
      layout: ({ children, subPageNumber = 1, subPageTotalPages = 1 }) => {
        const last = subPageNumber === subPageTotalPages;
        // GB/T 9704 7.5: a 版记 page of its own (the body ended too low to hold it) carries no page number.
        const numbered = !(closing && last && holdsOnlyClosingSpace(children));
        return [
          children,
          numbered ? h(PText, { key: 'pn', style: subPageNumber % 2 === 1 ? styles.pageNumberOdd : styles.pageNumberEven }, pageNumberText(subPageNumber)) : null,
          closing && last ? closingBlock(styles, closing) : null,
        ];
      },
    },
    props.children,
    closing ? h(View, { style: { height: CLOSING_HEIGHT }, wrap: false, [CLOSING_SPACE]: true } as ViewProps) : null,
  );
}

/** Marks the spacer that keeps room for the 版记, so a page layout can tell it from content. */
const CLOSING_SPACE = 'plannerClosingSpace';

/**
 * react-pdf hands a page layout its content as fragments, each holding a laid-out node whose props are the
 * element's own: a page whose only fragment is the spacer has nothing but the 版记 on it.
 */
interface LaidOutFragment {
  node?: { props?: Record<string, unknown> };
}

function holdsOnlyClosingSpace(children: ReactNode): boolean {
  const fragments: unknown[] = Array.isArray(children) ? children : [children];
  const isSpacer = (f: unknown) => isValidElement<LaidOutFragment>(f) && f.props.node?.props?.[CLOSING_SPACE] === true;
  return fragments.length > 0 && fragments.every(isSpacer);
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
