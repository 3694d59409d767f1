import type { Discipline } from '../discipline.ts';
import type { Hospital } from '../hospital.ts';
import type { Plan } from './plan.ts';
import type { ClinicalSpecialty } from './specialty.ts';
import { CHILD_TABLES, type ChildTableName, type SpecialtyRecord, type SpecialtyTables } from './tables.ts';

export interface SpecialtyLookups {
  hospitals: Map<string, Hospital>;
  disciplines: Map<string, Discipline>;
  specialties: Map<string, ClinicalSpecialty>;
  specialtiesByHospital: Map<string, ClinicalSpecialty[]>;
  /** Specialties each discipline leads: more than one is SPEC-LEAD-TWICE. */
  specialtiesByLead: Map<string, ClinicalSpecialty[]>;
  plansByHospital: Map<string, Plan[]>;
  /** Child rows per specialty id, one map per child table. */
  children: { [T in ChildTableName]: Map<string, SpecialtyRecord<T>[]> };
}

function groupBy<R>(rows: readonly R[], key: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

// Built once per tables object and shared by every specialty rule (as shared/checks/lookups.ts does for
// disciplines): over a province (~1,600 specialties, tens of thousands of child rows) each rule must look
// things up in a map, never scan another table per row. runChecks hands the rules a fresh object per run,
// so an edit between two runs is never answered from a stale map.
const cache = new WeakMap<SpecialtyTables, SpecialtyLookups>();

export function specialtyLookups(tables: SpecialtyTables): SpecialtyLookups {
  const cached = cache.get(tables);
  if (cached) return cached;
  const children = Object.fromEntries(
    CHILD_TABLES.map((table) => [table, groupBy<{ specialtyId: string }>(tables[table], (r) => r.specialtyId)]),
  ) as SpecialtyLookups['children'];
  const result: SpecialtyLookups = {
    hospitals: new Map(tables.hospitals.map((h) => [h.id, h])),
    disciplines: new Map(tables.disciplines.map((d) => [d.id, d])),
    specialties: new Map(tables.specialties.map((s) => [s.id, s])),
    specialtiesByHospital: groupBy(tables.specialties, (s) => s.hospitalId),
    specialtiesByLead: groupBy(tables.specialties, (s) => s.leadDisciplineId),
    plansByHospital: groupBy(tables.plans, (p) => p.hospitalId),
    children,
  };
  cache.set(tables, result);
  return result;
}

/** The child rows of one specialty in one table; an empty array (not undefined) when it has none. */
export function childrenOf<T extends ChildTableName>(lookups: SpecialtyLookups, table: T, specialtyId: string): readonly SpecialtyRecord<T>[] {
  return lookups.children[table].get(specialtyId) ?? [];
}
