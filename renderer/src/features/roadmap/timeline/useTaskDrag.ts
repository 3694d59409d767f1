import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { addDays } from './scale.ts';
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

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
const THRESHOLD_PX = 3;

function shifted(task: TimelineTask, mode: DragMode, days: number): DatePreview {
  if (mode === 'move') return { start: addDays(task.start, days), end: addDays(task.end, days) };
  if (mode === 'start') return { start: addDays(task.start, days), end: task.end };
  return { start: task.start, end: addDays(task.end, days) };
}

/**
 * Drag to move, drag an end to resize, in whole days. While dragging, and while the write is in flight, the bar
 * shows the new dates (`previews`); a refused move drops the preview so the bar snaps back, and the reason goes
 * to `onRefused`. After a stored move the preview stays until the data comes back with the same dates.
 */
export function useTaskDrag(pxPerDay: number, onMove: MoveHandler, onRefused: (reason: string) => void) {
  const [previews, setPreviews] = useState<ReadonlyMap<string, DatePreview>>(new Map());
  const active = useRef<ActiveDrag | null>(null);
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
      void onMove(drag.task, start, end).then((refusal) => {
        if (refusal === null) {
          settled.current.add(drag.task.id);
          dropArrived();
          return;
        }
        setPreview(drag.task.id, null);
        onRefused(refusal);
      });
    };
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    return () => {
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
    };
  }, [pxPerDay, onMove, onRefused, setPreview, dropArrived]);

  const begin = useCallback((task: TimelineTask, mode: DragMode, e: ReactPointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
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

  const isDragging = useCallback(() => active.current !== null, []);
  return { previews, begin, reconcile, isDragging };
}
