import { z } from 'zod';
import { IdSchema, RecordMetaSchema, requiredText, text } from '../common.ts';
import { MilestoneStatusSchema } from './enums.ts';
import { startsBeforePrerequisiteEnds } from './dependencies.ts';
import { IsoDateSchema, dateRangeProblem } from './fields.ts';

/**
 * A roadmap task or milestone (五.（一） 时间表和路线图). A milestone is a task whose start equals its end; the
 * timeline draws it as a diamond. dependsOn holds ids of tasks that must end first (finish-to-start).
 */
export const MilestoneSchema = RecordMetaSchema.extend({
  specialtyId: IdSchema,
  title: requiredText('任务名称', 100),
  start: IsoDateSchema,
  end: IsoDateSchema,
  owner: text('负责人', 40),
  dependsOn: z.array(IdSchema).max(20, { error: '前置任务不能超过 20 个' }),
  status: MilestoneStatusSchema,
  goalId: IdSchema.nullable(),
}).superRefine((m, ctx) => {
  const range = dateRangeProblem(m.start, m.end);
  if (range) ctx.addIssue({ code: 'custom', message: range, path: ['end'] });
  if (m.dependsOn.includes(m.id)) ctx.addIssue({ code: 'custom', message: '任务不能依赖自身', path: ['dependsOn'] });
  if (new Set(m.dependsOn).size !== m.dependsOn.length) ctx.addIssue({ code: 'custom', message: '前置任务不能重复选择', path: ['dependsOn'] });
});
export type Milestone = z.infer<typeof MilestoneSchema>;

/** Overdue is derived: not done or cancelled, and the end date is before `today` (YYYY-MM-DD). */
export function isOverdue(m: Pick<Milestone, 'end' | 'status'>, today: string): boolean {
  return m.status !== 'DONE' && m.status !== 'CANCELLED' && m.end < today;
}

export const isPointMilestone = (m: Pick<Milestone, 'start' | 'end'>): boolean => m.start === m.end;

/**
 * Problems with the dependency graph of one set of tasks: a dependency that does not exist, one that ends
 * after its dependant starts, and cycles (each cycle reported once, on every task in it). Iterative
 * three-colour DFS, O(tasks + edges): the timeline has thousands of tasks.
 */
export function dependencyProblems(milestones: readonly Milestone[]): { id: string; problem: string }[] {
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const found: { id: string; problem: string }[] = [];
  for (const m of milestones) {
    for (const dep of m.dependsOn) {
      const before = byId.get(dep);
      if (!before) found.push({ id: m.id, problem: `任务「${m.title}」的前置任务不存在（编号 ${dep}）` });
      else if (startsBeforePrerequisiteEnds(before, m)) found.push({ id: m.id, problem: `任务「${m.title}」在前置任务「${before.title}」结束（${before.end}）前就开始（${m.start}）` });
    }
  }
  const state = new Map<string, 1 | 2>(); // 1 on the current path, 2 finished
  for (const root of milestones) {
    if (state.has(root.id)) continue;
    const path: Milestone[] = [];
    const stack: { m: Milestone; next: number }[] = [{ m: root, next: 0 }];
    state.set(root.id, 1);
    path.push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const depId = top.m.dependsOn[top.next++];
      if (depId === undefined) {
        state.set(top.m.id, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const dep = byId.get(depId);
      if (!dep || dep.id === top.m.id) continue; // missing: reported above; self: the schema rejects it
      const s = state.get(dep.id);
      if (s === 1) {
        const loop = path.slice(path.indexOf(dep));
        const chain = [...loop, dep].map((x) => x.title).join(' → ');
        for (const x of loop) found.push({ id: x.id, problem: `任务「${x.title}」的前置任务形成循环：${chain}` });
      } else if (s === undefined) {
        state.set(dep.id, 1);
        path.push(dep);
        stack.push({ m: dep, next: 0 });
      }
    }
  }
  return found;
}
