import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { barKeyAction } from './keyboard.ts';
import { taskRowFrom, type RowModel } from './rows.ts';
import type { Zoom } from './scale.ts';
import type { TaskEnds } from './DependencyArrows.tsx';
import { useKeepInView, type FollowedBar, type KeepInViewOptions } from './useKeepInView.ts';
import type { DatePreview } from './useTaskDrag.ts';
import type { TimelineTask } from './types.ts';

/** What the keyboard needs of useTaskDrag: the same previews and the same drop as the mouse. */
interface KeyboardDrag {
  nudge: (task: TimelineTask, shown: DatePreview, zoom: Zoom, direction: 1 | -1, resize: boolean) => DatePreview;
  dropKeyMove: () => boolean;
  cancelKeyMove: () => boolean;
  keyMoveOf: () => string | null;
}

interface BarKeyboardOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  model: RowModel;
  zoom: Zoom;
  datesOf: (task: TimelineTask) => DatePreview;
  /** Where a task's bar is (see useKeepInView), and the geometry of the view around the bars. */
  endsOf: (taskId: string) => TaskEnds | null;
  view: KeepInViewOptions;
  drag: KeyboardDrag;
  /** Enter (with no move in progress) or a double click: the task's own page. */
  onOpen?: (task: TimelineTask, groupId: string) => void;
  /** A bar got keyboard focus (show its details beside it), or lost it. */
  onFocusTask: (task: TimelineTask, bar: HTMLElement) => void;
  onBlurTask: (task: TimelineTask) => void;
}

const barOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof HTMLElement && target.dataset.barId !== undefined ? target : null;

const datesText = (d: DatePreview) => (d.start === d.end ? d.start : `${d.start} 至 ${d.end}`);

/**
 * The keyboard on the task bars, handled once for the whole timeline (the bars stay memoised): one Tab stop
 * among them (roving focus), ↑/↓/Home/End to go between tasks, ←/→ to move the focused one a step of the
 * zoom, Shift+←/→ to move its end. A keyboard move is a preview until Enter or leaving the bar drops it —
 * through the same drop as the mouse, so the same refusals — and Escape puts it back. Enter on a bar that is
 * not moving opens the task. `announcement` is for a live region: the dates while moving. The bar the
 * keyboard is on stays in view (useKeepInView) until focus leaves the bars or the mouse takes over.
 */
export function useBarKeyboard({ scrollRef, model, zoom, datesOf, endsOf, view, drag, onOpen, onFocusTask, onBlurTask }: BarKeyboardOptions) {
  const { rows, indexOfTask } = model;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The bar that has focus, kept while React moves it (a move re-sorts the rows) so focus can follow it. */
  const focused = useRef<HTMLElement | null>(null);
  /** A bar to focus once its row is rendered (Home/End go further than the rows drawn). */
  const pending = useRef<string | null>(null);
  /** The bar the keyboard is on (set by its keys and keyboard focus), which useKeepInView keeps on screen. */
  const followed = useRef<FollowedBar | null>(null);
  // Before the focus below: a bar focused once its row is rendered is already where it will stay.
  const reveal = useKeepInView(scrollRef, rows, () => followed.current, endsOf, view);

  const barElement = useCallback((id: string) => scrollRef.current?.querySelector<HTMLElement>(`[data-bar-id="${CSS.escape(id)}"]`) ?? null, [scrollRef]);

  useLayoutEffect(() => {
    if (pending.current !== null) {
      const el = barElement(pending.current);
      if (el) {
        pending.current = null;
        el.focus({ preventScroll: true });
      }
    }
    // Moving a focused element in the DOM drops its focus; the user did not leave, so it goes back.
    const el = focused.current;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (el && el.isConnected && lost) el.focus({ preventScroll: true });
  });

  /** The browser would centre a focused bar: useKeepInView scrolls it in instead, as little as it can. */
  const focusRow = (row: number) => {
    const target = rows[row];
    if (target?.kind !== 'task') return;
    followed.current = { id: target.task.id, lead: 'start' };
    reveal();
    setActiveId(target.task.id);
    const el = barElement(target.task.id);
    if (el) return el.focus({ preventScroll: true });
    pending.current = target.task.id; // the scroll renders its row
  };

  const taskAt = (target: EventTarget | null) => {
    const bar = barOf(target);
    const i = bar ? indexOfTask.get(bar.dataset.barId!) : undefined;
    const row = i === undefined ? undefined : rows[i];
    return row?.kind === 'task' && bar && i !== undefined ? { bar, row, i } : null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const at = taskAt(e.target);
    const action = at && barKeyAction(e);
    if (!at || !action) return;
    const { task, groupId } = at.row;
    switch (action.kind) {
      case 'move':
      case 'resize': {
        e.preventDefault();
        followed.current = { id: task.id, lead: action.kind === 'resize' || action.direction === 1 ? 'end' : 'start' };
        const dates = drag.nudge(task, datesOf(task), zoom, action.direction, action.kind === 'resize');
        setAnnouncement(`「${task.title}」调整为 ${datesText(dates)}，按 Enter 确认，按 Esc 取消`);
        return;
      }
      case 'enter':
        e.preventDefault();
        if (!drag.dropKeyMove()) onOpen?.(task, groupId);
        return;
      case 'escape':
        if (drag.cancelKeyMove()) {
          e.preventDefault();
          setAnnouncement(`已取消调整「${task.title}」`);
        }
        return;
      default: {
        e.preventDefault();
        // Keys pressed before a far bar is rendered go on from that bar, not from the one still focused.
        const from = pending.current === null ? at.i : (indexOfTask.get(pending.current) ?? at.i);
        const next = taskRowFrom(rows, from, action.kind);
        if (next !== null) focusRow(next);
      }
    }
  };

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const at = taskAt(e.target);
    if (!at) return;
    focused.current = at.bar;
    setActiveId(at.row.task.id);
    if (!at.bar.matches(':focus-visible')) return;
    if (followed.current?.id !== at.row.task.id) followed.current = { id: at.row.task.id, lead: 'start' };
    onFocusTask(at.row.task, at.bar);
  };

  const onBlur = (e: FocusEvent<HTMLElement>) => {
    const at = taskAt(e.target);
    // A bar taken out of the DOM (a re-sort) loses focus without the user leaving it: keep the move going.
    if (!at || !at.bar.isConnected) return;
    focused.current = null;
    if (followed.current?.id === at.row.task.id) followed.current = null;
    if (drag.keyMoveOf() === at.row.task.id) drag.dropKeyMove();
    onBlurTask(at.row.task);
  };

  const onDoubleClick = (e: MouseEvent<HTMLElement>) => {
    const bar = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-bar-id]') : null;
    const at = taskAt(bar);
    if (at) onOpen?.(at.row.task, at.row.groupId);
  };

  /** The mouse takes over: a drag of the focused bar must not scroll the view under the pointer. */
  const onPointerDownCapture = () => {
    followed.current = null;
  };

  return { activeId, announcement, handlers: { onKeyDown, onFocus, onBlur, onDoubleClick, onPointerDownCapture } };
}
