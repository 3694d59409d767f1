import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Milestone } from '#shared/domain/index.ts';
import { listRoadmap, moveMilestone, readAllTables, type PlannerDatabase } from '#renderer/db/index.ts';
import { demoDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await demoDatabase());
});
afterEach(() => cleanup());

const firstTask = async (): Promise<Milestone> => {
  const tables = await readAllTables(db);
  return tables.milestones.find((m) => m.start !== m.end)!;
};

describe('moving a roadmap task', () => {
  it('writes the new dates, a new version and one outbox entry naming the changed fields', async () => {
    const task = await firstTask();
    const outbox = await db.outbox.count();
    const saved = await moveMilestone(db, task.id, '2024-04-01', '2024-07-15');
    expect(saved).toMatchObject({ start: '2024-04-01', end: '2024-07-15', version: task.version + 1 });
    expect(await db.table('milestones').get(task.id)).toMatchObject({ start: '2024-04-01', end: '2024-07-15' });
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(outbox + 1);
    expect(entries.at(-1)).toMatchObject({ table: 'milestones', key: task.id, op: 'put', changedFields: ['start', 'end'], baseVersion: task.version });
  });

  it('refuses an end before the start, with the reason, and writes nothing', async () => {
    const task = await firstTask();
    const outbox = await db.outbox.count();
    await expect(moveMilestone(db, task.id, '2024-05-01', '2024-04-30')).rejects.toThrow('结束日期（2024-04-30）不能早于开始日期（2024-05-01）');
    expect(await db.table('milestones').get(task.id)).toEqual(task);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('refuses a move outside the plan period 2024–2028, naming the task and the period, and writes nothing', async () => {
    const task = await firstTask();
    const outbox = await db.outbox.count();
    await expect(moveMilestone(db, task.id, '2023-11-01', '2024-02-28')).rejects.toThrow(`任务「${task.title}」（2023-11-01 至 2024-02-28）超出规划期 2024–2028 年`);
    await expect(moveMilestone(db, task.id, '2028-10-01', '2029-01-31')).rejects.toThrow('超出规划期 2024–2028 年');
    expect(await db.table('milestones').get(task.id)).toEqual(task);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('refuses dates the schema rejects and a task that no longer exists', async () => {
    const task = await firstTask();
    const outbox = await db.outbox.count();
    await expect(moveMilestone(db, task.id, '2024-02-30', '2024-03-31')).rejects.toThrow();
    await expect(moveMilestone(db, 'gone', '2024-03-01', '2024-03-31')).rejects.toThrow('该任务已被删除，请刷新页面');
    expect(await db.table('milestones').get(task.id)).toEqual(task);
    expect(await db.outbox.count()).toBe(outbox);
  });
});

describe('listing the roadmap', () => {
  it('reads one hospital’s specialties sorted by name with their tasks and plan, or every hospital', async () => {
    const tables = await readAllTables(db);
    const hospitalId = tables.hospitals[0]!.id;
    const one = await listRoadmap(db, hospitalId);
    expect(one.specialties).toHaveLength(8);
    expect(one.specialties.map((s) => s.name)).toEqual([...one.specialties.map((s) => s.name)].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(one.milestones).toHaveLength(tables.milestones.filter((m) => one.specialties.some((s) => s.id === m.specialtyId)).length);
    const all = await listRoadmap(db, null);
    expect(all.milestones).toHaveLength(tables.milestones.length);
  });
});
