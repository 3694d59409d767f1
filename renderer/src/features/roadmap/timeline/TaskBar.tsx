import { memo, type PointerEvent } from 'react';
import { barColors } from './colors.ts';
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
  onPointerDown: (task: TimelineTask, mode: DragMode, e: PointerEvent) => void;
  onHover: (task: TimelineTask | null, e?: PointerEvent) => void;
}

const BAR_HEIGHT = 16;

/** One task: a bar with resize handles at both ends, or a diamond when it is a point milestone (start = end). */
export const TaskBar = memo(function TaskBar({ task, start, end, left, width, top, rowHeight, dragging, onPointerDown, onHover }: TaskBarProps) {
  const { fill, border } = barColors(task.status, task.overdue);
  const common = {
    'data-testid': `roadmap-bar-${task.id}`,
    'data-start': start,
    'data-end': end,
    'data-overdue': task.overdue ? 'true' : undefined,
    'aria-label': `${task.title}，${start === end ? start : `${start} 至 ${end}`}${task.overdue ? '，已逾期' : ''}`,
    onPointerEnter: (e: PointerEvent) => onHover(task, e),
    onPointerLeave: () => onHover(null),
  };
  if (start === end) {
    return (
      <div
        {...common}
        role="img"
        className={`rt-diamond${dragging ? ' rt-bar-dragging' : ''}${task.overdue ? ' rt-bar-overdue' : ''}`}
        style={{ left: left + width / 2 - 7, top: top + (rowHeight - 14) / 2, background: fill, borderColor: border }}
        onPointerDown={(e) => onPointerDown(task, 'move', e)}
      />
    );
  }
  return (
    <div
      {...common}
      role="img"
      className={`rt-bar${dragging ? ' rt-bar-dragging' : ''}${task.overdue ? ' rt-bar-overdue' : ''}`}
      style={{ left, width: Math.max(width, 4), top: top + (rowHeight - BAR_HEIGHT) / 2, height: BAR_HEIGHT, background: fill, borderColor: border, opacity: task.status === 'CANCELLED' ? 0.7 : undefined }}
      onPointerDown={(e) => onPointerDown(task, 'move', e)}
    >
      <div className="rt-handle rt-handle-start" data-testid={`roadmap-bar-${task.id}-start`} onPointerDown={(e) => onPointerDown(task, 'start', e)} />
      <div className="rt-handle rt-handle-end" data-testid={`roadmap-bar-${task.id}-end`} onPointerDown={(e) => onPointerDown(task, 'end', e)} />
    </div>
  );
});
