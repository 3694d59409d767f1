import {
  brokenDependencies,
  dateRangeProblem,
  milestonePeriodProblem,
  type BrokenDependency,
  type ClinicalSpecialty,
  type Milestone,
  type Plan,
} from '#shared/domain/index.ts';
import type { PlannerDatabase } from './database.ts';
import { saveRecord } from './records.ts';
import { compareText } from '#renderer/i18n/collate.ts';

export interface RoadmapData {
  specialties: ClinicalSpecialty[];
  milestones: Milestone[];
}

/**
 * Everything the 路线图 draws for one hospital, or for every hospital when `hospitalId` is null (a commission's
 * province data: ~5,000 tasks). Specialties come sorted by hospital, then name, so groups keep their place.
 * Plans are not read: only a move needs their periods, and 200 plan texts would double the read.
 */
export async function listRoadmap(db: PlannerDatabase, hospitalId: string | null): Promise<RoadmapData> {
  const specialtiesTable = db.table<ClinicalSpecialty, string>('specialties');
  const milestonesTable = db.table<Milestone, string>('milestones');
  return db.transaction('r', [specialtiesTable, milestonesTable], async () => {
    if (hospitalId === null) {
      const [specialties, milestones] = await Promise.all([specialtiesTable.toArray(), milestonesTable.toArray()]);
      return { specialties: sortSpecialties(specialties), milestones };
    }
    const specialties = await specialtiesTable.where('hospitalId').equals(hospitalId).toArray();
    const ids = specialties.map((s) => s.id);
    const milestones = ids.length === 0 ? [] : await milestonesTable.where('specialtyId').anyOf(ids).toArray();
    return { specialties: sortSpecialties(specialties), milestones };
  });
}

/** By hospital (ids are UUIDv7, so in the order the hospitals were created), then by name in pinyin order. */
function sortSpecialties(specialties: ClinicalSpecialty[]): ClinicalSpecialty[] {
  return specialties.sort((a, b) => (a.hospitalId < b.hospitalId ? -1 : a.hospitalId > b.hospitalId ? 1 : compareText(a.name, b.name)));
}

/** Thrown when a move is refused; `message` is the Chinese reason the timeline shows. Nothing was written. */
export class MilestoneMoveRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MilestoneMoveRefused';
  }
}

export interface MilestoneMoved {
  milestone: Milestone;
  /** Dependencies the new dates break (finish-to-start). Allowed, but the user is told; see brokenDependencies. */
  broken: BrokenDependency[];
}

/**
 * Moves or resizes a roadmap task (a drag on the 路线图). Refused, writing nothing, when the end falls before
 * the start, when the task would leave the hospital's plan period (五.（一）), or when the record fails its
 * schema. The read, the checks and the write (with its outbox entry) are one transaction; so is the look at the
 * hospital's other tasks that tells which dependencies the new dates break (dependencies may cross specialties,
 * never hospitals).
 */
export async function moveMilestone(db: PlannerDatabase, id: string, start: string, end: string): Promise<MilestoneMoved> {
  const milestones = db.table<Milestone, string>('milestones');
  const specialties = db.table<ClinicalSpecialty, string>('specialties');
  const plans = db.table<Plan, string>('plans');
  return db.transaction('rw', [milestones, specialties, plans, db.outbox], async () => {
    const task = await milestones.get(id);
    if (!task) throw new MilestoneMoveRefused('该任务已被删除，请刷新页面');
    const range = dateRangeProblem(start, end);
    if (range) throw new MilestoneMoveRefused(`任务「${task.title}」的${range}`);
    const specialty = await specialties.get(task.specialtyId);
    const periods = specialty ? (await plans.where('hospitalId').equals(specialty.hospitalId).toArray()).map((p) => p.period) : [];
    const outside = milestonePeriodProblem({ title: task.title, start, end }, periods);
    if (outside) throw new MilestoneMoveRefused(outside);
    const milestone = await saveRecord(db, 'milestones', { ...task, start, end });
    const specialtyIds = specialty ? await specialties.where('hospitalId').equals(specialty.hospitalId).primaryKeys() : [task.specialtyId];
    const neighbours = await milestones.where('specialtyId').anyOf(specialtyIds).toArray();
    return { milestone, broken: brokenDependencies(milestone, neighbours) };
  });
}
