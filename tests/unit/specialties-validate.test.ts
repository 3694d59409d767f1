import { describe, expect, it } from 'vitest';
import type { Discipline } from '#shared/domain/index.ts';
import {
  budgetTotals,
  dependencyProblems,
  isOverdue,
  leadCategoryProblem,
  leadReferenceProblem,
  leadTwiceProblem,
  milestonePeriodProblem,
  participantProblems,
  resourceGap,
  scopeSpecialtyTables,
  type Milestone,
  type ResourceNeed,
  type SpecialtyTables,
} from '#shared/domain/specialties/index.ts';
import { makeDiscipline } from '#tests/helpers/factories.ts';

const lead = makeDiscipline({ id: 'd-lead', hospitalId: 'h-1', name: '心血管内科', category: 'ADVANTAGE' });
const basic = makeDiscipline({ id: 'd-basic', hospitalId: 'h-1', name: '急诊医学科', category: 'BASIC' });
const elsewhere = makeDiscipline({ id: 'd-other', hospitalId: 'h-2', name: '心脏外科', category: 'KEY_SUPPORT' });
const disciplines = new Map<string, Discipline>([lead, basic, elsewhere].map((d) => [d.id, d]));
const group = { name: '胸痛中心', hospitalId: 'h-1', leadDisciplineId: 'd-lead', participantDisciplineIds: ['d-basic'] };

describe('specialties: 1+N group', () => {
  it('lets 优势 and 重点扶持 disciplines lead, and blocks the others citing 四.6', () => {
    expect(leadCategoryProblem(group, disciplines)).toBeNull();
    expect(leadCategoryProblem({ ...group, hospitalId: 'h-2', leadDisciplineId: 'd-other' }, disciplines)).toBeNull();
    expect(leadCategoryProblem({ ...group, leadDisciplineId: 'd-basic' }, disciplines)).toBe(
      '专科「胸痛中心」的牵头学科「急诊医学科」是基础学科，“1+N”学科群应由优势学科或重点扶持学科牵头（四.6）',
    );
  });

  it('reports a lead or participant that is missing or in another hospital', () => {
    expect(leadReferenceProblem(group, disciplines)).toBeNull();
    expect(leadReferenceProblem({ ...group, leadDisciplineId: 'gone' }, disciplines)).toBe('专科「胸痛中心」的牵头学科不存在（编号 gone）');
    expect(leadReferenceProblem({ ...group, leadDisciplineId: 'd-other' }, disciplines)).toBe('专科「胸痛中心」的牵头学科「心脏外科」属于其他医院');
    expect(participantProblems(group, disciplines)).toEqual([]);
    expect(participantProblems({ ...group, participantDisciplineIds: ['d-basic', 'gone', 'd-other', 'd-lead'] }, disciplines)).toEqual([
      '专科「胸痛中心」：牵头学科不能同时作为参与学科（“1+N”中的“1”与“N”不重复）',
      '专科「胸痛中心」的参与学科不存在（编号 gone）',
      '专科「胸痛中心」的参与学科「心脏外科」属于其他医院',
    ]);
  });

  it('warns, naming the others, when one discipline leads two specialties', () => {
    const first = { id: 's-1', name: '胸痛中心', leadDisciplineId: 'd-lead' };
    const second = { id: 's-2', name: '心衰中心', leadDisciplineId: 'd-lead' };
    expect(leadTwiceProblem(first, [first], disciplines)).toBeNull();
    expect(leadTwiceProblem(second, [first, second], disciplines)).toBe('学科「心血管内科」同时牵头专科「心衰中心」和「胸痛中心」，请确认其能力与资源能够同时支撑');
  });
});

const need = (overrides: Partial<ResourceNeed>): ResourceNeed => ({
  id: 'n',
  updatedAt: '2024-01-08T09:30:00.000Z',
  version: 1,
  specialtyId: 's-1',
  element: '设备设施',
  item: 'DSA',
  current: 0,
  required: 1,
  unit: '台',
  budget: 0,
  fundingSource: '财政',
  year: 2025,
  notes: '',
  ...overrides,
});

describe('specialties: resource needs and budget', () => {
  it('derives the gap and never reports a surplus as a negative need', () => {
    expect(resourceGap({ current: 3, required: 5 })).toBe(2);
    expect(resourceGap({ current: 0.3, required: 0.6 })).toBe(0.3);
    expect(resourceGap({ current: 6, required: 5 })).toBe(0);
  });

  it('totals per element, per source, per year and year × element', () => {
    const totals = budgetTotals([
      need({ element: '设备设施', budget: 800, fundingSource: '财政', year: 2025 }),
      need({ element: '人员', budget: 120.5, fundingSource: '自筹', year: 2024 }),
      need({ element: '设备设施', budget: 200, fundingSource: '专项', year: 2024 }),
      need({ element: '药品', budget: 0.1, fundingSource: '自筹', year: 2025 }),
    ]);
    expect(totals.total).toBe(1120.6);
    expect(totals.byElement).toEqual({ 人员: 120.5, 设备设施: 1000, 医疗技术: 0, 药品: 0.1, 器械: 0 });
    expect(totals.bySource).toEqual({ 财政: 800, 自筹: 120.6, 专项: 200 });
    expect(totals.byYear).toEqual([{ year: 2024, total: 320.5 }, { year: 2025, total: 800.1 }]);
    expect(totals.byYearAndElement[0]).toEqual({ year: 2024, byElement: { 人员: 120.5, 设备设施: 200, 医疗技术: 0, 药品: 0, 器械: 0 } });
  });

  it('adds decimals exactly and gives zeros, not gaps, for nothing', () => {
    expect(budgetTotals(Array.from({ length: 1000 }, () => need({ budget: 0.1 }))).total).toBe(100);
    expect(budgetTotals([])).toEqual({
      total: 0,
      byElement: { 人员: 0, 设备设施: 0, 医疗技术: 0, 药品: 0, 器械: 0 },
      bySource: { 财政: 0, 自筹: 0, 专项: 0 },
      byYear: [],
      byYearAndElement: [],
    });
  });
});

const task = (id: string, overrides: Partial<Milestone> = {}): Milestone => ({
  id,
  updatedAt: '2024-01-08T09:30:00.000Z',
  version: 1,
  specialtyId: 's-1',
  title: `任务${id}`,
  start: '2025-01-01',
  end: '2025-03-31',
  owner: '',
  dependsOn: [],
  status: 'PLANNED',
  goalId: null,
  ...overrides,
});

describe('specialties: milestones', () => {
  it('rejects a task outside the plan period, accepting any of several plan terms', () => {
    const term = { startYear: 2024, endYear: 2025 };
    expect(milestonePeriodProblem(task('a'), [term])).toBeNull();
    expect(milestonePeriodProblem(task('a', { end: '2026-01-15' }), [term])).toBe('任务「任务a」（2025-01-01 至 2026-01-15）超出规划期 2024–2025 年');
    expect(milestonePeriodProblem(task('a', { start: '2026-02-01', end: '2026-03-01' }), [term, { startYear: 2026, endYear: 2030 }])).toBeNull();
    expect(milestonePeriodProblem(task('a', { end: '2031-01-01' }), [])).toBeNull();
  });

  it('derives overdue from the end date and status', () => {
    expect(isOverdue(task('a'), '2025-04-01')).toBe(true);
    expect(isOverdue(task('a'), '2025-03-31')).toBe(false);
    expect(isOverdue(task('a', { status: 'DONE' }), '2026-01-01')).toBe(false);
  });

  it('finds missing dependencies, order violations and each cycle once per task in it', () => {
    const ok = [task('a'), task('b', { start: '2025-04-01', end: '2025-05-01', dependsOn: ['a'] })];
    expect(dependencyProblems(ok)).toEqual([]);
    const bad = [
      task('a', { dependsOn: ['c'] }),
      task('b', { dependsOn: ['a'] }),
      task('c', { dependsOn: ['b'] }),
      task('d', { dependsOn: ['gone'] }),
    ];
    const problems = dependencyProblems(bad).map((p) => `${p.id} ${p.problem}`);
    expect(problems.filter((p) => p.includes('不存在'))).toEqual(['d 任务「任务d」的前置任务不存在（编号 gone）']);
    expect(problems.filter((p) => p.includes('循环')).map((p) => p.slice(0, 1)).sort()).toEqual(['a', 'b', 'c']);
    expect(problems.filter((p) => p.includes('结束（'))).toHaveLength(3);
  });

  it('walks a 20,000-task chain without recursion', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => task(`t${i}`, { dependsOn: i === 0 ? [] : [`t${i - 1}`], start: '2025-01-01', end: '2025-01-01' }));
    expect(dependencyProblems(chain)).toEqual([]);
  });
});

describe('specialties: scope to one hospital', () => {
  it('keeps a hospital’s specialties, their child rows and its plans', () => {
    const s1 = { id: 's-1', hospitalId: 'h-1' };
    const s2 = { id: 's-2', hospitalId: 'h-2' };
    const tables = {
      hospitals: [],
      disciplines: [],
      specialties: [s1, s2],
      goals: [{ specialtyId: 's-1' }, { specialtyId: 's-2' }],
      milestones: [{ specialtyId: 's-2' }],
      plans: [{ hospitalId: 'h-1' }, { hospitalId: 'h-2' }],
      coreDiseases: [],
      resourceNeeds: [],
      technologyProjects: [],
      talentEntries: [],
      grassrootsActivities: [],
      qcIndicators: [],
    } as unknown as SpecialtyTables;
    const scoped = scopeSpecialtyTables(tables, 'h-1');
    expect(scoped.specialties).toEqual([s1]);
    expect(scoped.goals).toEqual([{ specialtyId: 's-1' }]);
    expect(scoped.milestones).toEqual([]);
    expect(scoped.plans).toEqual([{ hospitalId: 'h-1' }]);
  });
});
