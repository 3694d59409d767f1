// What the keys do on a focused task bar, and how far one press moves it. Pure: the hook that applies it is
// useBarKeyboard.ts.
import { addDays, addMonths, type Zoom } from './scale.ts';
import type { DatePreview } from './useTaskDrag.ts';

/**
 * One arrow press: a day at 月, a week at 季度, a calendar month at 年 — the smallest step that still moves the
 * bar visibly at that zoom (3.6, 7 and ~9 px), and a unit the header shows.
 */
export const KEY_STEPS: Record<Zoom, { unit: 'day' | 'month'; count: number; label: string }> = {
  MONTH: { unit: 'day', count: 1, label: '1 天' },
  QUARTER: { unit: 'day', count: 7, label: '1 周' },
  YEAR: { unit: 'month', count: 1, label: '1 个月' },
};

/** `iso` moved by `steps` key steps of `zoom` (negative: earlier). */
export function stepDate(iso: string, zoom: Zoom, steps: number): string {
  const { unit, count } = KEY_STEPS[zoom];
  return unit === 'day' ? addDays(iso, steps * count) : addMonths(iso, steps * count);
}

/** Presses so far in one keyboard move: of the whole task (←/→) and of its end (Shift+←/→). */
export interface KeySteps {
  move: number;
  end: number;
}

/**
 * The dates after `steps`, always counted from the dates the move began with, so pressing back returns exactly
 * there (month steps clamp at month ends and are not reversible one by one). Moving shifts both ends by the
 * step (a month-aligned task stays aligned); the end's own steps come after. May give an end before the start:
 * the drop refuses that, as it does for the mouse.
 */
export function keyboardDates(base: DatePreview, zoom: Zoom, steps: KeySteps): DatePreview {
  const start = stepDate(base.start, zoom, steps.move);
  const end = stepDate(stepDate(base.end, zoom, steps.move), zoom, steps.end);
  return { start, end };
}

export type BarKeyAction =
  | { kind: 'move' | 'resize'; direction: 1 | -1 }
  | { kind: 'enter' | 'escape' | 'previous' | 'next' | 'first' | 'last' };

/** The action of a key press on a bar, or null to leave the key to the browser (with Ctrl, Alt or Meta, say). */
export function barKeyAction(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): BarKeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return { kind: e.shiftKey ? 'resize' : 'move', direction: e.key === 'ArrowLeft' ? -1 : 1 };
    case 'Enter':
      return e.shiftKey ? null : { kind: 'enter' };
    case 'Escape':
      return { kind: 'escape' };
    case 'ArrowUp':
      return { kind: 'previous' };
    case 'ArrowDown':
      return { kind: 'next' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    default:
      return null;
  }
}
