import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RecordValidationError,
  deleteDiscipline,
  readAllTables,
  replaceAllTables,
  saveRecord,
  type PlannerDatabase,
} from '#renderer/db/index.ts';
import { makeDiscipline, makeHospital, makeTables } from '#tests/helpers/factories.ts';
import { generateSample } from '#shared/sample/index.ts';
import { freshDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await freshDatabase()));
afterEach(() => cleanup());

describe('saving records', () => {
  it('stores the record and its outbox entry together, bumping the version', async () => {
    const hospital = makeHospital();
    await replaceAllTables(db, makeTables({ hospitals: [hospital], disciplines: [] }));
    const { id: _id, version: _v, updatedAt: _u, ...draft } = makeDiscipline({ hospitalId: hospital.id });
    const created = await saveRecord(db, 'disciplines', draft);
    const edited = await saveRecord(db, 'disciplines', { ...created, category: 'KEY_SUPPORT' });

    expect(edited.version).toBe(2);
    expect((await db.disciplines.get(created.id))?.category).toBe('KEY_SUPPORT');
    const puts = (await db.outbox.toArray()).filter((e) => e.op === 'put');
    expect(puts.map((e) => [e.key, e.baseVersion])).toEqual([
      [created.id, null],
      [created.id, 1],
    ]);
    expect(puts[1]?.changedFields).toEqual(['category']);
  });

  it('refuses an invalid record with Chinese field errors and writes nothing', async () => {
    const bad = makeDiscipline({ hospitalId: 'h', name: '  ', staffCount: -3 });
    const error = await saveRecord(db, 'disciplines', bad).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).issues).toEqual([
      { field: 'name', message: '请填写学科名称' },
      { field: 'staffCount', message: '人员数不能为负数' },
    ]);
    expect(await db.disciplines.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('does not queue a change when nothing changed', async () => {
    const saved = await saveRecord(db, 'disciplines', makeDiscipline({ hospitalId: 'h' }));
    const before = await db.outbox.count();
    await saveRecord(db, 'disciplines', { ...saved });
    expect(await db.outbox.count()).toBe(before);
  });
});

describe('deleting a discipline', () => {
  it('makes its sub-disciplines top-level and queues a tombstone', async () => {
    const parent = makeDiscipline({ hospitalId: 'h', name: '内科' });
    const child = makeDiscipline({ hospitalId: 'h', name: '呼吸内科', parentId: parent.id });
    await replaceAllTables(db, makeTables({ hospitals: [], disciplines: [parent, child] }));

    await deleteDiscipline(db, parent.id);

    expect(await db.disciplines.get(parent.id)).toBeUndefined();
    expect((await db.disciplines.get(child.id))?.parentId).toBeNull();
    const ops = (await db.outbox.toArray()).map((e) => `${e.op}:${e.key}`);
    expect(ops).toContain(`delete:${parent.id}`);
    expect(ops).toContain(`put:${child.id}`);
  });
});

describe('replacing all tables', () => {
  it('keeps the previous data when the replacement fails half-way', async () => {
    const hospital = makeHospital({ name: '原有医院' });
    await replaceAllTables(db, makeTables({ hospitals: [hospital], disciplines: [makeDiscipline({ hospitalId: hospital.id })] }));
    const broken = makeDiscipline({ hospitalId: hospital.id });
    // A record without its primary key makes IndexedDB throw inside the transaction.
    const withoutKey = { ...broken, id: undefined } as unknown as typeof broken;

    await expect(
      replaceAllTables(db, makeTables({ hospitals: [makeHospital({ name: '新医院' })], disciplines: [withoutKey] })),
    ).rejects.toThrow();

    const after = await readAllTables(db);
    expect(after.hospitals.map((h) => h.name)).toEqual(['原有医院']);
    expect(after.disciplines).toHaveLength(1);
  });
});

describe('deleting a discipline that a specialty uses', () => {
  it('is refused with the specialty named, and nothing changes', async () => {
    const sample = generateSample({ size: 'demo' });
    await replaceAllTables(db, sample);
    const pathology = sample.disciplines.find((d) => d.name === '病理科')!;
    const outboxBefore = await db.outbox.count();

    await expect(deleteDiscipline(db, pathology.id)).rejects.toThrow(/学科「病理科」仍是临床专科「.*肺癌专科.*」的“1\+N”学科群/);
    expect(await db.disciplines.get(pathology.id)).toEqual(pathology);
    expect(await db.outbox.count()).toBe(outboxBefore);
  });
});
