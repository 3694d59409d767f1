import type { ClinicalSpecialty as Specialty, Discipline, DisciplineCategory, TalentEntry } from '#shared/domain/index.ts';
import type { PlannerDatabase } from './database.ts';
import { deleteRecords, saveRecords } from './records.ts';

/**
 * Disciplines of one hospital, or of every hospital when `hospitalId` is null (commission-scale data). In an
 * explicit read transaction, as listRoadmap: Dexie's live-query cache serves only plain reads, and deep-clones
 * every result it hands out (7,995 records: 30–45 ms in profiles here, and the garbage). It would never
 * serve an update here: every write is an explicit transaction, after which Dexie re-reads the live queries.
 */
export function listDisciplines(db: PlannerDatabase, hospitalId: string | null): Promise<Discipline[]> {
  return db.transaction('r', db.disciplines, () =>
    hospitalId === null ? db.disciplines.toArray() : db.disciplines.where('hospitalId').equals(hospitalId).toArray(),
  );
}

export async function reclassifyDisciplines(db: PlannerDatabase, ids: string[], category: DisciplineCategory) {
  const current = (await db.disciplines.bulkGet(ids)).filter((d): d is Discipline => d !== undefined);
  return saveRecords(db, 'disciplines', current.map((d) => ({ ...d, category })));
}

/**
 * Deletes a discipline; its sub-disciplines become top-level (parentId null) in the same transaction.
 * The page asks the user first and names those sub-disciplines. A discipline that a specialty's 1+N group or
 * a talent entry still names is refused (四.6): deleting it would leave those records pointing at nothing.
 */
export async function deleteDiscipline(db: PlannerDatabase, id: string): Promise<void> {
  const specialties = db.table<Specialty, string>('specialties');
  const talent = db.table<TalentEntry, string>('talentEntries');
  await db.transaction('rw', [db.disciplines, db.outbox, specialties, talent], async () => {
    const groups = await specialties
      .filter((s) => s.leadDisciplineId === id || s.participantDisciplineIds.includes(id))
      .toArray();
    const people = await talent.filter((t) => t.homeDisciplineId === id).count();
    if (groups.length > 0 || people > 0) {
      const name = (await db.disciplines.get(id))?.name ?? id;
      const used = [
        groups.length > 0 ? `临床专科「${groups.map((g) => g.name).join('」「')}」的“1+N”学科群` : '',
        people > 0 ? `${people} 名人才梯队成员的所属学科` : '',
      ].filter(Boolean);
      throw new Error(`学科「${name}」仍是${used.join('和')}，请先调整后再删除（四.6）`);
    }
    const children = await db.disciplines.filter((d) => d.parentId === id).toArray();
    await saveRecords(db, 'disciplines', children.map((c) => ({ ...c, parentId: null })));
    await deleteRecords(db, 'disciplines', [id]);
  });
}
