import {
  GOAL_HORIZONS,
  SPECIALTY_TYPES,
  budgetTotals,
  diseaseAreaName,
  isOverdue,
  scopeSpecialtyTables,
  type BudgetTotals,
  type GoalHorizon,
  type Milestone,
  type SpecialtyTables,
  type SpecialtyType,
} from '#shared/domain/index.ts';
import { compareText } from '#renderer/i18n/collate.ts';

/**
 * The 总览 figures of one hospital, computed from the tables and today's date only (pure, unit-tested).
 *
 * Goals have no status or progress field of their own: what can honestly be said is how far the roadmap
 * tasks linked to a goal (milestone.goalId) have got. A goal whose linked tasks are all done is 已完成, one
 * with some is 推进中, and one with no linked task is 未关联任务 — never a guessed percentage.
 */

export type GoalProgress = 'DONE' | 'IN_PROGRESS' | 'NO_TASKS';
export const GOAL_PROGRESS_LABELS: Record<GoalProgress, string> = { DONE: '已完成', IN_PROGRESS: '推进中', NO_TASKS: '未关联任务' };
export const GOAL_PROGRESSES: readonly GoalProgress[] = ['DONE', 'IN_PROGRESS', 'NO_TASKS'];

export interface MilestoneItem {
  id: string;
  title: string;
  end: string;
  specialtyId: string;
  specialtyName: string;
  /** Days from today to the end date: negative when overdue. */
  days: number;
}

export interface DashboardFigures {
  specialtyCount: number;
  byDiseaseArea: { area: string; count: number }[];
  byType: Record<SpecialtyType, number>;
  goals: {
    total: number;
    byHorizon: Record<GoalHorizon, Record<GoalProgress, number>>;
    /** Linked tasks done / linked tasks (cancelled ones not counted), over all goals. */
    linkedTasksDone: number;
    linkedTasks: number;
  };
  budget: BudgetTotals;
  upcoming: MilestoneItem[];
  overdue: MilestoneItem[];
}

export const UPCOMING_DAYS = 90;

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);

function goalProgress(tasks: readonly Milestone[]): GoalProgress {
  const counted = tasks.filter((t) => t.status !== 'CANCELLED');
  if (counted.length === 0) return 'NO_TASKS';
  return counted.every((t) => t.status === 'DONE') ? 'DONE' : 'IN_PROGRESS';
}

const zeros = () => ({ DONE: 0, IN_PROGRESS: 0, NO_TASKS: 0 });

/** `today` is YYYY-MM-DD in local time (the planner's day, not UTC's). */
export function dashboardFigures(tables: SpecialtyTables, hospitalId: string, today: string): DashboardFigures {
  const rows = scopeSpecialtyTables(tables, hospitalId);
  const names = new Map(rows.specialties.map((s) => [s.id, s.name]));

  const areas = new Map<string, number>();
  const byType = Object.fromEntries(SPECIALTY_TYPES.map((t) => [t, 0])) as Record<SpecialtyType, number>;
  for (const s of rows.specialties) {
    areas.set(diseaseAreaName(s), (areas.get(diseaseAreaName(s)) ?? 0) + 1);
    byType[s.type] += 1;
  }

  const tasksByGoal = new Map<string, Milestone[]>();
  for (const m of rows.milestones) {
    if (m.goalId === null) continue;
    const list = tasksByGoal.get(m.goalId) ?? [];
    list.push(m);
    tasksByGoal.set(m.goalId, list);
  }
  const byHorizon = Object.fromEntries(GOAL_HORIZONS.map((h) => [h, zeros()])) as Record<GoalHorizon, Record<GoalProgress, number>>;
  let linkedTasks = 0;
  let linkedTasksDone = 0;
  for (const goal of rows.goals) {
    const tasks = (tasksByGoal.get(goal.id) ?? []).filter((t) => t.status !== 'CANCELLED');
    byHorizon[goal.horizon][goalProgress(tasks)] += 1;
    linkedTasks += tasks.length;
    linkedTasksDone += tasks.filter((t) => t.status === 'DONE').length;
  }

  const todayNumber = dayNumber(today);
  const item = (m: Milestone): MilestoneItem => ({
    id: m.id,
    title: m.title,
    end: m.end,
    specialtyId: m.specialtyId,
    specialtyName: names.get(m.specialtyId) ?? '',
    days: dayNumber(m.end) - todayNumber,
  });
  const open = rows.milestones.filter((m) => m.status !== 'DONE' && m.status !== 'CANCELLED');
  const byEnd = (a: MilestoneItem, b: MilestoneItem) => a.end.localeCompare(b.end) || compareText(a.title, b.title);
  const overdue = open.filter((m) => isOverdue(m, today)).map(item).sort(byEnd);
  const upcoming = open.map(item).filter((m) => m.days >= 0 && m.days <= UPCOMING_DAYS).sort(byEnd);

  return {
    specialtyCount: rows.specialties.length,
    byDiseaseArea: [...areas].map(([area, count]) => ({ area, count })).sort((a, b) => b.count - a.count || compareText(a.area, b.area)),
    byType,
    goals: { total: rows.goals.length, byHorizon, linkedTasks, linkedTasksDone },
    budget: budgetTotals(rows.resourceNeeds),
    upcoming,
    overdue,
  };
}
