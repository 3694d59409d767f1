// How far to scroll so that a focused bar is on screen: the least scroll that shows it, as an editor keeps its
// caret in view. Pure: the timeline applies it to both axes (see useKeepInView).

/** One axis of a scroll container. `inset`: the part of the view at its start covered by sticky content. */
export interface ScrollAxis {
  scroll: number;
  size: number;
  inset: number;
}

/**
 * The scroll offset that shows `[start, end]` (content coordinates, with `margin` of room on both sides) with
 * the least movement: unchanged when it is in view already, else just enough that its far edge meets the
 * view's edge. When it is longer than the view, its `lead` end (the one a key is moving) is what must show:
 * left alone while it is in view, else put at its own side of the view (a start at the left edge), so the
 * rest of the bar fills the view.
 */
export function revealScroll({ scroll, size, inset }: ScrollAxis, start: number, end: number, lead: 'start' | 'end', margin = 0): number {
  const viewStart = scroll + inset;
  const viewSize = Math.max(0, size - inset);
  const viewEnd = viewStart + viewSize;
  const from = start - margin;
  const to = end + margin;
  const alignStart = Math.max(0, from - inset);
  const alignEnd = Math.max(0, to - viewSize - inset);
  if (to - from > viewSize) {
    const [edgeFrom, edgeTo] = lead === 'start' ? [from, start + margin] : [end - margin, to];
    if (edgeFrom >= viewStart && edgeTo <= viewEnd) return scroll;
    return lead === 'start' ? alignStart : alignEnd;
  }
  if (from < viewStart) return alignStart;
  if (to > viewEnd) return alignEnd;
  return scroll;
}
