import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listQcBoard, readAllTables, saveGradeScale, saveQcObservation, saveQcOfficer, type PlannerDatabase } from '#renderer/db/index.ts';
import { demoDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await demoDatabase());
});
afterEach(() => cleanup());

const firstIndicator = async () => (await readAllTables(db)).qcIndicators[0]!;

describe('QC observations', () => {
  it('replaces one year, adds another in order, and clears with null', async () => {
    const q = await firstIndicator();
    await saveQcObservation(db, q.id, 2025, 7);
    await saveQcObservation(db, q.id, 2024, 5);
    expect((await firstIndicator()).observations).toEqual([{ year: 2024, value: 5 }, { year: 2025, value: 7 }]);
    await saveQcObservation(db, q.id, 2024, null);
    expect((await firstIndicator()).observations).toEqual([{ year: 2025, value: 7 }]);
  });

  it('refuses an indicator that no longer exists and writes nothing', async () => {
    const outbox = await db.outbox.count();
    await expect(saveQcObservation(db, 'gone', 2024, 1)).rejects.toThrow('该质控指标已被删除，请刷新页面');
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('lists each specialty of the hospital with its indicators, and appoints a 质控专员', async () => {
    const tables = await readAllTables(db);
    const hospitalId = tables.hospitals[0]!.id;
    const board = await listQcBoard(db, hospitalId);
    expect(board.specialties).toHaveLength(8);
    const without = board.specialties.find((s) => s.name === '骨质疏松与代谢性骨病专科')!;
    expect(without.qcOfficer ?? '').toBe('');
    await saveQcOfficer(db, without.id, '  孙丽 ');
    expect((await listQcBoard(db, hospitalId)).specialties.find((s) => s.id === without.id)!.qcOfficer).toBe('孙丽');
  });
});

describe('grade scale', () => {
  it('refuses bands out of order with the field named, and keeps the hospital unchanged', async () => {
    const before = (await readAllTables(db)).hospitals[0]!;
    const scale = { levels: [{ label: '优秀', min: 90 }, { label: '良好', min: 95 }], fail: '不合格' };
    const error = await saveGradeScale(db, before.id, scale).catch((e: unknown) => e);
    expect(String(error)).toContain('等级「良好」的分数线应低于「优秀」');
    expect((await readAllTables(db)).hospitals[0]).toEqual(before);
  });
});
