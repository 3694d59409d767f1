import type { ClinicalSpecialty, QcIndicator } from '#shared/domain/index.ts';
import type { PlannerDatabase } from './database.ts';
import { saveRecord } from './records.ts';
import { compareText } from '#renderer/i18n/collate.ts';

export interface QcBoard {
  specialties: ClinicalSpecialty[];
  indicators: QcIndicator[];
}

/** The hospital's specialties (by name) and all their QC indicators, for the 质控指标 page. */
export async function listQcBoard(db: PlannerDatabase, hospitalId: string): Promise<QcBoard> {
  const specialties = await db.table<ClinicalSpecialty, string>('specialties').where('hospitalId').equals(hospitalId).toArray();
  specialties.sort((a, b) => compareText(a.name, b.name));
  const ids = specialties.map((s) => s.id);
  const indicators = ids.length === 0 ? [] : await db.table<QcIndicator, string>('qcIndicators').where('specialtyId').anyOf(ids).toArray();
  // Records written before observations existed have none (the schema's default applies on write only).
  return { specialties, indicators: indicators.map((q) => ({ ...q, observations: q.observations ?? [] })) };
}

/**
 * Records (or, with null, clears) one year's observation. Read and write share a transaction so two quick
 * edits of different years cannot overwrite each other's observation.
 */
export async function saveQcObservation(db: PlannerDatabase, indicatorId: string, year: number, value: number | null): Promise<void> {
  const table = db.table<QcIndicator, string>('qcIndicators');
  await db.transaction('rw', [table, db.outbox], async () => {
    const indicator = await table.get(indicatorId);
    if (!indicator) throw new Error('该质控指标已被删除，请刷新页面');
    const others = (indicator.observations ?? []).filter((o) => o.year !== year);
    const observations = value === null ? others : [...others, { year, value }].sort((a, b) => a.year - b.year);
    await saveRecord(db, 'qcIndicators', { ...indicator, observations });
  });
}

/** Appoints (or, with '', removes) the specialty's 质控专员 (四.11). */
export async function saveQcOfficer(db: PlannerDatabase, specialtyId: string, officer: string): Promise<void> {
  const table = db.table<ClinicalSpecialty, string>('specialties');
  await db.transaction('rw', [table, db.outbox], async () => {
    const specialty = await table.get(specialtyId);
    if (!specialty) throw new Error('该专科已被删除，请刷新页面');
    await saveRecord(db, 'specialties', { ...specialty, qcOfficer: officer.trim() === '' ? null : officer.trim() });
  });
}
