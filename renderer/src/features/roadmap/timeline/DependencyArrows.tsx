import { startsBeforePrerequisiteEnds } from '#shared/domain/index.ts';
import { ARROW_COLORS } from './colors.ts';
import type { RowModel } from './rows.ts';

export interface ArrowEnds {
  key: string;
  /** Right edge of the task that must finish first, and the row centre. */
  fromX: number;
  fromY: number;
  /** Left edge of the dependant task. */
  toX: number;
  toY: number;
  /** The dependant starts before its prerequisite ends (a finish-to-start violation). */
  late: boolean;
  /** One end is a task hidden in a folded group: the arrow ends on the group's summary row. */
  folded: boolean;
}

/** Where a task sits: its own row, or (`folded`) the summary row of the folded group that hides it. */
export interface TaskEnds {
  left: number;
  right: number;
  centre: number;
  start: string;
  end: string;
  folded: boolean;
}

function arrow(prerequisite: string, dependant: string, from: TaskEnds, to: TaskEnds): ArrowEnds {
  return {
    key: `${prerequisite}>${dependant}`,
    fromX: from.right,
    fromY: from.centre,
    toX: to.left,
    toY: to.centre,
    late: startsBeforePrerequisiteEnds(from, to),
    folded: from.folded || to.folded,
  };
}

/**
 * Arrows for the dependants among `rows[first..last)`, from every prerequisite that is shown or folded away
 * (its own row may be off screen: row positions are arithmetic, so nothing else needs rendering). A folded
 * group's row in the window stands for its tasks: their arrows from outside the group end on it. Arrows
 * between two tasks of one folded group are not drawn: both ends are the same row.
 */
export function arrowEnds(model: RowModel, first: number, last: number, endsOf: (taskId: string) => TaskEnds | null): ArrowEnds[] {
  const { rows, foldedRowOfTask } = model;
  const arrows: ArrowEnds[] = [];
  for (let i = first; i < last; i++) {
    const row = rows[i];
    if (row?.kind === 'task') {
      const to = endsOf(row.task.id);
      if (!to) continue;
      for (const dep of row.task.dependsOn) {
        const from = endsOf(dep);
        if (from) arrows.push(arrow(dep, row.task.id, from, to));
      }
    } else if (row?.collapsed) {
      for (const task of row.group.tasks) {
        for (const dep of task.dependsOn) {
          if (foldedRowOfTask.get(dep) === i) continue;
          const from = endsOf(dep);
          const to = from && endsOf(task.id);
          if (from && to) arrows.push(arrow(dep, task.id, from, to));
        }
      }
    }
  }
  return arrows;
}

/** Elbow path: out right from the prerequisite, down, then right into the dependant, with an arrow head. */
function path(a: ArrowEnds): string {
  const out = a.fromX + 8;
  if (a.toX - 8 >= out) return `M${a.fromX},${a.fromY} H${a.toX - 8} V${a.toY} H${a.toX}`;
  // The dependant starts left of the prerequisite's end: down half a row, back left, then down into it.
  const midY = a.fromY + (a.toY > a.fromY ? 14 : -14);
  return `M${a.fromX},${a.fromY} H${out} V${midY} H${a.toX - 8} V${a.toY} H${a.toX}`;
}

/** Red and thicker: a broken dependency, until a move fixes it. Dashed: it leads into a folded group. */
const { normal: ARROW_COLOR, late: LATE_COLOR } = ARROW_COLORS;
export const FOLDED_DASH = '4 3';

/** Covers only the rendered rows, whose window starts `offset` px down the body: arrow ends are body coordinates. */
export function DependencyArrows({ arrows, width, offset, height }: { arrows: ArrowEnds[]; width: number; offset: number; height: number }) {
  return (
    <svg className="rt-arrows" width={width} height={height} aria-hidden="true" data-testid="roadmap-arrows">
      <defs>
        <marker id="rt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill={ARROW_COLOR} />
        </marker>
        <marker id="rt-arrow-late" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill={LATE_COLOR} />
        </marker>
      </defs>
      <g transform={`translate(0,${-offset})`}>
        {arrows.map((a) => (
          <path
            key={a.key}
            d={path(a)}
            fill="none"
            stroke={a.late ? LATE_COLOR : ARROW_COLOR}
            strokeWidth={a.late ? 1.6 : 1.2}
            strokeDasharray={a.folded ? FOLDED_DASH : undefined}
            markerEnd={`url(#${a.late ? 'rt-arrow-late' : 'rt-arrow'})`}
            data-testid="roadmap-arrow"
            data-arrow={a.key}
            data-late={a.late ? 'true' : undefined}
            data-folded={a.folded ? 'true' : undefined}
          />
        ))}
      </g>
    </svg>
  );
}
