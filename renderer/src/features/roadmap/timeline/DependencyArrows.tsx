import { startsBeforePrerequisiteEnds } from '#shared/domain/index.ts';
import { ARROW_COLORS } from './colors.ts';
import { arrowPoints, clippedPath, type ArrowLine } from './arrowPath.ts';
import type { RowModel } from './rows.ts';

export interface ArrowEnds extends ArrowLine {
  key: string;
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
 * Arrows for every dependency that crosses `rows[first..last)`: one end there, or both outside on either side
 * (an arrow into a task far below still leaves its prerequisite on screen, and one from far above still comes
 * into its dependant). A folded group's row stands for its tasks: their arrows from outside the group end on
 * it. O(dependencies) per call, no row outside the window is looked at: row positions are arithmetic.
 */
export function arrowEnds(model: RowModel, first: number, last: number, endsOf: (taskId: string) => TaskEnds | null): ArrowEnds[] {
  const arrows: ArrowEnds[] = [];
  for (const link of model.links) {
    if (link.bottom < first || link.top >= last) continue;
    const from = endsOf(link.prerequisite);
    const to = from && endsOf(link.dependant);
    if (from && to) arrows.push(arrow(link.prerequisite, link.dependant, from, to));
  }
  return arrows;
}

/** Red and thicker: a broken dependency, until a move fixes it. Dashed: it leads into a folded group. */
const { normal: ARROW_COLOR, late: LATE_COLOR } = ARROW_COLORS;
export const FOLDED_DASH = '4 3';

/**
 * Covers only the rendered rows, whose window starts `offset` px down the body: arrow ends are body coordinates,
 * and each arrow is cut at the window's edges (no arrow head where its dependant is outside).
 */
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
        {arrows.map((a) => {
          const { d, reachesEnd } = clippedPath(arrowPoints(a), offset, offset + height);
          return (
            <path
              key={a.key}
              d={d}
              fill="none"
              stroke={a.late ? LATE_COLOR : ARROW_COLOR}
              strokeWidth={a.late ? 1.6 : 1.2}
              strokeDasharray={a.folded ? FOLDED_DASH : undefined}
              markerEnd={reachesEnd ? `url(#${a.late ? 'rt-arrow-late' : 'rt-arrow'})` : undefined}
              data-testid="roadmap-arrow"
              data-arrow={a.key}
              data-late={a.late ? 'true' : undefined}
              data-folded={a.folded ? 'true' : undefined}
            />
          );
        })}
      </g>
    </svg>
  );
}
