import type { Discipline, DisciplineCategory } from '#shared/domain/index.ts';
import type { PlannerDatabase } from './database.ts';
import { deleteRecords, saveRecords } from './records.ts';

/** Disciplines of one hospital, or of every hospital when `hospitalId` is null (commission-scale data). */
export function listDisciplines(db: PlannerDatabase, hospitalId: string | null): Promise<Discipline[]> {
  return hospitalId === null ? db.disciplines.toArray() : db.disciplines.where('hospitalId').equals(hospitalId).toArray();
}

export async function reclassifyDisciplines(db: PlannerDatabase, ids: string[], category: DisciplineCategory) {
  const current = (await db.disciplines.bulkGet(ids)).filter((d): d is Discipline => d !== undefined);
  return saveRecords(db, 'disciplines', current.map((d) => ({ ...d, category })));
}

/**
 * Deletes a discipline; its sub-disciplines become top-level (parentId null) in the same transaction.
 * The page asks the user first and names those sub-disciplines.
 */
export async function deleteDiscipline(db: PlannerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.disciplines, db.outbox, async () => {
    const children = await db.disciplines.filter((d) => d.parentId === id).toArray();
    await saveRecords(db, 'disciplines', children.map((c) => ({ ...c, parentId: null })));
    await deleteRecords(db, 'disciplines', [id]);
  });
}
