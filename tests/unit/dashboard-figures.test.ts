import { describe, expect, it } from 'vitest';
import type { AllTables, Milestone } from '#shared/domain/index.ts';
import { generateSample } from '#shared/sample/index.ts';
import { dashboardFigures } from '#renderer/features/dashboard/figures.ts';

const demo = generateSample({ size: 'demo' });
const hospitalId = demo.hospitals[0]!.id;

describe('总览 figures', () => {
  it('counts the demo hospital specialties by disease area and type, and totals the budget', () => {
    const f = dashboardFigures(demo, hospitalId, '2026-08-01');
    expect(f.specialtyCount).toBe(8);
    expect(f.byDiseaseArea).toEqual([
      { area: '心脑血管疾病', count: 3 },
      { area: '代谢性疾病', count: 2 },
      { area: '恶性肿瘤', count: 2 },
      { area: '呼吸系统疾病', count: 1 },
    ]);
    expect(f.byType).toEqual({ ADVANTAGE: 4, FEATURE: 4 });
    const needs = demo.resourceNeeds.reduce((sum, n) => sum + n.budget, 0);
    expect(f.budget.total).toBeCloseTo(needs, 4);
    expect(f.budget.byYear.map((y) => y.year)).toEqual([2024, 2025, 2026]);
  });

  it('derives goal completion from the linked roadmap tasks only', () => {
    const f = dashboardFigures(demo, hospitalId, '2026-08-01');
    const all = Object.values(f.goals.byHorizon).flatMap((h) => Object.values(h));
    expect(all.reduce((a, b) => a + b, 0)).toBe(f.goals.total);
    expect(f.goals.linkedTasks).toBe(demo.milestones.filter((m) => m.goalId !== null && m.status !== 'CANCELLED').length);
    expect(f.goals.byHorizon.END_2025.NO_TASKS).toBe(8);
  });

  it('lists tasks due in the next 90 days and overdue ones by end date, done and cancelled left out', () => {
    const base = demo.milestones[0]!;
    const task = (id: string, end: string, status: Milestone['status']): Milestone => ({ ...base, id, title: id, start: '2024-01-01', end, status, goalId: null });
    const tables: AllTables = {
      ...demo,
      milestones: [
        task('今天', '2026-08-01', 'IN_PROGRESS'),
        task('第90天', '2026-10-30', 'PLANNED'),
        task('第91天', '2026-10-31', 'PLANNED'),
        task('昨天', '2026-07-31', 'IN_PROGRESS'),
        task('早已逾期', '2025-01-31', 'PLANNED'),
        task('已完成', '2026-07-01', 'DONE'),
        task('已取消', '2026-08-15', 'CANCELLED'),
      ],
    };
    const f = dashboardFigures(tables, hospitalId, '2026-08-01');
    expect(f.upcoming.map((m) => [m.title, m.days])).toEqual([['今天', 0], ['第90天', 90]]);
    expect(f.overdue.map((m) => [m.title, m.days])).toEqual([['早已逾期', -547], ['昨天', -1]]);
    expect(f.overdue[0]!.specialtyName).toBe(demo.specialties.find((s) => s.id === base.specialtyId)!.name);
  });

  it('is empty, not broken, for a hospital without specialties', () => {
    const f = dashboardFigures(demo, 'no-such-hospital', '2026-08-01');
    expect(f).toMatchObject({ specialtyCount: 0, byDiseaseArea: [], upcoming: [], overdue: [], goals: { total: 0 } });
    expect(f.budget.total).toBe(0);
  });
});
