import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { keyboardDates, type KeySteps } from './keyboard.ts';
import { addDays, type Zoom } from './scale.ts';
import type { MoveHandler, TimelineTask } from './types.ts';

export type DragMode = 'move' | 'start' | 'end';

export interface DatePreview {
  start: string;
  end: string;
}

interface ActiveDrag {
  task: TimelineTask;
  mode: DragMode;
  originX: number;
  days: number;
}

/** A keyboard move in progress: shown as a preview until Enter (or leaving the bar) drops it, or Escape. */
interface KeyMove {
  task: TimelineTask;
  /** The dates shown when the move began (a previous drop may still be in flight): where Escape returns. */
  before: DatePreview;
  /** What `steps` count from: `before`, or where the move was when the zoom changed (steps differ by zoom). */
  base: DatePreview;
  zoom: Zoom;
  steps: KeySteps;
}

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
const THRESHOLD_PX = 3;

function shifted(task: TimelineTask, mode: DragMode, days: number): DatePreview {
  if (mode === 'move') return { start: addDays(task.start, days), end: addDays(task.end, days) };
  if (mode === 'start') return { start: addDays(task.start, days), end: task.end };
  return { start: task.start, end: addDays(task.end, days) };
}

/**
 * Drag to move, drag an end to resize, in whole days; or the keyboard's steps (`nudge`, then `dropKeyMove` or
 * `cancelKeyMove`). While dragging, and while the write is in flight, the bar shows the new dates (`previews`);
 * a refused move drops the preview so the bar snaps back, and the reason goes to `onRefused`. After a stored
 * move the preview stays until the data comes back with the same dates. Mouse and keyboard drop the same way.
 */
export function useTaskDrag(pxPerDay: number, onMove: MoveHandler, onRefused: (reason: string) => void) {
  const [previews, setPreviews] = useState<ReadonlyMap<string, DatePreview>>(new Map());
  const active = useRef<ActiveDrag | null>(null);
  const keyMove = useRef<KeyMove | null>(null);
  const settled = useRef(new Set<string>());
  /** The latest view of the data, so a write that finishes after its data arrived can still drop its preview. */
  const lookup = useRef<(id: string) => TimelineTask | undefined>(() => undefined);

  const dropArrived = useCallback(() => {
    if (settled.current.size === 0) return;
    setPreviews((old) => {
      const next = new Map(old);
      for (const id of settled.current) {
        const task = lookup.current(id);
        const preview = next.get(id);
        if (!task || (preview && task.start === preview.start && task.end === preview.end)) {
          next.delete(id);
          settled.current.delete(id);
        }
      }
      return next.size === old.size ? old : next;
    });
  }, []);

  const setPreview = useCallback((id: string, preview: DatePreview | null) => {
    setPreviews((old) => {
      const next = new Map(old);
      if (preview) next.set(id, preview);
      else next.delete(id);
      return next;
    });
  }, []);

  /** Writes the new dates; the preview stays until they arrive, or goes (the bar springs back) when refused. */
  const drop = useCallback(
    (task: TimelineTask, start: string, end: string) => {
      void onMove(task, start, end).then((refusal) => {
        if (refusal === null) {
          settled.current.add(task.id);
          dropArrived();
          return;
        }
        setPreview(task.id, null);
        onRefused(refusal);
      });
    },
    [onMove, onRefused, setPreview, dropArrived],
  );

  /** Back to what the bar showed before: its data, or the dates of a drop still in flight. */
  const restore = useCallback(
    (task: TimelineTask, shown: DatePreview) => {
      if (shown.start === task.start && shown.end === task.end) return setPreview(task.id, null);
      setPreview(task.id, shown);
      settled.current.add(task.id);
      dropArrived();
    },
    [setPreview, dropArrived],
  );

  useEffect(() => {
    const onPointerMove = (e: PointerEvent) => {
      const drag = active.current;
      if (!drag) return;
      const dx = e.clientX - drag.originX;
      if (drag.days === 0 && Math.abs(dx) < THRESHOLD_PX) return;
      const days = Math.round(dx / pxPerDay);
      if (days === drag.days) return;
      drag.days = days;
      settled.current.delete(drag.task.id);
      setPreview(drag.task.id, shifted(drag.task, drag.mode, days));
    };
    const onPointerUp = () => {
      const drag = active.current;
      if (!drag) return;
      active.current = null;
      document.body.style.cursor = '';
      if (drag.days === 0) {
        setPreview(drag.task.id, null);
        return;
      }
      const { start, end } = shifted(drag.task, drag.mode, drag.days);
      drop(drag.task, start, end);
    };
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    return () => {
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
    };
  }, [pxPerDay, setPreview, drop]);

  const begin = useCallback((task: TimelineTask, mode: DragMode, e: ReactPointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    if (keyMove.current?.task.id === task.id) keyMove.current = null; // the mouse takes over from the keyboard
    active.current = { task, mode, originX: e.clientX, days: 0 };
    document.body.style.cursor = mode === 'move' ? 'grabbing' : 'ew-resize';
  }, []);

  /** Called with the tasks as they now are in the data: stored moves have arrived, their previews go. */
  const reconcile = useCallback(
    (current: (id: string) => TimelineTask | undefined) => {
      lookup.current = current;
      dropArrived();
    },
    [dropArrived],
  );

  /** Enter, or focus leaving the bar: writes the keyboard move in progress. False when there was none. */
  const dropKeyMove = useCallback((): boolean => {
    const move = keyMove.current;
    if (!move) return false;
    keyMove.current = null;
    const { start, end } = keyboardDates(move.base, move.zoom, move.steps);
    if (start === move.before.start && end === move.before.end) restore(move.task, move.before);
    else drop(move.task, start, end);
    return true;
  }, [restore, drop]);

  /**
   * One arrow press on `task`, whose bar shows `shown`: moves it (or with `resize`, its end) one step of `zoom`.
   * A press on another task first drops the move in progress. Returns the dates now shown.
   */
  const nudge = useCallback(
    (task: TimelineTask, shown: DatePreview, zoom: Zoom, direction: 1 | -1, resize: boolean): DatePreview => {
      if (keyMove.current && keyMove.current.task.id !== task.id) dropKeyMove();
      let move = keyMove.current;
      if (!move) move = keyMove.current = { task, before: shown, base: shown, zoom, steps: { move: 0, end: 0 } };
      if (move.zoom !== zoom) move = keyMove.current = { ...move, base: keyboardDates(move.base, move.zoom, move.steps), zoom, steps: { move: 0, end: 0 } };
      if (resize) move.steps.end += direction;
      else move.steps.move += direction;
      const dates = keyboardDates(move.base, zoom, move.steps);
      settled.current.delete(task.id);
      setPreview(task.id, dates);
      return dates;
    },
    [setPreview, dropKeyMove],
  );

  /** Escape: the bar goes back to where the keyboard move began. False when there was none. */
  const cancelKeyMove = useCallback((): boolean => {
    const move = keyMove.current;
    if (!move) return false;
    keyMove.current = null;
    restore(move.task, move.before);
    return true;
  }, [restore]);

  const isDragging = useCallback(() => active.current !== null, []);
  const keyMoveOf = useCallback(() => keyMove.current?.task.id ?? null, []);
  return { previews, begin, reconcile, isDragging, nudge, dropKeyMove, cancelKeyMove, keyMoveOf };
}
