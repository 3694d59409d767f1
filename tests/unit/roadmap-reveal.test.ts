import { describe, expect, it } from 'vitest';
import { revealScroll } from '#renderer/features/roadmap/timeline/reveal.ts';

// A view 400 px wide with a 100 px sticky column at its start: content from scroll + 100 to scroll + 400 shows.
const at = (scroll: number) => ({ scroll, size: 400, inset: 100 });

describe('keeping a focused bar in view', () => {
  it('does not scroll while the bar and its margin are in view', () => {
    expect(revealScroll(at(0), 100, 400, 'start')).toBe(0);
    expect(revealScroll(at(500), 610, 700, 'end', 10)).toBe(500);
  });

  it('scrolls just far enough that the bar meets the edge it crossed, not to the middle', () => {
    expect(revealScroll(at(0), 380, 420, 'end', 10)).toBe(30); // past the right edge: its end + margin at the edge
    expect(revealScroll(at(0), 1000, 1050, 'end', 10)).toBe(660); // far right, the same
    expect(revealScroll(at(500), 560, 620, 'start', 10)).toBe(450); // under the sticky column: its start at the column
    expect(revealScroll(at(500), 20, 40, 'start', 10)).toBe(0); // never before the content's start
  });

  it('shows the lead end of a bar longer than the view, with the rest of the bar filling the view', () => {
    expect(revealScroll(at(0), 200, 1000, 'end', 10)).toBe(610); // moving right: the end at the right edge
    expect(revealScroll(at(900), 200, 1000, 'start', 10)).toBe(90); // moving left: the start at the left edge
    expect(revealScroll(at(0), 600, 1400, 'start', 10)).toBe(490); // a long bar off to the right: its start shows first
    expect(revealScroll(at(700), 200, 1000, 'end', 10)).toBe(700); // the end already in view: left alone
  });

  it('brings a row above or below the view to the edge it is nearest (the sticky header is the inset)', () => {
    const rows = (scroll: number) => ({ scroll, size: 600, inset: 72 });
    expect(revealScroll(rows(0), 72 + 20 * 32, 72 + 21 * 32, 'start')).toBe(21 * 32 + 72 - 600); // row 20, below
    expect(revealScroll(rows(1000), 72 + 10 * 32, 72 + 11 * 32, 'start')).toBe(10 * 32); // row 10, above: at the header
  });
});
