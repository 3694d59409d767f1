import { Page } from '@react-pdf/renderer';
import { createElement as h, Fragment, type ReactNode } from 'react';
import { closingBlock, closingFlow, holdsClosingBlock, holdsOnlyClosingFlow, type ClosingBlock } from './closing.ts';
import type { OfficialStyles } from './styles.ts';
import { PText } from './text.ts';

export type { ClosingBlock } from './closing.ts';

/**
 * `— 3 —`: a 一字线 (U+2014) either side of the Arabic number. The gap is two half-width spaces: with one,
 * text extraction (poppler, pdf.js) reads the dashes as touching the number ("—3—").
 */
export function pageNumberText(n: number): string {
  return `—  ${n}  —`;
}

export type Orientation = 'portrait' | 'landscape';

/** A stretch of a document's pages in one orientation: the body, or annexes that need landscape pages. */
export interface PageRun {
  key: string;
  orientation: Orientation;
  children: ReactNode[];
}

/** What react-pdf hands a page layout and a render prop while it paginates (round 1 has no totals). */
export interface PaginationProps {
  pageNumber?: number;
  subPageNumber?: number;
  subPageTotalPages?: number;
}

/**
 * A document's page numbers across its <Page>s. react-pdf numbers the pages of the whole file (pageNumber) and
 * of each <Page> (subPageNumber); a document's own count starts where its first <Page> starts, which that
 * Page's layout records as it is paginated. Pagination runs through the Pages in order (twice: the second
 * round knows each Page's total from the first), so the document's later Pages always read this round's start.
 */
export class DocumentPages {
  private pagesBefore = 0;

  /** Called by the layout of the document's first Page; react-pdf's preliminary calls carry no sub-page number. */
  noteStart(props: PaginationProps): void {
    if (props.pageNumber !== undefined && props.subPageNumber !== undefined) this.pagesBefore = props.pageNumber - props.subPageNumber;
  }

  /** The page's number within the document, from — 1 —. */
  pageOf(props: PaginationProps): number {
    return (props.pageNumber ?? 1) - this.pagesBefore;
  }

  /**
   * In the second round, how many pages the document had in the first, read on a page of its last Page; the
   * first round does not know yet.
   */
  firstRoundTotal(props: PaginationProps): number | undefined {
    if (props.subPageTotalPages === undefined || props.subPageNumber === undefined) return undefined;
    return this.pageOf(props) - props.subPageNumber + props.subPageTotalPages;
  }
}

/**
 * One document as one wrapping <Page> per run of pages (react-pdf's new pagination engine, chosen by the page
 * `layout`: content is measured once and packed into pages, several times faster than the legacy engine).
 * Each document of an "all" export starts at — 1 — and counts on through its landscape runs. Portrait pages
 * carry the number 7 mm under the block, right-aligned on odd pages and left-aligned on even ones, one
 * character in; landscape pages carry it turned with the sheet (GB/T 9704 §8: where it sits on the other
 * pages). The 版记 closes the last page of the last portrait run (one is added when the document ends on
 * landscape pages), on an even page (closing.ts).
 */
export function OfficialDocument(props: { styles: OfficialStyles; closing?: ClosingBlock; runs: readonly PageRun[] }): ReactNode {
  const { styles, closing } = props;
  const pages = new DocumentPages();
  const endsTurned = props.runs.at(-1)?.orientation === 'landscape';
  const runs = closing && endsTurned ? [...props.runs, { key: 'closing', orientation: 'portrait' as const, children: [] }] : props.runs;
  return h(
    Fragment,
    {},
    runs.map((run, index) =>
      h(
        Page,
        {
          key: run.key,
          size: 'A4',
          orientation: run.orientation,
          style: run.orientation === 'portrait' ? styles.page : styles.landscapePage,
          wrap: true,
          layout: (layoutProps) => {
            if (index === 0) pages.noteStart(layoutProps);
            const n = pages.pageOf(layoutProps);
            const fragments: unknown[] = Array.isArray(layoutProps.children) ? layoutProps.children : [layoutProps.children];
            // GB/T 9704 7.5: a 版记 page of its own, and a blank page before it, carry no page number.
            const numbered = !(closing && holdsOnlyClosingFlow(fragments));
            return [
              layoutProps.children,
              numbered ? pageNumber(styles, run.orientation, n) : null,
              closing && holdsClosingBlock(fragments) ? closingBlock(styles, closing) : null,
            ];
          },
        },
        ...run.children,
        closing && index === runs.length - 1 ? closingFlow(pages) : null,
      ),
    ),
  );
}

/** A document all on portrait pages. */
export function OfficialPage(props: { styles: OfficialStyles; closing?: ClosingBlock; children?: ReactNode }): ReactNode {
  const children: ReactNode[] = Array.isArray(props.children) ? (props.children as ReactNode[]) : [props.children];
  return OfficialDocument({ styles: props.styles, closing: props.closing, runs: [{ key: 'body', orientation: 'portrait', children }] });
}

function pageNumber(styles: OfficialStyles, orientation: Orientation, n: number): ReactNode {
  const odd = n % 2 === 1;
  const style = orientation === 'portrait' ? (odd ? styles.pageNumberOdd : styles.pageNumberEven) : [styles.pageNumberTurned, odd ? styles.pageNumberTurnedOdd : styles.pageNumberTurnedEven];
  return h(PText, { key: 'pn', style }, pageNumberText(n));
}
