import { View, type ViewProps } from '@react-pdf/renderer';
import { createElement as h, isValidElement, type ReactNode } from 'react';
import { LINE_PITCH, MM, PAGE } from './geometry.ts';
import type { DocumentPages, PaginationProps } from './page.ts';
import type { OfficialStyles } from './styles.ts';
import { PText } from './text.ts';

/** 版记: 抄送, then 印发机关 left and 印发日期 right, between rules as wide as the text block. */
export interface ClosingBlock {
  copyTo: string;
  issuer: string;
  issueDate: string;
}

const CLOSING_HEIGHT = 2 * LINE_PITCH + 4;

/** Marks the flow element at the end of a document that makes room for the 版记 (and any blank page before it). */
const CLOSING_FLOW = 'plannerClosingFlow';
/** Marks the room for the 版记 itself inside it: the 版记 is drawn on the page this lands on. */
const CLOSING_ROOM = 'plannerClosingRoom';

/**
 * The end of a document's flow, where the 版记 goes. GB/T 9704 prints documents on both sides and puts the 版记
 * on the last page, 封四, so that page is even. The room for it is placed by page: in react-pdf's first
 * pagination round it is just the 版记's height after the content (under the body's end, or on a page of its
 * own when it does not fit). The second round knows how many pages the first made; if that was odd, a block as
 * tall as the text block goes before the room. It cannot share a page with content, so the room moves on one
 * page: off the body's odd last page onto an even page of its own, or, when the 版记 already had a page of its
 * own, that page stays blank and the 版记 moves to the even page after it.
 */
export function closingFlow(pages: DocumentPages): ReactNode {
  const render = (props: PaginationProps) => {
    const total = pages.firstRoundTotal(props);
    const turnPage = total !== undefined && total % 2 === 1 && pages.pageOf(props) <= total;
    return [
      turnPage ? h(View, { key: 'blank', style: { height: PAGE.blockHeight - 1 }, wrap: false }) : null,
      h(View, { key: 'room', style: { height: CLOSING_HEIGHT }, wrap: false, [CLOSING_ROOM]: true } as ViewProps),
    ];
  };
  return h(View, { key: 'closing-flow', render, [CLOSING_FLOW]: true } as ViewProps);
}

/**
 * react-pdf hands a page layout its content as fragments, each holding a laid-out node whose props are the
 * element's own and whose children are the parts of it on that page.
 */
interface LaidOutNode {
  props?: Record<string, unknown>;
  children?: LaidOutNode[];
}

const nodeOf = (fragment: unknown): LaidOutNode | undefined => (isValidElement<{ node?: LaidOutNode }>(fragment) ? fragment.props.node : undefined);
const isClosingFlow = (fragment: unknown) => nodeOf(fragment)?.props?.[CLOSING_FLOW] === true;

/** A page with nothing but the end of the flow on it: the 版记 page of its own, or the blank page before it. */
export function holdsOnlyClosingFlow(fragments: readonly unknown[]): boolean {
  return fragments.length > 0 && fragments.every(isClosingFlow);
}

/** The page the room for the 版记 landed on. */
export function holdsClosingBlock(fragments: readonly unknown[]): boolean {
  return fragments.some((f) => isClosingFlow(f) && (nodeOf(f)?.children ?? []).some((child) => child.props?.[CLOSING_ROOM] === true));
}

/** The 版记 at the foot of the text block, its last rule on the block's bottom edge. */
export function closingBlock(styles: OfficialStyles, closing: ClosingBlock): ReactNode {
  const rule = (mm: number) => ({ borderTopWidth: mm * MM, borderColor: '#000' });
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
