import { describe, expect, it } from 'vitest';
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

/** Day-of-year geometry, enough to see which row an arrow ends on. */
function ends(collapsed: string[]) {
  const model = buildRows(groups, new Set(collapsed));
  const endsOf = (id: string): TaskEnds | null => {
    const row = model.indexOfTask.get(id) ?? model.foldedRowOfTask.get(id);
    const task = byId.get(id);
    if (row === undefined || !task) return null;
    const day = (iso: string) => Number(iso.slice(5, 7)) * 31 + Number(iso.slice(8, 10));
    return { left: day(task.start), right: day(task.end), centre: row, start: task.start, end: task.end, folded: !model.indexOfTask.has(id) };
  };
  return arrowEnds(model, 0, model.rows.length, endsOf).map((a) => `${a.key} ${a.fromY}→${a.toY}${a.folded ? ' folded' : ''}${a.late ? ' late' : ''}`);
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
});
