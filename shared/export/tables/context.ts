import { runChecks, type Finding } from '../../checks/index.ts';
import {
  scopeSpecialtyTables,
  type AllTables,
  type ClinicalSpecialty,
  type ContractTarget,
  type DirectorContract,
  type Discipline,
  type Hospital,
  type SpecialtyTableRows,
} from '../../domain/index.ts';
import type { TableScope } from './types.ts';

/**
 * The rows of one hospital (and optionally one specialty) and the name lookups the builders share. Built once
 * per buildTableView call; the workbook builds it once for all its sheets (see createViewContext).
 */
export interface ViewContext {
  tables: AllTables;
  scope: TableScope;
  hospital: Hospital | undefined;
  hospitals: Hospital[];
  disciplines: Discipline[];
  /** Specialty tables narrowed to the hospital, and to scope.specialtyId when given. */
  specialty: SpecialtyTableRows;
  contracts: DirectorContract[];
  contractTargets: ContractTarget[];
  disciplineNames: ReadonlyMap<string, string>;
  specialtyNames: ReadonlyMap<string, string>;
  specialtyName(id: string): string;
  contractTitle(id: string): string;
  findings(): Finding[];
}

function narrowToSpecialty(rows: SpecialtyTableRows, specialtyId: string): SpecialtyTableRows {
  const one = <R extends { specialtyId: string }>(list: R[]) => list.filter((r) => r.specialtyId === specialtyId);
  return {
    ...rows,
    specialties: rows.specialties.filter((s) => s.id === specialtyId),
    coreDiseases: one(rows.coreDiseases),
    goals: one(rows.goals),
    resourceNeeds: one(rows.resourceNeeds),
    technologyProjects: one(rows.technologyProjects),
    talentEntries: one(rows.talentEntries),
    grassrootsActivities: one(rows.grassrootsActivities),
    qcIndicators: one(rows.qcIndicators),
    milestones: one(rows.milestones),
  };
}

/** Specialties in a stable, readable order: by name (Chinese collation), so every table lists them alike. */
const byName = (a: ClinicalSpecialty, b: ClinicalSpecialty) => a.name.localeCompare(b.name, 'zh-CN');

export function createViewContext(tables: AllTables, scope: TableScope): ViewContext {
  const { hospitalId } = scope;
  const hospitals = tables.hospitals.filter((h) => h.id === hospitalId);
  const disciplines = tables.disciplines.filter((d) => d.hospitalId === hospitalId);
  const scoped = scopeSpecialtyTables(tables, hospitalId);
  const specialty = scope.specialtyId === undefined ? scoped : narrowToSpecialty(scoped, scope.specialtyId);
  specialty.specialties = [...specialty.specialties].sort(byName);
  const contracts = tables.contracts.filter((c) => c.hospitalId === hospitalId);
  const contractIds = new Set(contracts.map((c) => c.id));
  const disciplineNames = new Map(disciplines.map((d) => [d.id, d.name]));
  const specialtyNames = new Map(scoped.specialties.map((s) => [s.id, s.name]));
  const contractTitles = new Map(contracts.map((c) => [c.id, c.title]));
  let findings: Finding[] | undefined;
  return {
    tables,
    scope,
    hospital: hospitals[0],
    hospitals,
    disciplines,
    specialty,
    contracts,
    contractTargets: tables.contractTargets.filter((t) => contractIds.has(t.contractId)),
    disciplineNames,
    specialtyNames,
    specialtyName: (id) => specialtyNames.get(id) ?? '（已删除的专科）',
    contractTitle: (id) => contractTitles.get(id) ?? '（已删除的责任书）',
    // The readiness check is the one expensive view; run it only when its sheet is asked for.
    findings: () => (findings ??= runChecks(tables, { hospitalId })),
  };
}

/** Child rows in the order their specialty is listed, so a specialty's rows stay together. */
export function bySpecialtyOrder<R extends { specialtyId: string }>(ctx: ViewContext, rows: readonly R[]): R[] {
  const rank = new Map(ctx.specialty.specialties.map((s, i) => [s.id, i]));
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (rank.get(a.row.specialtyId) ?? 1e9) - (rank.get(b.row.specialtyId) ?? 1e9) || a.i - b.i)
    .map((x) => x.row);
}
