import { useLayoutEffect, useRef, type RefObject } from 'react';
import { revealScroll } from './reveal.ts';
import type { TaskEnds } from './DependencyArrows.tsx';
import type { TimelineRow } from './types.ts';

/** The task the keyboard is on, and which end of its bar a key last moved (what shows when the bar is too long). */
export interface FollowedBar {
  id: string;
  lead: 'start' | 'end';
}

export interface KeepInViewOptions {
  rowHeight: number;
  /** The sticky header above the rows and the sticky label column left of the bars: the view starts past them. */
  headerHeight: number;
  labelWidth: number;
  /** Room kept beside a bar: its focus ring, and a little of the time around it. */
  margin: number;
}

/**
 * Keeps the bar the keyboard is on in view, with the least scroll, whenever its row or its dates change: ↑/↓ to
 * a task outside the rendered rows (the row window follows the scroll and renders it), a key move past the
 * view's edge, a drop that re-sorts its row. Scrolling away by hand is left alone until the next change. Rows
 * are at `row × rowHeight` and bars at their dates, so nothing needs to be rendered to know where to go.
 * The first task of a group brings its group's row along (Home, or ↑ into it, shows which specialty it is).
 * Returns the same step to call at once (before focusing a bar, so what is placed beside it sees it in view).
 */
export function useKeepInView(
  ref: RefObject<HTMLElement | null>,
  rows: readonly TimelineRow[],
  followed: () => FollowedBar | null,
  endsOf: (id: string) => TaskEnds | null,
  options: KeepInViewOptions,
) {
  const shown = useRef('');
  const reveal = () => {
    const el = ref.current;
    const bar = followed();
    const ends = bar && endsOf(bar.id);
    if (!el || !bar || !ends || ends.folded) {
      shown.current = '';
      return;
    }
    const key = `${bar.id} ${ends.centre} ${ends.left} ${ends.right}`;
    if (key === shown.current) return;
    shown.current = key;
    const { rowHeight, headerHeight, labelWidth, margin } = options;
    const row = Math.floor(ends.centre / rowHeight);
    const top = headerHeight + (rows[row - 1]?.kind === 'group' ? row - 1 : row) * rowHeight;
    const scrollTop = revealScroll({ scroll: el.scrollTop, size: el.clientHeight, inset: headerHeight }, top, headerHeight + (row + 1) * rowHeight, 'end');
    const scrollLeft = revealScroll({ scroll: el.scrollLeft, size: el.clientWidth, inset: labelWidth }, labelWidth + ends.left, labelWidth + ends.right, bar.lead, margin);
    if (scrollTop !== el.scrollTop) el.scrollTop = scrollTop;
    if (scrollLeft !== el.scrollLeft) el.scrollLeft = scrollLeft;
  };
  useLayoutEffect(reveal);
  return reveal;
}
