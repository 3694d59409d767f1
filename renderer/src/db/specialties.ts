import {
  CHILD_TABLES,
  SPECIALTY_TABLE_LABELS,
  dateRangeProblem,
  leadCategoryProblem,
  leadReferenceProblem,
  milestonePeriodProblem,
  planPeriodDates,
  type ChildTableName,
  type ClinicalSpecialty,
  type Discipline,
  type DirectorContract,
  type Milestone,
  type Plan,
  type PlanPeriod,
  type SpecialtyRecord,
} from '#shared/domain/index.ts';
import type { PlannerDatabase } from './database.ts';
import { deleteRecords, saveRecord, saveRecords, type Draft } from './records.ts';
import { RecordValidationError } from './validation.ts';
import { compareText } from '#renderer/i18n/collate.ts';

// Specialty tables are typed here, not on PlannerDatabase, so database.ts stays the foundation's file.
const specialties = (db: PlannerDatabase) => db.table<ClinicalSpecialty, string>('specialties');
const child = <T extends ChildTableName>(db: PlannerDatabase, table: T) => db.table<SpecialtyRecord<T>, string>(table);
const plans = (db: PlannerDatabase) => db.table<Plan, string>('plans');
const contracts = (db: PlannerDatabase) => db.table<DirectorContract, string>('contracts');
const allChildTables = (db: PlannerDatabase) => CHILD_TABLES.map((t) => db.table(t));

export type SpecialtyChildren = { [T in ChildTableName]: SpecialtyRecord<T>[] };

function emptyChildren(): SpecialtyChildren {
  return Object.fromEntries(CHILD_TABLES.map((t) => [t, []])) as unknown as SpecialtyChildren;
}

/** Child rows of several specialties, one indexed read per table. */
async function readChildren(db: PlannerDatabase, ids: string[]): Promise<SpecialtyChildren> {
  if (ids.length === 0) return emptyChildren();
  const rows = await Promise.all(CHILD_TABLES.map((t) => db.table(t).where('specialtyId').anyOf(ids).toArray()));
  return Object.fromEntries(CHILD_TABLES.map((t, i) => [t, rows[i]])) as SpecialtyChildren;
}

export interface SpecialtyBoard {
  specialties: ClinicalSpecialty[];
  disciplines: Discipline[];
  children: SpecialtyChildren;
}

/** Everything the 临床专科 list shows about one hospital: its specialties, its inventory and all child rows. */
export async function listSpecialtyBoard(db: PlannerDatabase, hospitalId: string): Promise<SpecialtyBoard> {
  const list = await specialties(db).where('hospitalId').equals(hospitalId).toArray();
  list.sort((a, b) => compareText(a.name, b.name));
  const disciplines = await db.disciplines.where('hospitalId').equals(hospitalId).toArray();
  return { specialties: list, disciplines, children: await readChildren(db, list.map((s) => s.id)) };
}

export interface SpecialtyDetail {
  specialty: ClinicalSpecialty;
  /** The hospital's specialties (the form warns when a lead already leads one) and its inventory. */
  specialties: ClinicalSpecialty[];
  disciplines: Discipline[];
  /** This specialty's own child rows. */
  children: SpecialtyChildren;
  /** The hospital's plans, and their periods: a roadmap task must lie inside one of them. */
  plans: Plan[];
  periods: PlanPeriod[];
}

/** One specialty with its child rows, its hospital's inventory and plan periods; null when it does not exist. */
export async function readSpecialty(db: PlannerDatabase, specialtyId: string): Promise<SpecialtyDetail | null> {
  const specialty = await specialties(db).get(specialtyId);
  if (!specialty) return null;
  const { hospitalId } = specialty;
  const [siblings, disciplines, hospitalPlans, children] = await Promise.all([
    specialties(db).where('hospitalId').equals(hospitalId).toArray(),
    db.disciplines.where('hospitalId').equals(hospitalId).toArray(),
    plans(db).where('hospitalId').equals(hospitalId).toArray(),
    readChildren(db, [specialtyId]),
  ]);
  return { specialty, specialties: siblings, disciplines, children, plans: hospitalPlans, periods: hospitalPlans.map((p) => p.period) };
}

/**
 * Saves a specialty after the cross-record checks its schema cannot make: the lead must be a discipline of
 * the same hospital, and an 优势 or 重点扶持学科 (四.6). Refusals are RecordValidationErrors on the field, so the
 * form shows them where the user chose the discipline, and nothing is written.
 */
export async function saveSpecialty(db: PlannerDatabase, draft: Draft<'specialties'>): Promise<ClinicalSpecialty> {
  return db.transaction('rw', [specialties(db), db.disciplines, db.outbox], async () => {
    const ids = [draft.leadDisciplineId, ...draft.participantDisciplineIds];
    const found = (await db.disciplines.bulkGet(ids)).filter((d): d is Discipline => d !== undefined);
    const lookup = new Map(found.map((d) => [d.id, d]));
    const group = { ...draft, name: draft.name.trim() || '本专科' };
    const problem = leadReferenceProblem(group, lookup) ?? leadCategoryProblem(group, lookup);
    if (problem) throw new RecordValidationError([{ field: 'leadDisciplineId', message: problem }]);
    const stranger = draft.participantDisciplineIds.find((id) => lookup.get(id)?.hospitalId !== draft.hospitalId);
    if (stranger) throw new RecordValidationError([{ field: 'participantDisciplineIds', message: `参与学科不存在或属于其他医院（编号 ${stranger}）` }]);
    return saveRecord(db, 'specialties', draft);
  });
}

/** What deleting a specialty takes with it, per child table, for the confirm dialog. */
export interface SpecialtyDeleteImpact {
  /** '核心病种 5 条、建设目标 4 条…'; only tables with rows. */
  children: { table: ChildTableName; label: string; count: number }[];
  /** Contracts that bind the specialty: the delete is refused while they exist. */
  contracts: string[];
}

export async function describeSpecialtyDelete(db: PlannerDatabase, specialtyId: string): Promise<SpecialtyDeleteImpact> {
  const counts = await Promise.all(CHILD_TABLES.map((t) => db.table(t).where('specialtyId').equals(specialtyId).count()));
  const specialty = await specialties(db).get(specialtyId);
  const bound = specialty ? await contractsOf(db, specialty) : [];
  return {
    children: CHILD_TABLES.map((table, i) => ({ table, label: SPECIALTY_TABLE_LABELS[table], count: counts[i]! })).filter((c) => c.count > 0),
    contracts: bound.map((c) => c.title),
  };
}

async function contractsOf(db: PlannerDatabase, specialty: ClinicalSpecialty): Promise<DirectorContract[]> {
  const list = await contracts(db).where('hospitalId').equals(specialty.hospitalId).toArray();
  return list.filter((c) => c.unit.kind === 'SPECIALTY' && c.unit.id === specialty.id);
}

/**
 * Deletes a specialty and every child row in one transaction, with a tombstone for each in the outbox.
 * Tasks of other specialties that depended on its tasks lose that dependency in the same write. Refused while a
 * 目标责任书 binds the specialty (a signed contract is a record of what was agreed).
 */
export async function deleteSpecialty(db: PlannerDatabase, specialtyId: string): Promise<void> {
  await db.transaction('rw', [specialties(db), contracts(db), ...allChildTables(db), db.outbox], async () => {
    const specialty = await specialties(db).get(specialtyId);
    if (!specialty) throw new Error('该专科已被删除，请刷新页面');
    const bound = await contractsOf(db, specialty);
    if (bound.length > 0) {
      throw new Error(`专科「${specialty.name}」仍有目标责任书：${bound.map((c) => `「${c.title}」`).join('、')}，请先处理责任书再删除`);
    }
    const taskIds = await child(db, 'milestones').where('specialtyId').equals(specialtyId).primaryKeys();
    await detachDependencies(db, new Set(taskIds), specialtyId);
    for (const table of CHILD_TABLES) {
      const ids = await db.table(table).where('specialtyId').equals(specialtyId).primaryKeys();
      await deleteRecords(db, table, ids as string[]);
    }
    await deleteRecords(db, 'specialties', [specialtyId]);
  });
}

/** Removes `removed` task ids from the dependencies of tasks outside `exceptSpecialtyId` (cross-specialty links). */
async function detachDependencies(db: PlannerDatabase, removed: Set<string>, exceptSpecialtyId: string | null) {
  if (removed.size === 0) return;
  const dependants = await child(db, 'milestones')
    .filter((m) => m.specialtyId !== exceptSpecialtyId && m.dependsOn.some((d) => removed.has(d)))
    .toArray();
  await saveRecords(db, 'milestones', dependants.map((m) => ({ ...m, dependsOn: m.dependsOn.filter((d) => !removed.has(d)) })));
}

/** A child row as a form hands it over: the record without the fields the repository owns. */
export type ChildDraft<T extends ChildTableName> = Draft<T>;

/**
 * Where a task falls outside the plan period, the field to blame is the one outside (the check's choice too):
 * the start when it begins too early, else the end.
 */
export function milestoneFieldIssue(m: Pick<Milestone, 'title' | 'start' | 'end'>, periods: readonly PlanPeriod[]): { field: 'start' | 'end'; message: string } | null {
  if (dateRangeProblem(m.start, m.end)) return null; // the schema reports it on `end`
  const message = milestonePeriodProblem(m, periods);
  if (!message) return null;
  const startsInside = periods.some((p) => m.start >= planPeriodDates(p).start && m.start <= planPeriodDates(p).end);
  return { field: startsInside ? ('end' as const) : ('start' as const), message };
}

/**
 * Saves one child row of a specialty. The specialty must exist; a roadmap task must lie inside the
 * hospital's plan period (五.（一）), checked here so the form and any other caller are refused alike.
 */
export async function saveSpecialtyChild<T extends ChildTableName>(db: PlannerDatabase, table: T, draft: ChildDraft<T>): Promise<SpecialtyRecord<T>> {
  return db.transaction('rw', [specialties(db), plans(db), db.table(table), db.outbox], async () => {
    const specialty = await specialties(db).get(draft.specialtyId);
    if (!specialty) throw new Error('该专科已被删除，请刷新页面');
    if (table === 'milestones') {
      const periods = (await plans(db).where('hospitalId').equals(specialty.hospitalId).toArray()).map((p) => p.period);
      const issue = milestoneFieldIssue(draft as unknown as ChildDraft<'milestones'>, periods);
      if (issue) throw new RecordValidationError([issue]);
    }
    return saveRecord(db, table, draft);
  });
}

/**
 * Deletes one child row. A goal's roadmap tasks keep their place but lose the link (goalId null); a task that
 * others depend on is removed from their dependencies — both in the same transaction.
 */
export async function deleteSpecialtyChild(db: PlannerDatabase, table: ChildTableName, id: string): Promise<void> {
  await db.transaction('rw', [db.table(table), child(db, 'milestones'), db.outbox], async () => {
    if (table === 'goals') {
      const linked = await child(db, 'milestones').filter((m) => m.goalId === id).toArray();
      await saveRecords(db, 'milestones', linked.map((m) => ({ ...m, goalId: null })));
    }
    if (table === 'milestones') await detachDependencies(db, new Set([id]), null);
    await deleteRecords(db, table, [id]);
  });
}
