// The shape of a dependency arrow, and the part of it inside the rendered rows. Pure: DependencyArrows draws it.

export interface Point {
  x: number;
  y: number;
}

/** Where an arrow runs, in body coordinates. */
export interface ArrowLine {
  /** Right edge of the task that must finish first, and its row centre. */
  fromX: number;
  fromY: number;
  /** Left edge of the dependant task, and its row centre. */
  toX: number;
  toY: number;
}

/** Room between a bar and the arrow's elbow, and the half row the arrow runs along when it must turn back. */
const ELBOW = 8;
const TURN_BACK = 14;

/**
 * Elbow line: out right from the prerequisite, down (or up), then right into the dependant. When the dependant
 * starts left of the prerequisite's end: down half a row, back left, then down into it. Every segment is
 * horizontal or vertical, and the line only ever goes one way vertically (rows are at least a row apart).
 */
export function arrowPoints(a: ArrowLine): Point[] {
  const into = a.toX - ELBOW;
  const out = a.fromX + ELBOW;
  if (into >= out) return [{ x: a.fromX, y: a.fromY }, { x: into, y: a.fromY }, { x: into, y: a.toY }, { x: a.toX, y: a.toY }];
  const midY = a.fromY + (a.toY > a.fromY ? TURN_BACK : -TURN_BACK);
  return [
    { x: a.fromX, y: a.fromY },
    { x: out, y: a.fromY },
    { x: out, y: midY },
    { x: into, y: midY },
    { x: into, y: a.toY },
    { x: a.toX, y: a.toY },
  ];
}

/** The part of a horizontal or vertical segment between y = top and y = bottom, the way it points; null if none. */
function clipSegment(a: Point, b: Point, top: number, bottom: number): [Point, Point] | null {
  if (a.y === b.y) return a.y >= top && a.y <= bottom ? [a, b] : null;
  const lo = Math.max(Math.min(a.y, b.y), top);
  const hi = Math.min(Math.max(a.y, b.y), bottom);
  if (lo >= hi) return null;
  return a.y < b.y ? [{ x: a.x, y: lo }, { x: b.x, y: hi }] : [{ x: a.x, y: hi }, { x: b.x, y: lo }];
}

/**
 * SVG path data for the part of a horizontal/vertical line between y = top and y = bottom (the rendered rows),
 * and whether it still reaches its last point (where the arrow head goes). A line with an end outside runs to
 * the edge of the rows: they reach past the screen (overscan), so on screen it leaves by the edge, and nothing
 * is painted far outside them. Empty `d` when no part is inside.
 */
export function clippedPath(points: readonly Point[], top: number, bottom: number): { d: string; reachesEnd: boolean } {
  let d = '';
  let pen: Point | null = null;
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    const piece = clipSegment(a, b, top, bottom);
    if (!piece) continue;
    const [p, q] = piece;
    if (!pen || pen.x !== p.x || pen.y !== p.y) d += `M${p.x},${p.y} `;
    d += a.y === b.y ? `H${q.x} ` : `V${q.y} `;
    pen = q;
  }
  const last = points[points.length - 1];
  return { d: d.trimEnd(), reachesEnd: pen !== null && last !== undefined && pen.x === last.x && pen.y === last.y };
}
