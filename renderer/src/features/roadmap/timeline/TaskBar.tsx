import { memo, type PointerEvent } from 'react';
import { MILESTONE_STATUS_LABELS } from '#shared/domain/index.ts';
import { barColors } from './colors.ts';
import { chineseDate } from './scale.ts';
import type { DragMode } from './useTaskDrag.ts';
import type { TimelineTask } from './types.ts';

interface TaskBarProps {
  task: TimelineTask;
  start: string;
  end: string;
  left: number;
  width: number;
  top: number;
  rowHeight: number;
  dragging: boolean;
  /** The timeline's one Tab stop among the bars (roving focus: the arrow keys move it, see useBarKeyboard). */
  tabbable: boolean;
  /** Id of the hidden text that tells what the keys do. */
  describedBy: string;
  onPointerDown: (task: TimelineTask, mode: DragMode, e: PointerEvent) => void;
  onHover: (task: TimelineTask | null, e?: PointerEvent) => void;
}

const BAR_HEIGHT = 16;

/** What a screen reader says for a bar: name, dates, status, overdue. */
export function barLabel(task: TimelineTask, start: string, end: string): string {
  const dates = start === end ? `里程碑，${chineseDate(start)}` : `${chineseDate(start)}至${chineseDate(end)}`;
  return `${task.title}，${dates}，${MILESTONE_STATUS_LABELS[task.status]}${task.overdue ? '，已逾期' : ''}`;
}

/**
 * One task: a bar with resize handles at both ends, or a diamond when it is a point milestone (start = end).
 * Focusable; its keys are handled once for all bars by the timeline (useBarKeyboard), by `data-bar-id`.
 */
export const TaskBar = memo(function TaskBar({ task, start, end, left, width, top, rowHeight, dragging, tabbable, describedBy, onPointerDown, onHover }: TaskBarProps) {
  const { fill, border } = barColors(task.status, task.overdue);
  const common = {
    'data-testid': `roadmap-bar-${task.id}`,
    'data-bar-id': task.id,
    'data-start': start,
    'data-end': end,
    'data-overdue': task.overdue ? 'true' : undefined,
    role: 'button',
    'aria-roledescription': '任务条',
    'aria-label': barLabel(task, start, end),
    'aria-describedby': describedBy,
    tabIndex: tabbable ? 0 : -1,
    onPointerEnter: (e: PointerEvent) => onHover(task, e),
    onPointerLeave: () => onHover(null),
  };
  if (start === end) {
    return (
      <div
        {...common}
        className={`rt-diamond${dragging ? ' rt-bar-dragging' : ''}${task.overdue ? ' rt-bar-overdue' : ''}`}
        style={{ left: left + width / 2 - 7, top: top + (rowHeight - 14) / 2, background: fill, borderColor: border }}
        onPointerDown={(e) => onPointerDown(task, 'move', e)}
      />
    );
  }
  return (
    <div
      {...common}
      className={`rt-bar${dragging ? ' rt-bar-dragging' : ''}${task.overdue ? ' rt-bar-overdue' : ''}`}
      style={{ left, width: Math.max(width, 4), top: top + (rowHeight - BAR_HEIGHT) / 2, height: BAR_HEIGHT, background: fill, borderColor: border, opacity: task.status === 'CANCELLED' ? 0.7 : undefined }}
      onPointerDown={(e) => onPointerDown(task, 'move', e)}
    >
      <div className="rt-handle rt-handle-start" data-testid={`roadmap-bar-${task.id}-start`} onPointerDown={(e) => onPointerDown(task, 'start', e)} />
      <div className="rt-handle rt-handle-end" data-testid={`roadmap-bar-${task.id}-end`} onPointerDown={(e) => onPointerDown(task, 'end', e)} />
    </div>
  );
});
