import type { z } from 'zod';
import type { Discipline } from '../discipline.ts';
import type { Hospital } from '../hospital.ts';
import { MilestoneSchema } from './milestone.ts';
import { ResourceNeedSchema } from './needs.ts';
import { PlanSchema } from './plan.ts';
import { CoreDiseaseSchema, GoalSchema, GrassrootsActivitySchema, QcIndicatorSchema, TalentEntrySchema, TechnologyProjectSchema } from './records.ts';
import { ClinicalSpecialtySchema } from './specialty.ts';

/**
 * The tables issue 5 adds, in the shape of TABLE_SCHEMAS (shared/domain/tables.ts), so registering them is
 * one spread there: `{ hospitals, disciplines, ...SPECIALTY_TABLE_SCHEMAS }`.
 */
export const SPECIALTY_TABLE_SCHEMAS = {
  specialties: ClinicalSpecialtySchema,
  coreDiseases: CoreDiseaseSchema,
  goals: GoalSchema,
  resourceNeeds: ResourceNeedSchema,
  technologyProjects: TechnologyProjectSchema,
  talentEntries: TalentEntrySchema,
  grassrootsActivities: GrassrootsActivitySchema,
  qcIndicators: QcIndicatorSchema,
  milestones: MilestoneSchema,
  plans: PlanSchema,
} as const;

export type SpecialtyTableName = keyof typeof SPECIALTY_TABLE_SCHEMAS;
export const SPECIALTY_TABLE_NAMES = Object.keys(SPECIALTY_TABLE_SCHEMAS) as SpecialtyTableName[];
export type SpecialtyRecord<T extends SpecialtyTableName> = z.infer<(typeof SPECIALTY_TABLE_SCHEMAS)[T]>;

export const SPECIALTY_TABLE_LABELS: Record<SpecialtyTableName, string> = {
  specialties: '临床专科',
  coreDiseases: '核心病种',
  goals: '建设目标',
  resourceNeeds: '要素需求',
  technologyProjects: '技术项目',
  talentEntries: '人才梯队',
  grassrootsActivities: '基层帮扶',
  qcIndicators: '质控指标',
  milestones: '路线图任务',
  plans: '专科建设规划',
};

/**
 * What the specialty rules and validators read. AllTables satisfies it once the tables above are in
 * TABLE_SCHEMAS; read-only arrays, so AllTables' mutable ones and any test literal both fit.
 */
export type SpecialtyTables = { readonly hospitals: readonly Hospital[]; readonly disciplines: readonly Discipline[] } & {
  readonly [T in SpecialtyTableName]: readonly SpecialtyRecord<T>[];
};

/** Tables that belong to a specialty through `specialtyId` (everything but specialties and plans). */
export const CHILD_TABLES = ['coreDiseases', 'goals', 'resourceNeeds', 'technologyProjects', 'talentEntries', 'grassrootsActivities', 'qcIndicators', 'milestones'] as const;
export type ChildTableName = (typeof CHILD_TABLES)[number];

/** Same shape as ForeignKey (shared/domain/references.ts); `many` marks a field holding an array of ids. */
export interface SpecialtyForeignKey {
  table: SpecialtyTableName;
  field: string;
  target: SpecialtyTableName | 'hospitals' | 'disciplines';
  label: string;
  many?: true;
}

export const SPECIALTY_FOREIGN_KEYS: readonly SpecialtyForeignKey[] = [
  { table: 'specialties', field: 'hospitalId', target: 'hospitals', label: '临床专科' },
  { table: 'specialties', field: 'leadDisciplineId', target: 'disciplines', label: '临床专科（牵头）' },
  { table: 'specialties', field: 'participantDisciplineIds', target: 'disciplines', label: '临床专科（参与）', many: true },
  ...CHILD_TABLES.map((table) => ({ table, field: 'specialtyId', target: 'specialties' as const, label: SPECIALTY_TABLE_LABELS[table] })),
  { table: 'talentEntries', field: 'homeDisciplineId', target: 'disciplines', label: '人才梯队成员' },
  { table: 'milestones', field: 'goalId', target: 'goals', label: '路线图任务' },
  { table: 'milestones', field: 'dependsOn', target: 'milestones', label: '后续任务', many: true },
  { table: 'plans', field: 'hospitalId', target: 'hospitals', label: '专科建设规划' },
];

/** Mutable arrays of every specialty table, as AllTables holds them. */
export type SpecialtyTableRows = { [T in SpecialtyTableName]: SpecialtyRecord<T>[] };

/**
 * The specialty tables of one hospital, for runChecks' hospitalId option: children follow their specialty,
 * whose hospital they share. One pass per table with a Set, so scoping a province costs O(rows).
 */
export function scopeSpecialtyTables(tables: SpecialtyTables, hospitalId: string): SpecialtyTableRows {
  const specialties = tables.specialties.filter((s) => s.hospitalId === hospitalId);
  const ids = new Set(specialties.map((s) => s.id));
  const mine = <R extends { specialtyId: string }>(rows: readonly R[]) => rows.filter((r) => ids.has(r.specialtyId));
  return {
    specialties,
    coreDiseases: mine(tables.coreDiseases),
    goals: mine(tables.goals),
    resourceNeeds: mine(tables.resourceNeeds),
    technologyProjects: mine(tables.technologyProjects),
    talentEntries: mine(tables.talentEntries),
    grassrootsActivities: mine(tables.grassrootsActivities),
    qcIndicators: mine(tables.qcIndicators),
    milestones: mine(tables.milestones),
    plans: tables.plans.filter((p) => p.hospitalId === hospitalId),
  };
}
