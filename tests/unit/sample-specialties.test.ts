import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup } from '#shared/backup/index.ts';
import {
  GOAL_HORIZONS,
  MAJOR_DISEASE_AREAS,
  RESOURCE_ELEMENTS,
  TABLE_NAMES,
  TALENT_ECHELONS,
  TECHNOLOGY_TYPES,
  dependencyProblems,
  findIcd10,
  isFlexibleRecruitment,
  isOverdue,
  milestonePeriodProblem,
  type AllTables,
} from '#shared/domain/index.ts';
import { DEMO_NO_QC_OFFICER, DEMO_PLAN_DOC_NUMBER, DEMO_PLAN_TITLE, SAMPLE_TODAY, generateSample } from '#shared/sample/index.ts';

const demo = generateSample({ size: 'demo' });
const large = generateSample({ size: 'large' });
const byId = new Map(demo.disciplines.map((d) => [d.id, d]));

function rowCount(tables: AllTables): number {
  return TABLE_NAMES.reduce((sum, t) => sum + tables[t].length, 0);
}

describe('sample: demo specialties', () => {
  it('has 8 specialties covering the four major disease areas', () => {
    expect(demo.specialties).toHaveLength(8);
    expect(new Set(demo.specialties.map((s) => s.diseaseArea))).toEqual(new Set(MAJOR_DISEASE_AREAS));
    expect(new Set(demo.specialties.map((s) => s.name)).size).toBe(8);
  });

  it('builds each on a "1+N" group led by a distinct 优势/重点扶持 discipline of the demo hospital', () => {
    for (const s of demo.specialties) {
      const lead = byId.get(s.leadDisciplineId)!;
      expect(['ADVANTAGE', 'KEY_SUPPORT'], s.name).toContain(lead.category);
      expect(s.participantDisciplineIds.length, s.name).toBeGreaterThanOrEqual(1);
      for (const id of s.participantDisciplineIds) expect(byId.get(id)?.hospitalId).toBe(s.hospitalId);
      expect(Object.values(s.management).every((note) => /[\u4e00-\u9fff]{10}/.test(note)), s.name).toBe(true);
      expect(s.headName).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }
    expect(new Set(demo.specialties.map((s) => s.leadDisciplineId)).size).toBe(8);
  });

  it('leaves exactly one specialty without a 质控专员', () => {
    expect(demo.specialties.filter((s) => s.qcOfficer === null).map((s) => s.name)).toEqual([DEMO_NO_QC_OFFICER]);
  });

  it('fills every child table of every specialty', () => {
    for (const s of demo.specialties) {
      const mine = <R extends { specialtyId: string }>(rows: readonly R[]) => rows.filter((r) => r.specialtyId === s.id);
      expect(mine(demo.coreDiseases).every((d) => findIcd10(d.icd10Code)?.name === d.name), s.name).toBe(true);
      expect(new Set(mine(demo.goals).map((g) => g.horizon))).toEqual(new Set(GOAL_HORIZONS));
      expect(new Set(mine(demo.resourceNeeds).map((n) => n.element))).toEqual(new Set(RESOURCE_ELEMENTS));
      expect(new Set(mine(demo.talentEntries).map((t) => t.echelon))).toEqual(new Set(TALENT_ECHELONS));
      expect(mine(demo.talentEntries).some((t) => isFlexibleRecruitment(t.recruitment))).toBe(true);
      expect(mine(demo.grassrootsActivities).length).toBeGreaterThan(0);
      expect(mine(demo.qcIndicators).every((q) => q.baseline !== null && q.annualTargets.length === 5)).toBe(true);
      expect(mine(demo.milestones).length).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(demo.technologyProjects.map((t) => t.type))).toEqual(new Set(TECHNOLOGY_TYPES));
    expect(new Set(demo.technologyProjects.map((t) => t.subtype))).toEqual(new Set(['内镜', '介入', '局部微创', null]));
    expect(new Set(demo.resourceNeeds.map((n) => n.fundingSource)).size).toBe(3);
  });

  it('keeps the roadmap inside the plan period, with valid dependencies and a few overdue tasks', () => {
    const [plan] = demo.plans;
    expect(demo.milestones.every((m) => milestonePeriodProblem(m, [plan!.period]) === null)).toBe(true);
    expect(dependencyProblems(demo.milestones)).toEqual([]);
    expect(demo.milestones.some((m) => m.dependsOn.length > 0)).toBe(true);
    const overdue = demo.milestones.filter((m) => isOverdue(m, SAMPLE_TODAY));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.length).toBeLessThanOrEqual(6);
  });

  it('has one plan in review, with the five sections written', () => {
    expect(demo.plans).toHaveLength(1);
    const [plan] = demo.plans;
    expect(plan).toMatchObject({ title: DEMO_PLAN_TITLE, docNumber: DEMO_PLAN_DOC_NUMBER, period: { startYear: 2024, endYear: 2028 } });
    expect(['DRAFT', 'INTERNAL_REVIEW']).toContain(plan!.status);
    for (const blocks of Object.values(plan!.sections)) expect(blocks.some((b) => b.type === 'paragraph' || b.type === 'list')).toBe(true);
  });
});

describe('sample: large province specialties', () => {
  it('gives general and TCM hospitals specialties, ≥ 5,000 roadmap tasks in all', () => {
    expect(large.milestones.length).toBeGreaterThanOrEqual(5000);
    const types = new Map(large.hospitals.map((h) => [h.id, h.type]));
    expect(large.specialties.every((s) => types.get(s.hospitalId) !== 'SPECIALIZED')).toBe(true);
    expect(new Set(large.specialties.map((s) => s.hospitalId)).size).toBeGreaterThan(80);
    expect(dependencyProblems(large.milestones)).toEqual([]);
  });

  it('contains the demo hospital’s specialties and plan exactly', () => {
    const demoId = demo.hospitals[0]!.id;
    expect(large.specialties.filter((s) => s.hospitalId === demoId)).toEqual(demo.specialties);
    expect(large.plans.filter((p) => p.hospitalId === demoId)).toEqual(demo.plans);
  });

  it('stays moderate: ≲ 60,000 rows in all tables', () => {
    expect(rowCount(large)).toBeLessThanOrEqual(60_000);
  });
});

describe('sample: backup round trip', () => {
  it.each([
    ['demo', demo],
    ['large', large],
  ] as const)('%s passes the backup integrity check', (_, tables) => {
    const result = parseBackup(JSON.stringify(makeBackup(tables, 'test')));
    expect(result.ok, result.ok ? '' : JSON.stringify(result).slice(0, 500)).toBe(true);
  });
});
