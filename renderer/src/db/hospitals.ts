import type { GradeScale, Hospital } from '#shared/domain/index.ts';
import type { PlannerDatabase } from './database.ts';
import { saveRecord } from './records.ts';

export function listHospitals(db: PlannerDatabase): Promise<Hospital[]> {
  return db.hospitals.orderBy('id').toArray();
}

/** The hospital this installation plans for: the one marked in meta, else the first one stored. */
export async function currentHospital(db: PlannerDatabase): Promise<Hospital | undefined> {
  const marked = await db.meta.get('currentHospitalId');
  if (typeof marked?.value === 'string') {
    const found = await db.hospitals.get(marked.value);
    if (found) return found;
  }
  return db.hospitals.orderBy('id').first();
}

export async function setCurrentHospital(db: PlannerDatabase, id: string): Promise<void> {
  await db.meta.put({ key: 'currentHospitalId', value: id });
}

/** Sets (or, with undefined, resets to the default) the hospital's contract grade scale. */
export async function saveGradeScale(db: PlannerDatabase, hospitalId: string, gradeScale: GradeScale | undefined): Promise<void> {
  await db.transaction('rw', [db.hospitals, db.outbox], async () => {
    const hospital = await db.hospitals.get(hospitalId);
    if (!hospital) throw new Error('医院不存在或已被删除');
    await saveRecord(db, 'hospitals', { ...hospital, gradeScale });
  });
}
