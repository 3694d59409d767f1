import type { TimelineRow } from './types.ts';

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
}

export interface RowGeometry {
  left: number;
  right: number;
  centre: number;
  start: string;
  end: string;
}

/**
 * Arrows for the dependants among `rows[first..last)`, from every prerequisite that is shown (its own row may
 * be off screen: row positions are arithmetic, so nothing else needs rendering).
 */
export function arrowEnds(
  rows: readonly TimelineRow[],
  indexOfTask: ReadonlyMap<string, number>,
  first: number,
  last: number,
  geometry: (row: number) => RowGeometry | null,
): ArrowEnds[] {
  const arrows: ArrowEnds[] = [];
  for (let i = first; i < last; i++) {
    const row = rows[i];
    if (row?.kind !== 'task') continue;
    const to = geometry(i);
    if (!to) continue;
    for (const dep of row.task.dependsOn) {
      const j = indexOfTask.get(dep);
      if (j === undefined) continue;
      const from = geometry(j);
      if (!from) continue;
      arrows.push({ key: `${dep}>${row.task.id}`, fromX: from.right, fromY: from.centre, toX: to.left, toY: to.centre, late: from.end > to.start });
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

/** Covers only the rendered rows, whose window starts `offset` px down the body: arrow ends are body coordinates. */
export function DependencyArrows({ arrows, width, offset, height }: { arrows: ArrowEnds[]; width: number; offset: number; height: number }) {
  return (
    <svg className="rt-arrows" width={width} height={height} aria-hidden="true" data-testid="roadmap-arrows">
      <defs>
        <marker id="rt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill="#8c8c8c" />
        </marker>
        <marker id="rt-arrow-late" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill="#cf1322" />
        </marker>
      </defs>
      <g transform={`translate(0,${-offset})`}>
        {arrows.map((a) => (
          <path
            key={a.key}
            d={path(a)}
            fill="none"
            stroke={a.late ? '#cf1322' : '#8c8c8c'}
            strokeWidth={1.2}
            strokeDasharray={a.late ? '4 3' : undefined}
            markerEnd={`url(#${a.late ? 'rt-arrow-late' : 'rt-arrow'})`}
          />
        ))}
      </g>
    </svg>
  );
}
