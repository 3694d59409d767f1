import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHILD_TABLES, emptyManagementNotes } from '#shared/domain/index.ts';
import {
  RecordValidationError,
  deleteSpecialty,
  deleteSpecialtyChild,
  describeSpecialtyDelete,
  readAllTables,
  readSpecialty,
  saveSpecialty,
  saveSpecialtyChild,
  type Draft,
  type PlannerDatabase,
} from '#renderer/db/index.ts';
import { demoDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await demoDatabase());
});
afterEach(() => cleanup());

async function inventory() {
  const tables = await readAllTables(db);
  const hospitalId = tables.hospitals[0]!.id;
  const mine = tables.disciplines.filter((d) => d.hospitalId === hospitalId);
  const leadable = mine.find((d) => d.category === 'KEY_SUPPORT' || d.category === 'ADVANTAGE')!;
  const basic = mine.find((d) => d.category === 'BASIC')!;
  const other = mine.find((d) => d.id !== leadable.id && d.id !== basic.id)!;
  return { tables, hospitalId, leadable, basic, other };
}

function draft(hospitalId: string, leadDisciplineId: string, participantDisciplineIds: string[]): Draft<'specialties'> {
  return {
    hospitalId, name: '疼痛诊疗专科', type: 'FEATURE', diseaseArea: 'OTHER', diseaseAreaLabel: '慢性疼痛', leadDisciplineId,
    participantDisciplineIds, headName: '周明', qcOfficer: null, management: emptyManagementNotes(),
  };
}

describe('specialties', () => {
  it('creates a specialty from the inventory and reads it back with its plan periods', async () => {
    const { hospitalId, leadable, other } = await inventory();
    const outbox = await db.outbox.count();
    const saved = await saveSpecialty(db, draft(hospitalId, leadable.id, [other.id]));
    const detail = await readSpecialty(db, saved.id);
    expect(detail?.specialty).toMatchObject({ name: '疼痛诊疗专科', leadDisciplineId: leadable.id, participantDisciplineIds: [other.id], version: 1 });
    expect(detail?.periods).toEqual([{ startYear: 2024, endYear: 2028 }]);
    expect(await db.outbox.count()).toBe(outbox + 1);
  });

  it('refuses a 基础学科 as lead at the field, citing 四.6, and writes nothing', async () => {
    const { hospitalId, basic, other } = await inventory();
    const before = await readAllTables(db);
    const outbox = await db.outbox.count();
    const error = await saveSpecialty(db, draft(hospitalId, basic.id, [other.id])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    const issue = (error as RecordValidationError).issues[0]!;
    expect(issue.field).toBe('leadDisciplineId');
    expect(issue.message).toContain(`「${basic.name}」是基础学科`);
    expect(issue.message).toContain('（四.6）');
    expect(await readAllTables(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('deletes a specialty with every child row in one transaction, a tombstone each', async () => {
    const { tables } = await inventory();
    const target = tables.specialties.find((s) => s.name === '主动脉与结构性心脏病专科')!;
    const impact = await describeSpecialtyDelete(db, target.id);
    const childCount = impact.children.reduce((n, c) => n + c.count, 0);
    expect(impact.children.map((c) => c.label)).toContain('核心病种');
    expect(childCount).toBeGreaterThan(10);
    const outbox = await db.outbox.count();

    await deleteSpecialty(db, target.id);
    const after = await readAllTables(db);
    expect(after.specialties.some((s) => s.id === target.id)).toBe(false);
    for (const table of CHILD_TABLES) expect(after[table].filter((r) => r.specialtyId === target.id)).toEqual([]);
    const tombstones = (await db.outbox.toArray()).slice(outbox);
    expect(tombstones).toHaveLength(childCount + 1);
    expect(tombstones.every((e) => e.op === 'delete')).toBe(true);
    // The other specialties keep every row.
    expect(after.specialties).toHaveLength(tables.specialties.length - 1);
  });

  it('rolls the whole cascade back when one write fails', async () => {
    const { tables } = await inventory();
    const target = tables.specialties.find((s) => s.name === '骨质疏松与代谢性骨病专科')!;
    const before = await readAllTables(db);
    // A failing outbox write part-way through: the deletes already made in the transaction must be undone.
    const original = db.outbox.bulkAdd.bind(db.outbox);
    let calls = 0;
    db.outbox.bulkAdd = ((...args: Parameters<typeof original>) => (++calls === 3 ? Promise.reject(new Error('disk full')) : original(...args))) as typeof original;
    await expect(deleteSpecialty(db, target.id)).rejects.toThrow('disk full');
    db.outbox.bulkAdd = original;
    expect(await readAllTables(db)).toEqual(before);
  });

  it('refuses to delete a specialty a 目标责任书 binds, naming the contract', async () => {
    const { tables } = await inventory();
    const bound = tables.specialties.find((s) => s.name === '胸痛中心（心血管病专科）')!;
    const before = await readAllTables(db);
    expect((await describeSpecialtyDelete(db, bound.id)).contracts).toHaveLength(1);
    await expect(deleteSpecialty(db, bound.id)).rejects.toThrow(/仍有目标责任书：「胸痛中心.*」，请先处理责任书再删除/);
    expect(await readAllTables(db)).toEqual(before);
  });

  it('refuses a roadmap task outside the plan period on the field outside it', async () => {
    const { tables } = await inventory();
    const specialtyId = tables.specialties[0]!.id;
    const task: Draft<'milestones'> = { specialtyId, title: '验收', start: '2028-06-01', end: '2029-03-31', owner: '', dependsOn: [], status: 'PLANNED', goalId: null };
    const error = await saveSpecialtyChild(db, 'milestones', task).catch((e: unknown) => e);
    expect((error as RecordValidationError).issues).toEqual([{ field: 'end', message: '任务「验收」（2028-06-01 至 2029-03-31）超出规划期 2024–2028 年' }]);
    const early = await saveSpecialtyChild(db, 'milestones', { ...task, start: '2023-05-01', end: '2024-02-01' }).catch((e: unknown) => e);
    expect((early as RecordValidationError).issues[0]!.field).toBe('start');
    const saved = await saveSpecialtyChild(db, 'milestones', { ...task, end: '2028-12-31' });
    expect(saved.end).toBe('2028-12-31');
  });

  it('deleting a goal unlinks its tasks in the same write', async () => {
    const { tables } = await inventory();
    const task = tables.milestones.find((m) => m.goalId !== null)!;
    await deleteSpecialtyChild(db, 'goals', task.goalId!);
    const after = await readAllTables(db);
    expect(after.goals.some((g) => g.id === task.goalId)).toBe(false);
    expect(after.milestones.find((m) => m.id === task.id)?.goalId).toBeNull();
  });
});
