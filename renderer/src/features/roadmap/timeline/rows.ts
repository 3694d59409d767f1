import type { TimelineGroup, TimelineRow } from './types.ts';

export interface RowModel {
  rows: TimelineRow[];
  /** Row index of every task that is shown (its group is expanded), for the dependency arrows. */
  indexOfTask: Map<string, number>;
  /** Row of the folded group's summary for every task it hides: arrows to and from such a task end there. */
  foldedRowOfTask: Map<string, number>;
  /** Every dependency with both ends on a row, in the order of its dependant's row: what the arrows can draw. */
  links: RowLink[];
}

/**
 * A finish-to-start dependency between the rows of its two tasks (a task's own row, or the summary row of the
 * folded group hiding it). `top` and `bottom` are the rows it spans, whichever way it points, so the arrows
 * crossing a window of rows are found without looking at the rows in between.
 */
export interface RowLink {
  prerequisite: string;
  dependant: string;
  top: number;
  bottom: number;
}

/**
 * The links of every task: prerequisites that are not shown (filtered out, another hospital) have none, nor
 * does a dependency inside one folded group (both ends are the same row). O(tasks + dependencies).
 */
function linksOf(groups: readonly TimelineGroup[], rowOf: (taskId: string) => number | undefined): RowLink[] {
  const links: RowLink[] = [];
  for (const group of groups) {
    for (const task of group.tasks) {
      const to = rowOf(task.id)!;
      for (const dep of task.dependsOn) {
        const from = rowOf(dep);
        if (from === undefined || from === to) continue;
        links.push({ prerequisite: dep, dependant: task.id, top: Math.min(from, to), bottom: Math.max(from, to) });
      }
    }
  }
  return links;
}

/** Flattens groups into rows: a group row, then its tasks unless the group is collapsed. O(tasks). */
export function buildRows(groups: readonly TimelineGroup[], collapsed: ReadonlySet<string>): RowModel {
  const rows: TimelineRow[] = [];
  const indexOfTask = new Map<string, number>();
  const foldedRowOfTask = new Map<string, number>();
  for (const group of groups) {
    let start: string | null = null;
    let end: string | null = null;
    let overdue = 0;
    for (const t of group.tasks) {
      if (start === null || t.start < start) start = t.start;
      if (end === null || t.end > end) end = t.end;
      if (t.overdue) overdue++;
    }
    const isCollapsed = collapsed.has(group.id);
    const groupRow = rows.length;
    rows.push({ kind: 'group', group, collapsed: isCollapsed, start, end, overdue });
    if (isCollapsed) {
      for (const task of group.tasks) foldedRowOfTask.set(task.id, groupRow);
      continue;
    }
    for (const task of group.tasks) {
      indexOfTask.set(task.id, rows.length);
      rows.push({ kind: 'task', task, groupId: group.id });
    }
  }
  const links = linksOf(groups, (id) => indexOfTask.get(id) ?? foldedRowOfTask.get(id));
  return { rows, indexOfTask, foldedRowOfTask, links };
}

export type TaskStep = 'previous' | 'next' | 'first' | 'last';

/** The task row ↑ / ↓ / Home / End go to from row `from` (group rows are skipped), or null when there is none. */
export function taskRowFrom(rows: readonly TimelineRow[], from: number, step: TaskStep): number | null {
  const [startAt, dir] = step === 'first' ? [0, 1] : step === 'last' ? [rows.length - 1, -1] : step === 'next' ? [from + 1, 1] : [from - 1, -1];
  for (let i = startAt; i >= 0 && i < rows.length; i += dir) {
    if (rows[i]!.kind === 'task') return i === from ? null : i;
  }
  return null;
}

/** The whole years the timeline spans: every task and marker, and the year before (room to drag into). */
export function yearRange(groups: readonly TimelineGroup[], markerDates: readonly string[]): { first: number; last: number; firstStart: string | null } {
  let firstStart: string | null = null;
  let first = Infinity;
  let last = -Infinity;
  const see = (iso: string) => {
    const y = Number(iso.slice(0, 4));
    if (y < first) first = y;
    if (y > last) last = y;
  };
  for (const g of groups) {
    for (const t of g.tasks) {
      see(t.start);
      see(t.end);
      if (firstStart === null || t.start < firstStart) firstStart = t.start;
    }
  }
  markerDates.forEach(see);
  if (first === Infinity) return { first: new Date().getFullYear(), last: new Date().getFullYear(), firstStart };
  return { first: first - 1, last, firstStart };
}
