import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { DependencyArrows, arrowEnds, type TaskEnds } from './DependencyArrows.tsx';
import { RowLabel } from './RowLabel.tsx';
import { KEY_STEPS } from './keyboard.ts';
import { buildRows, taskRowFrom, yearRange } from './rows.ts';
import { timeScale, type TimeScale, type Zoom } from './scale.ts';
import { TaskBar } from './TaskBar.tsx';
import { TaskTooltip } from './TaskTooltip.tsx';
import { HEADER_HEIGHT, TimelineGrid, TimelineHeader } from './TimelineHeader.tsx';
import { useBarKeyboard } from './useBarKeyboard.ts';
import { useRowWindow } from './useRowWindow.ts';
import { useTaskDrag } from './useTaskDrag.ts';
import type { MoveHandler, TimelineGroup, TimelineMarker, TimelineTask } from './types.ts';
import './timeline.css';

export type { MoveHandler, TimelineGroup, TimelineMarker, TimelineTask } from './types.ts';
export { ZOOM_LABELS, type Zoom } from './scale.ts';
export { STATUS_COLORS, OVERDUE_COLORS, TODAY_COLOR, ARROW_COLORS } from './colors.ts';

const ROW_HEIGHT = 32;
const LABEL_WIDTH = 340;
const KEEP_IN_VIEW = { rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT, labelWidth: LABEL_WIDTH, margin: 24 };

interface RoadmapTimelineProps {
  groups: readonly TimelineGroup[];
  zoom: Zoom;
  markers: readonly TimelineMarker[];
  /** ISO date: the 今天 line. */
  today: string;
  collapsed: ReadonlySet<string>;
  onToggleGroup: (groupId: string) => void;
  onMove: MoveHandler;
  onRefused: (reason: string) => void;
  /** Enter on a bar (no move in progress) or a double click: open the task; `groupId` is its group's id. */
  onOpen?: (task: TimelineTask, groupId: string) => void;
  height: number | string;
}

/**
 * Opens at the first task (the year before it is only room to drag into), and keeps the date in the middle
 * of the view in the middle when the zoom changes.
 */
function useHorizontalScroll(ref: RefObject<HTMLDivElement | null>, scale: TimeScale, firstStart: string | null) {
  const previous = useRef<TimeScale | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const before = previous.current;
    previous.current = scale;
    if (!el) return;
    if (!before) {
      if (firstStart) el.scrollLeft = Math.max(0, scale.x(firstStart) - 24);
      return;
    }
    if (before.zoom === scale.zoom) return;
    const view = el.clientWidth - LABEL_WIDTH;
    const day = before.origin + (el.scrollLeft + view / 2) / before.pxPerDay;
    el.scrollLeft = Math.max(0, (day - scale.origin) * scale.pxPerDay - view / 2);
  }, [ref, scale, firstStart]);
}

/**
 * The 路线图 Gantt: groups (specialties) with their tasks, virtualised by row so thousands of tasks stay
 * smooth; markers, today, dependency arrows, drag or the keyboard to move and resize. The only component the
 * app uses for the timeline: everything in this folder stays behind it.
 */
export function RoadmapTimeline({ groups, zoom, markers, today, collapsed, onToggleGroup, onMove, onRefused, onOpen, height }: RoadmapTimelineProps) {
  const ref = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const model = useMemo(() => buildRows(groups, collapsed), [groups, collapsed]);
  const { rows, indexOfTask, foldedRowOfTask } = model;
  const range = useMemo(() => yearRange(groups, markers.map((m) => m.date)), [groups, markers]);
  const scale = useMemo(() => timeScale(zoom, range.first, range.last), [zoom, range.first, range.last]);
  useHorizontalScroll(ref, scale, range.firstStart);
  const { first, last, firstVisible, lastVisible } = useRowWindow(ref, ROW_HEIGHT, HEADER_HEIGHT, rows.length);
  const drag = useTaskDrag(scale.pxPerDay, onMove, onRefused);
  const { previews, begin, reconcile, isDragging } = drag;

  const taskById = useMemo(() => {
    const map = new Map<string, TimelineTask>();
    for (const g of groups) for (const t of g.tasks) map.set(t.id, t);
    return map;
  }, [groups]);
  useEffect(() => reconcile((id) => taskById.get(id)), [taskById, reconcile]);

  const [hover, setHover] = useState<{ task: TimelineTask; x: number; y: number } | null>(null);
  const onHover = useCallback(
    (task: TimelineTask | null, e?: PointerEvent) => {
      if (isDragging()) return;
      setHover(task && e ? { task, x: e.clientX, y: e.clientY } : null);
    },
    [isDragging],
  );

  const datesOf = (task: TimelineTask) => previews.get(task.id) ?? task;
  const endsOf = (id: string): TaskEnds | null => {
    const i = indexOfTask.get(id);
    const row = i === undefined ? undefined : rows[i];
    if (i !== undefined && row?.kind === 'task') {
      const { start, end } = datesOf(row.task);
      const centre = i * ROW_HEIGHT + ROW_HEIGHT / 2;
      if (start === end) {
        const mid = scale.x(start) + scale.pxPerDay / 2;
        return { left: mid - 9, right: mid + 9, centre, start, end, folded: false };
      }
      return { left: scale.x(start), right: scale.x(end) + scale.pxPerDay, centre, start, end, folded: false };
    }
    // Hidden in a folded group: on the group's summary row, at the task's own dates.
    const g = foldedRowOfTask.get(id);
    const task = g === undefined ? undefined : taskById.get(id);
    if (g === undefined || !task) return null;
    return { left: scale.x(task.start), right: scale.x(task.end) + scale.pxPerDay, centre: g * ROW_HEIGHT + ROW_HEIGHT / 2, start: task.start, end: task.end, folded: true };
  };
  const arrows = arrowEnds(model, first, last, endsOf);

  const keyboard = useBarKeyboard({
    scrollRef: ref,
    model,
    zoom,
    datesOf,
    endsOf,
    view: KEEP_IN_VIEW,
    drag,
    onOpen,
    onFocusTask: (task, bar) => {
      const box = bar.getBoundingClientRect();
      setHover({ task, x: box.left, y: box.bottom });
    },
    onBlurTask: (task) => setHover((h) => (h?.task.id === task.id ? null : h)),
  });
  // One bar is the Tab stop: the last one focused while its row is drawn, else the first on screen.
  const activeRow = keyboard.activeId === null ? undefined : indexOfTask.get(keyboard.activeId);
  const tabRow = activeRow !== undefined && activeRow >= first && activeRow < last ? activeRow : taskRowFrom(rows, firstVisible - 1, 'next');
  const bodyHeight = rows.length * ROW_HEIGHT;
  const windowTop = first * ROW_HEIGHT;
  const windowHeight = Math.max(0, (last - first) * ROW_HEIGHT);
  // Rows keep their body coordinates (so memoised rows do not re-render as the window moves); this lifts them
  // into the window.
  const shift = { position: 'absolute', left: 0, right: 0, top: 0, transform: `translateY(${-windowTop}px)` } as const;

  const visible = [];
  for (let i = first; i < last; i++) visible.push({ row: rows[i]!, i });

  return (
    <div
      ref={ref}
      className="rt-scroll"
      style={{ height }}
      role="region"
      aria-label="路线图时间轴"
      data-testid="roadmap-timeline"
      data-zoom={zoom}
      data-rows={rows.length}
      {...keyboard.handlers}
    >
      <div id={helpId} hidden>
        {`左右方向键将任务前后移动${KEY_STEPS[zoom].label}，按住 Shift 调整结束日期，Enter 确认调整或打开任务，Esc 取消调整，上下方向键切换任务`}
      </div>
      <div className="rt-live" aria-live="polite" data-testid="roadmap-announcement">
        {keyboard.announcement}
      </div>
      <div className="rt-content" style={{ width: LABEL_WIDTH + scale.width }}>
        <TimelineHeader scale={scale} labelWidth={LABEL_WIDTH} markers={markers} today={today} />
        {/* Only the rendered rows are painted: a window as tall as them, placed at their offset inside a
            body that is merely as tall as all rows (so the scrollbar is right). Tall painted layers cost every frame. */}
        <div className="rt-body" style={{ height: bodyHeight }}>
          <div className="rt-window" style={{ top: windowTop, height: windowHeight, width: LABEL_WIDTH + scale.width }}>
            <div className="rt-labels" style={{ width: LABEL_WIDTH }}>
              <div style={shift}>
                {visible.map(({ row, i }) => (
                  <RowLabel
                    key={row.kind === 'group' ? `g:${row.group.id}` : row.task.id}
                    row={row}
                    top={i * ROW_HEIGHT}
                    height={ROW_HEIGHT}
                    // Rows drawn off screen (overscan) are not Tab stops: tabbing to one would scroll the view away.
                    tabbable={row.kind === 'group' && i >= firstVisible && i < lastVisible}
                    onToggle={onToggleGroup}
                  />
                ))}
              </div>
            </div>
            <div className="rt-area" style={{ width: scale.width }}>
              <div style={shift}>
                {visible.map(({ row, i }) =>
                  row.kind === 'group' ? <div key={`b:${row.group.id}`} className="rt-row-band rt-row-band-group" style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }} /> : null,
                )}
              </div>
              <TimelineGrid scale={scale} markers={markers} today={today} />
              <div style={{ ...shift, zIndex: 2 }}>
                {visible.map(({ row, i }) => {
                  if (row.kind === 'group') {
                    if (!row.start || !row.end) return null;
                    const left = scale.x(row.start);
                    return <div key={`s:${row.group.id}`} className="rt-summary" style={{ left, width: scale.x(row.end) + scale.pxPerDay - left, top: i * ROW_HEIGHT + ROW_HEIGHT / 2 - 3 }} />;
                  }
                  const { start, end } = datesOf(row.task);
                  const left = scale.x(start);
                  return (
                    <TaskBar
                      key={row.task.id}
                      task={row.task}
                      start={start}
                      end={end}
                      left={left}
                      width={scale.x(end) + scale.pxPerDay - left}
                      top={i * ROW_HEIGHT}
                      rowHeight={ROW_HEIGHT}
                      dragging={previews.has(row.task.id)}
                      tabbable={i === tabRow}
                      describedBy={helpId}
                      onPointerDown={begin}
                      onHover={onHover}
                    />
                  );
                })}
              </div>
              <DependencyArrows arrows={arrows} width={scale.width} offset={windowTop} height={windowHeight} />
            </div>
          </div>
        </div>
      </div>
      {hover && (
        <TaskTooltip
          task={hover.task}
          start={datesOf(hover.task).start}
          end={datesOf(hover.task).end}
          x={hover.x}
          y={hover.y}
          dependencyTitles={hover.task.dependsOn.map((id) => taskById.get(id)?.title ?? id)}
        />
      )}
    </div>
  );
}
