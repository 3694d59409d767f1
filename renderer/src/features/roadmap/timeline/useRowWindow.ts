import { useEffect, useState, type RefObject } from 'react';

/** Rows drawn above and below the visible ones, so a fast scroll does not show blank rows for a frame. */
const OVERSCAN = 8;

export interface RowWindow {
  first: number;
  /** Exclusive. */
  last: number;
  /** The rows wholly on screen, below the sticky header (`lastVisible` exclusive): the ones Tab may reach. */
  firstVisible: number;
  lastVisible: number;
}

/**
 * Which rows of a vertically scrolled list are on screen (plus overscan). Reads scrollTop once per animation
 * frame at most, and follows the container's size, so only ~40 of thousands of rows are ever in the DOM.
 */
export function useRowWindow(ref: RefObject<HTMLElement | null>, rowHeight: number, headerHeight: number, rowCount: number): RowWindow {
  const [view, setView] = useState({ top: 0, height: 800 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [ref]);
  const first = Math.max(0, Math.floor((view.top - headerHeight) / rowHeight) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  const firstVisible = Math.min(last, Math.max(first, Math.ceil(view.top / rowHeight)));
  const lastVisible = Math.max(firstVisible, Math.min(last, Math.floor((view.top + view.height - headerHeight) / rowHeight)));
  return { first, last, firstVisible, lastVisible };
}
