import { useMemo } from 'react';
import {
  budgetTotals,
  diseaseAreaName,
  type ChildTableName,
  type ClinicalSpecialty,
  type Discipline,
} from '#shared/domain/index.ts';
import {
  deleteSpecialty,
  deleteSpecialtyChild,
  describeSpecialtyDelete,
  listSpecialtyBoard,
  readSpecialty,
  saveSpecialty,
  saveSpecialtyChild,
  useDatabase,
  useLive,
  type ChildDraft,
  type Draft,
  type SpecialtyBoard,
} from '#renderer/db/index.ts';
import { compareText } from '#renderer/i18n/collate.ts';

export function useSpecialtyBoard(hospitalId: string | null) {
  return useLive((db) => (hospitalId ? listSpecialtyBoard(db, hospitalId) : Promise.resolve(undefined)), [hospitalId]);
}

/** undefined while loading, null when the specialty does not exist (deleted, or a stale link). */
export function useSpecialtyDetail(specialtyId: string) {
  return useLive((db) => readSpecialty(db, specialtyId), [specialtyId]);
}

/** A list row: the record and what the table shows about its group and child rows. */
export interface SpecialtyRow {
  specialty: ClinicalSpecialty;
  areaName: string;
  leadName: string;
  participantNames: string[];
  counts: { coreDiseases: number; goals: number; resourceNeeds: number; milestones: number };
  /** 万元, every need of every year. */
  budget: number;
}

/** Child rows of every table grouped by specialty id once, so each row's counts are lookups. */
export function useSpecialtyRows(board: SpecialtyBoard | undefined): SpecialtyRow[] | undefined {
  return useMemo(() => {
    if (!board) return undefined;
    const names = new Map(board.disciplines.map((d) => [d.id, d.name]));
    const per = <R extends { specialtyId: string }>(rows: readonly R[]) => {
      const groups = new Map<string, R[]>();
      for (const r of rows) groups.set(r.specialtyId, [...(groups.get(r.specialtyId) ?? []), r]);
      return groups;
    };
    const diseases = per(board.children.coreDiseases);
    const goals = per(board.children.goals);
    const needs = per(board.children.resourceNeeds);
    const tasks = per(board.children.milestones);
    return board.specialties.map((s) => ({
      specialty: s,
      areaName: diseaseAreaName(s),
      leadName: names.get(s.leadDisciplineId) ?? '（学科不存在）',
      participantNames: s.participantDisciplineIds.map((id) => names.get(id) ?? '（学科不存在）'),
      counts: {
        coreDiseases: diseases.get(s.id)?.length ?? 0,
        goals: goals.get(s.id)?.length ?? 0,
        resourceNeeds: needs.get(s.id)?.length ?? 0,
        milestones: tasks.get(s.id)?.length ?? 0,
      },
      budget: budgetTotals(needs.get(s.id) ?? []).total,
    }));
  }, [board]);
}

/** Disciplines sorted by name, and a lookup by id, for the 1+N pickers. */
export function useDisciplineLookup(disciplines: readonly Discipline[] | undefined) {
  return useMemo(() => {
    const sorted = [...(disciplines ?? [])].sort((a, b) => compareText(a.name, b.name));
    return { sorted, byId: new Map(sorted.map((d) => [d.id, d])) };
  }, [disciplines]);
}

/** Every write the specialty screens make, through renderer/src/db/specialties.ts (validated there). */
export function useSpecialtyActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      save: (draft: Draft<'specialties'>) => saveSpecialty(db, draft),
      describeDelete: (id: string) => describeSpecialtyDelete(db, id),
      remove: (id: string) => deleteSpecialty(db, id),
      saveChild: <T extends ChildTableName>(table: T, draft: ChildDraft<T>) => saveSpecialtyChild(db, table, draft),
      removeChild: (table: ChildTableName, id: string) => deleteSpecialtyChild(db, table, id),
    }),
    [db],
  );
}
