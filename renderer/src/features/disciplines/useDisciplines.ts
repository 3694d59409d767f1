import { useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AllTables, Discipline, DisciplineCategory, Hospital } from '#shared/domain/index.ts';
import { referencesTo, runChecks, type Finding, type Reference } from '#shared/checks/index.ts';
import {
  deleteDiscipline,
  listDisciplines,
  readAllTables,
  reclassifyDisciplines,
  saveRecord,
  useDatabase,
  useLive,
  type Draft,
} from '#renderer/db/index.ts';
import { useDisciplineFilters, type HospitalScope } from '#renderer/stores/disciplineFilters.ts';
import { useCurrentHospital, useHospitals } from '#renderer/features/hospital/useHospitals.ts';
import { CATEGORY_ORDER } from './categories.ts';

export interface DisciplineScope {
  hospitals: Hospital[];
  current: Hospital | null;
  /** Hospital whose disciplines are shown; null = every hospital in the database. */
  hospitalId: string | null;
  /** Hospital a new discipline is added to: the one shown, else the current one. */
  targetHospitalId: string | null;
}

/**
 * Which hospitals' disciplines were asked for, known before any record is read. A link may name the scope
 * (`#/disciplines?hospital=all` or `?hospital=<id>`); it wins over the stored filter.
 */
export function useRequestedScope(): HospitalScope {
  const stored = useDisciplineFilters((s) => s.scope);
  const [params] = useSearchParams();
  const linked = params.get('hospital');
  return linked === 'all' ? 'ALL' : linked ? { hospitalId: linked } : stored;
}

/** Resolves the requested scope against what the database holds; undefined while loading. */
export function useDisciplineScope(requested: HospitalScope): DisciplineScope | undefined {
  const hospitals = useHospitals();
  const current = useCurrentHospital();
  if (hospitals === undefined || current === undefined) return undefined;
  const chosen = typeof requested === 'object' && hospitals.some((h) => h.id === requested.hospitalId) ? requested.hospitalId : null;
  const hospitalId = requested === 'ALL' ? null : (chosen ?? current?.id ?? null);
  return { hospitals, current, hospitalId, targetHospitalId: hospitalId ?? current?.id ?? null };
}

/** A table row: the record plus what the table shows about its neighbours, computed once per data change. */
export interface DisciplineRow extends Discipline {
  parentName: string;
  hospitalName: string;
  /** Lower-cased "parent name" text the search box matches against. */
  searchText: string;
}

export function useDisciplineRows(requested: HospitalScope, scope: DisciplineScope | undefined): DisciplineRow[] | undefined {
  // Every hospital needs no hospital record first: the read starts with the page, not after another query.
  const hospitalId = requested === 'ALL' ? null : scope?.hospitalId;
  const records = useLive((db) => (hospitalId === undefined ? Promise.resolve(undefined) : listDisciplines(db, hospitalId)), [hospitalId]);
  const hospitals = scope?.hospitals;
  return useMemo(() => {
    if (!records || !hospitals) return undefined;
    const names = new Map(records.map((d) => [d.id, d.name]));
    const hospitalNames = new Map(hospitals.map((h) => [h.id, h.name]));
    return records.map((d) => {
      const parentName = d.parentId ? (names.get(d.parentId) ?? '') : '';
      return {
        ...d,
        parentName,
        hospitalName: hospitalNames.get(d.hospitalId) ?? '',
        searchText: `${parentName} ${d.name}`.toLowerCase(),
      };
    });
  }, [records, hospitals]);
}

export type CategoryCounts = Record<DisciplineCategory | 'ALL', number>;

/**
 * Applies the search box and category filter. The search text is deferred so typing stays responsive with
 * thousands of rows; both steps are memoized on their inputs only.
 */
export function useFilteredRows(rows: DisciplineRow[]) {
  const search = useDeferredValue(useDisciplineFilters((s) => s.search));
  const category = useDisciplineFilters((s) => s.category);
  const matching = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return needle ? rows.filter((r) => r.searchText.includes(needle)) : rows;
  }, [rows, search]);
  const counts = useMemo(() => {
    const result = Object.fromEntries([['ALL', matching.length], ...CATEGORY_ORDER.map((c) => [c, 0])]) as CategoryCounts;
    for (const r of matching) result[r.category] += 1;
    return result;
  }, [matching]);
  const visible = useMemo(
    () => (category === 'ALL' ? matching : matching.filter((r) => r.category === category)),
    [matching, category],
  );
  return { visible, counts };
}

/**
 * Readiness findings about disciplines (measures 3 and 5), computed from the rows the table already holds:
 * no second read of the database, and deferred so the table paints first.
 */
export function useDisciplineFindings(scope: DisciplineScope | undefined, rows: DisciplineRow[] | undefined) {
  const deferredRows = useDeferredValue(rows);
  const hospitalId = scope?.hospitalId;
  const allHospitals = scope?.hospitals;
  return useMemo((): Finding[] | undefined => {
    if (!allHospitals || !deferredRows) return undefined;
    const hospitals = hospitalId ? allHospitals.filter((h) => h.id === hospitalId) : allHospitals;
    const findings = runChecks({ hospitals, disciplines: deferredRows });
    return findings.filter((f) => f.target.table === 'disciplines' || /^四\.[35]$/.test(f.article));
  }, [hospitalId, allHospitals, deferredRows]);
}

/** Strips the table-only fields from a row before it goes back to the repository. */
export function toRecord(row: Discipline | DisciplineRow): Discipline {
  const { parentName: _p, hospitalName: _h, searchText: _s, ...record } = row as DisciplineRow;
  return record;
}

/** Every write the discipline screens make, through the repository in renderer/src/db (validated by zod there). */
export function useDisciplineActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      save: (draft: Draft<'disciplines'>) => saveRecord(db, 'disciplines', draft),
      setCategory: (row: Discipline, category: DisciplineCategory) =>
        saveRecord(db, 'disciplines', { ...toRecord(row), category }),
      /** All chosen disciplines change in one transaction: either every one is re-classified or none. */
      reclassify: (ids: string[], category: DisciplineCategory) => reclassifyDisciplines(db, ids, category),
      remove: (id: string) => deleteDiscipline(db, id),
      /** What the delete dialog must say: the records that reference this discipline, in words. */
      describeReferences: async (row: Discipline): Promise<DeleteImpact> => {
        const tables = await readAllTables(db);
        return describeReferences(tables, row);
      },
    }),
    [db],
  );
}

/** What the delete dialog says: sub-disciplines are detached; any other reference refuses the delete. */
export interface DeleteImpact {
  /** "「内科」有 3 个下级学科：…；删除后它们将成为一级学科", or null when there are none. */
  children: string | null;
  /** "「心血管内科」被 1 个临床专科（牵头）引用：胸痛中心", or null when nothing else refers to it. */
  blocking: string | null;
}

export function describeReferences(tables: AllTables, row: Discipline): DeleteImpact {
  const refs = referencesTo(tables, 'disciplines', row.id);
  const byLabel = new Map<string, Reference[]>();
  for (const ref of refs) byLabel.set(ref.label, [...(byLabel.get(ref.label) ?? []), ref]);
  const children: string[] = [];
  const blocking: string[] = [];
  for (const [label, group] of byLabel) {
    const names = group.map((r) => r.name).join('、');
    if (group[0]?.table === 'disciplines' && group[0].field === 'parentId') {
      children.push(`「${row.name}」有 ${group.length} 个${label}：${names}；删除后它们将成为一级学科`);
    } else {
      blocking.push(`「${row.name}」被 ${group.length} 个${label}引用：${names}`);
    }
  }
  return { children: children.join('。') || null, blocking: blocking.join('。') || null };
}
