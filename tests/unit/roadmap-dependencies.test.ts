import { describe, expect, it } from 'vitest';
import { brokenDependencies, brokenDependencyMessage, startsBeforePrerequisiteEnds, type DependencyTask } from '#shared/domain/index.ts';

const task = (id: string, start: string, end: string, dependsOn: string[] = []): DependencyTask => ({ id, title: `任务${id}`, start, end, dependsOn });

// B (to 2025-06-30) must finish before A; A must finish before C.
const b = task('B', '2025-01-01', '2025-06-30');
const a = task('A', '2025-07-01', '2025-09-30', ['B']);
const c = task('C', '2025-10-01', '2025-12-31', ['A']);
const pairs = (found: ReturnType<typeof brokenDependencies>) => found.map((x) => `${x.prerequisite.id}>${x.dependant.id}`);

describe('finish-to-start dependencies a task’s dates break', () => {
  it('lets a dependant start the day its prerequisite ends, not a day earlier', () => {
    expect(startsBeforePrerequisiteEnds({ end: '2025-06-30' }, { start: '2025-06-30' })).toBe(false);
    expect(startsBeforePrerequisiteEnds({ end: '2025-06-30' }, { start: '2025-07-01' })).toBe(false);
    expect(startsBeforePrerequisiteEnds({ end: '2025-06-30' }, { start: '2025-06-29' })).toBe(true);
  });

  it('finds none while every prerequisite ends before its dependant starts', () => {
    expect(brokenDependencies(a, [a, b, c])).toEqual([]);
    expect(brokenDependencies({ ...a, start: '2025-06-30' }, [a, b, c])).toEqual([]);
  });

  it('finds a task moved to start before its prerequisite ends, and says so with both tasks and both dates', () => {
    const moved = { ...a, start: '2025-06-01', end: '2025-08-31' };
    const found = brokenDependencies(moved, [a, b, c]); // the old copy of A in the list is ignored
    expect(pairs(found)).toEqual(['B>A']);
    expect(found[0]!.dependant).toBe(moved);
    expect(brokenDependencyMessage(found[0]!)).toBe('「任务A」（2025-06-01 开始）现在早于其前置任务「任务B」结束（2025-06-30）');
  });

  it('finds a prerequisite moved to end after its dependant starts', () => {
    const moved = { ...a, end: '2025-10-15' };
    const found = brokenDependencies(moved, [b, c]);
    expect(pairs(found)).toEqual(['A>C']);
    expect(brokenDependencyMessage(found[0]!)).toBe('「任务C」（2025-10-01 开始）现在早于其前置任务「任务A」结束（2025-10-15）');
  });

  it('lists the broken prerequisites first, then the broken dependants, when one move breaks both', () => {
    const d = task('D', '2025-08-01', '2025-08-31', ['A']);
    const moved = { ...a, start: '2025-05-01', end: '2025-11-30' };
    expect(pairs(brokenDependencies(moved, [c, d, b]))).toEqual(['B>A', 'A>C', 'A>D']);
  });

  it('skips prerequisites it is not given (a deleted task is the readiness check’s to report) and unrelated tasks', () => {
    const orphan = task('E', '2025-01-01', '2025-01-31', ['gone']);
    const unrelated = task('F', '2026-01-01', '2026-01-31');
    expect(brokenDependencies(orphan, [unrelated, b])).toEqual([]);
  });
});
