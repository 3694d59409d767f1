// Finish-to-start dependencies between roadmap tasks: which ones a task's dates break. Pure, shared by the
// readiness rule, the timeline's red arrows and the warning after a drop, so all three agree on what is broken.

/** What the check needs of a task (a Milestone, or a timeline bar). Dates are ISO days, both ends inclusive. */
export interface DependencyTask {
  id: string;
  title: string;
  start: string;
  end: string;
  dependsOn: readonly string[];
}

/** A dependant may start on the day its prerequisite ends (both days are inclusive), not before. */
export function startsBeforePrerequisiteEnds(prerequisite: Pick<DependencyTask, 'end'>, dependant: Pick<DependencyTask, 'start'>): boolean {
  return dependant.start < prerequisite.end;
}

export interface BrokenDependency {
  prerequisite: DependencyTask;
  dependant: DependencyTask;
}

/**
 * The dependencies of `task`, at its dates, that are broken: its prerequisites (ids in `task.dependsOn`) that
 * end after it starts, then the tasks depending on it that start before it ends. `others` are the tasks to
 * look in (a copy of `task` among them is ignored, so the old version of a moved task can stay in the list);
 * ids not found there are not reported here (the readiness check reports missing prerequisites). O(others).
 */
export function brokenDependencies(task: DependencyTask, others: Iterable<DependencyTask>): BrokenDependency[] {
  const asDependant: BrokenDependency[] = [];
  const asPrerequisite: BrokenDependency[] = [];
  for (const other of others) {
    if (other.id === task.id) continue;
    if (task.dependsOn.includes(other.id) && startsBeforePrerequisiteEnds(other, task)) asDependant.push({ prerequisite: other, dependant: task });
    if (other.dependsOn.includes(task.id) && startsBeforePrerequisiteEnds(task, other)) asPrerequisite.push({ prerequisite: task, dependant: other });
  }
  return [...asDependant, ...asPrerequisite];
}

/** 「A」（2025-06-01 开始）现在早于其前置任务「B」结束（2025-06-30）: both tasks and both dates. */
export function brokenDependencyMessage({ prerequisite, dependant }: BrokenDependency): string {
  return `「${dependant.title}」（${dependant.start} 开始）现在早于其前置任务「${prerequisite.title}」结束（${prerequisite.end}）`;
}
