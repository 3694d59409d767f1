import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brokenDependencyMessage, type Milestone } from '#shared/domain/index.ts';
import { generateSample } from '#shared/sample/index.ts';
import { listRoadmap, moveMilestone, readAllTables, replaceAllTables, type PlannerDatabase } from '#renderer/db/index.ts';
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
    const { milestone: saved } = await moveMilestone(db, task.id, '2024-04-01', '2024-07-15');
    expect(saved).toMatchObject({ start: '2024-04-01', end: '2024-07-15', version: task.version + 1 });
    expect(await db.table('milestones').get(task.id)).toMatchObject({ start: '2024-04-01', end: '2024-07-15' });
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(outbox + 1);
    expect(entries.at(-1)).toMatchObject({ table: 'milestones', key: task.id, op: 'put', changedFields: ['start', 'end'], baseVersion: task.version });
  });

  it('writes a move that breaks dependencies all the same, and names them, across the specialties of the hospital', async () => {
    const tables = generateSample({ size: 'demo' });
    const [a, b] = tables.specialties;
    const find = (specialtyId: string, title: string) => tables.milestones.find((m) => m.specialtyId === specialtyId && m.title === title)!;
    const monitoring = find(a!.id, '建立专科运行监测与季度通报机制'); // 2024-06-01 – 2024-09-30, after 成立专科管理小组 (to 2024-05-31)
    const elsewhere = find(b!.id, '申报省级临床重点专科'); // from 2027-03-01
    elsewhere.dependsOn = [monitoring.id]; // a dependency across two specialties of one hospital
    await replaceAllTables(db, tables);

    const early = await moveMilestone(db, monitoring.id, '2024-05-01', '2024-09-30');
    expect(early.milestone).toMatchObject({ start: '2024-05-01', end: '2024-09-30' });
    expect(early.broken.map(brokenDependencyMessage)).toEqual(['「建立专科运行监测与季度通报机制」（2024-05-01 开始）现在早于其前置任务「成立专科管理小组，印发专科章程」结束（2024-05-31）']);

    const late = await moveMilestone(db, monitoring.id, '2024-06-01', '2027-03-02');
    expect(late.broken.map(brokenDependencyMessage)).toEqual(['「申报省级临床重点专科」（2027-03-01 开始）现在早于其前置任务「建立专科运行监测与季度通报机制」结束（2027-03-02）']);
    expect(await db.table('milestones').get(monitoring.id)).toMatchObject({ start: '2024-06-01', end: '2027-03-02' });

    const fixed = await moveMilestone(db, monitoring.id, '2024-06-01', '2027-03-01'); // ending the day the dependant starts is allowed
    expect(fixed.broken).toEqual([]);
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
