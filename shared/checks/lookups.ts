import type { AllTables, Discipline, Hospital } from '../domain/index.ts';

export interface Lookups {
  hospitals: Map<string, Hospital>;
  disciplines: Map<string, Discipline>;
  disciplinesByHospital: Map<string, Discipline[]>;
}

// Built once per tables object and shared by every rule: with ~8,000 disciplines the rules must not each
// rebuild maps, let alone search arrays. runChecks hands the rules a fresh object on every call, so an edit
// between two checks is never answered from a stale map.
const cache = new WeakMap<AllTables, Lookups>();

export function lookups(tables: AllTables): Lookups {
  const cached = cache.get(tables);
  if (cached) return cached;
  const disciplinesByHospital = new Map<string, Discipline[]>();
  for (const d of tables.disciplines) {
    const list = disciplinesByHospital.get(d.hospitalId);
    if (list) list.push(d);
    else disciplinesByHospital.set(d.hospitalId, [d]);
  }
  const result: Lookups = {
    hospitals: new Map(tables.hospitals.map((h) => [h.id, h])),
    disciplines: new Map(tables.disciplines.map((d) => [d.id, d])),
    disciplinesByHospital,
  };
  cache.set(tables, result);
  return result;
}
