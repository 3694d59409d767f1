import { describe, expect, it } from 'vitest';
import { arrowPoints, clippedPath } from '#renderer/features/roadmap/timeline/arrowPath.ts';
import { arrowEnds, type TaskEnds } from '#renderer/features/roadmap/timeline/DependencyArrows.tsx';
import { buildRows } from '#renderer/features/roadmap/timeline/rows.ts';
import type { TimelineGroup, TimelineTask } from '#renderer/features/roadmap/timeline/types.ts';

const t = (id: string, start: string, end: string, dependsOn: string[] = []): TimelineTask => ({ id, title: id, start, end, owner: '', status: 'PLANNED', overdue: false, dependsOn });

// 一: a → b inside it; 二: c depends on a (across groups), d on c; 三: e depends on d (across groups).
const groups: TimelineGroup[] = [
  { id: 'g1', label: '一', tasks: [t('a', '2024-01-01', '2024-03-31'), t('b', '2024-04-01', '2024-06-30', ['a'])] },
  { id: 'g2', label: '二', tasks: [t('c', '2024-03-15', '2024-05-31', ['a']), t('d', '2024-06-01', '2024-06-30', ['c'])] },
  { id: 'g3', label: '三', tasks: [t('e', '2024-07-01', '2024-07-31', ['d'])] },
];
const byId = new Map(groups.flatMap((g) => g.tasks).map((x) => [x.id, x]));

/** Day-of-year geometry, enough to see which row an arrow ends on; rows `first..last` are the window. */
function ends(collapsed: string[], window?: [number, number]) {
  const model = buildRows(groups, new Set(collapsed));
  const endsOf = (id: string): TaskEnds | null => {
    const row = model.indexOfTask.get(id) ?? model.foldedRowOfTask.get(id);
    const task = byId.get(id);
    if (row === undefined || !task) return null;
    const day = (iso: string) => Number(iso.slice(5, 7)) * 31 + Number(iso.slice(8, 10));
    return { left: day(task.start), right: day(task.end), centre: row, start: task.start, end: task.end, folded: !model.indexOfTask.has(id) };
  };
  const [first, last] = window ?? [0, model.rows.length];
  return arrowEnds(model, first, last, endsOf).map((a) => `${a.key} ${a.fromY}→${a.toY}${a.folded ? ' folded' : ''}${a.late ? ' late' : ''}`);
}

describe('dependency arrows', () => {
  it('draws every dependency between shown tasks, red when the dependant starts before its prerequisite ends', () => {
    // rows: 0 g1, 1 a, 2 b, 3 g2, 4 c, 5 d, 6 g3, 7 e
    expect(ends([])).toEqual(['a>b 1→2', 'a>c 1→4 late', 'c>d 4→5', 'd>e 5→7']);
  });

  it('ends an arrow into a folded group on its summary row, dashed, and drops the ones inside it', () => {
    // rows: 0 g1 (folded: a, b), 1 g2, 2 c, 3 d, 4 g3, 5 e
    expect(ends(['g1'])).toEqual(['a>c 0→2 folded late', 'c>d 2→3', 'd>e 3→5']);
    // rows: 0 g1, 1 a, 2 b, 3 g2 (folded: c, d), 4 g3, 5 e
    expect(ends(['g2'])).toEqual(['a>b 1→2', 'a>c 1→3 folded late', 'd>e 3→5 folded']);
    // Two folded groups: from one summary row to the other.
    expect(ends(['g2', 'g3'])).toEqual(['a>b 1→2', 'a>c 1→3 folded late', 'd>e 3→4 folded']);
  });

  it('draws every arrow crossing the window of rows: into a task below it, from one above it, or across it', () => {
    // rows: 0 g1, 1 a, 2 b, 3 g2, 4 c, 5 d, 6 g3, 7 e
    expect(ends([], [0, 2])).toEqual(['a>b 1→2', 'a>c 1→4 late']); // the dependants are below the window
    expect(ends([], [5, 8])).toEqual(['c>d 4→5', 'd>e 5→7']); // c is above it
    expect(ends([], [2, 4])).toEqual(['a>b 1→2', 'a>c 1→4 late']); // a>c passes through with both ends outside
    expect(ends([], [8, 8])).toEqual([]);
    // A folded group's row off the window is an end like any other.
    expect(ends(['g1'], [2, 6])).toEqual(['a>c 0→2 folded late', 'c>d 2→3', 'd>e 3→5']);
  });
});

describe('arrow shape', () => {
  const down = arrowPoints({ fromX: 10, fromY: 16, toX: 100, toY: 208 }); // dependant 6 rows below, to the right
  const back = arrowPoints({ fromX: 100, fromY: 16, toX: 40, toY: 208 }); // it starts before the prerequisite ends

  it('is an elbow out of the prerequisite and into the dependant, turning back half a row down when it must', () => {
    expect(clippedPath(down, 0, 320)).toEqual({ d: 'M10,16 H92 V208 H100', reachesEnd: true });
    expect(clippedPath(back, 0, 320)).toEqual({ d: 'M100,16 H108 V30 H32 V208 H40', reachesEnd: true });
    const up = arrowPoints({ fromX: 10, fromY: 208, toX: 100, toY: 16 }); // a dependant above (a cross-specialty link)
    expect(clippedPath(up, 0, 320).d).toBe('M10,208 H92 V16 H100');
  });

  it('is cut at the edges of the rendered rows, without its head when the dependant is outside them', () => {
    expect(clippedPath(down, 96, 320)).toEqual({ d: 'M92,96 V208 H100', reachesEnd: true }); // comes in at the top edge
    expect(clippedPath(down, 0, 128)).toEqual({ d: 'M10,16 H92 V128', reachesEnd: false }); // leaves by the bottom edge
    expect(clippedPath(down, 64, 128)).toEqual({ d: 'M92,64 V128', reachesEnd: false }); // passes through
    expect(clippedPath(back, 24, 320)).toEqual({ d: 'M108,24 V30 H32 V208 H40', reachesEnd: true });
    expect(clippedPath(back, 0, 24)).toEqual({ d: 'M100,16 H108 V24', reachesEnd: false });
    expect(clippedPath(down, 224, 320)).toEqual({ d: '', reachesEnd: false });
  });
});
