import { CATEGORY_LABELS, type Discipline } from '../discipline.ts';
import type { Milestone } from './milestone.ts';
import { planPeriodDates, type PlanPeriod } from './plan.ts';
import { participantListProblem, type ClinicalSpecialty } from './specialty.ts';

// Checks that need more than one record. Each returns the Chinese sentence the form shows at the field and
// the readiness check reports, so both say the same thing; null or [] means no problem.

type DisciplineLookup = ReadonlyMap<string, Discipline>;
type Group = Pick<ClinicalSpecialty, 'name' | 'hospitalId' | 'leadDisciplineId' | 'participantDisciplineIds'>;

/** Measure 6 lets only 优势学科 and 重点扶持学科 lead a "1+N" group. */
export const LEAD_CATEGORIES: readonly Discipline['category'][] = ['ADVANTAGE', 'KEY_SUPPORT'];

/** The lead must exist in the same hospital (a broken reference); its category is leadCategoryProblem's. */
export function leadReferenceProblem(s: Group, disciplines: DisciplineLookup): string | null {
  const lead = disciplines.get(s.leadDisciplineId);
  if (!lead) return `专科「${s.name}」的牵头学科不存在（编号 ${s.leadDisciplineId}）`;
  if (lead.hospitalId !== s.hospitalId) return `专科「${s.name}」的牵头学科「${lead.name}」属于其他医院`;
  return null;
}

/** Blocked, citing 四.6: a 基础/平台/未分类 discipline cannot lead. Null also when the lead is missing. */
export function leadCategoryProblem(s: Group, disciplines: DisciplineLookup): string | null {
  const lead = disciplines.get(s.leadDisciplineId);
  if (!lead || LEAD_CATEGORIES.includes(lead.category)) return null;
  return `专科「${s.name}」的牵头学科「${lead.name}」是${CATEGORY_LABELS[lead.category]}，“1+N”学科群应由优势学科或重点扶持学科牵头（四.6）`;
}

/** Participants that do not exist or belong to another hospital, plus the list's own problems. */
export function participantProblems(s: Group, disciplines: DisciplineLookup): string[] {
  const problems: string[] = [];
  const own = participantListProblem(s.leadDisciplineId, s.participantDisciplineIds);
  if (own) problems.push(`专科「${s.name}」：${own}`);
  for (const id of s.participantDisciplineIds) {
    const d = disciplines.get(id);
    if (!d) problems.push(`专科「${s.name}」的参与学科不存在（编号 ${id}）`);
    else if (d.hospitalId !== s.hospitalId) problems.push(`专科「${s.name}」的参与学科「${d.name}」属于其他医院`);
  }
  return problems;
}

/**
 * Allowed but warned: one discipline leading two specialties splits its head's attention and its budget.
 * `specialtiesOfLead` are all specialties led by s's lead discipline, s included.
 */
export function leadTwiceProblem(
  s: Pick<ClinicalSpecialty, 'id' | 'name' | 'leadDisciplineId'>,
  specialtiesOfLead: readonly Pick<ClinicalSpecialty, 'id' | 'name'>[],
  disciplines: DisciplineLookup,
): string | null {
  const others = specialtiesOfLead.filter((o) => o.id !== s.id);
  if (others.length === 0) return null;
  const lead = disciplines.get(s.leadDisciplineId)?.name ?? s.leadDisciplineId;
  return `学科「${lead}」同时牵头专科「${s.name}」和${others.map((o) => `「${o.name}」`).join('、')}，请确认其能力与资源能够同时支撑`;
}

const periodText = (p: PlanPeriod) => `${p.startYear}–${p.endYear} 年`;

/**
 * Rejected at the field: a task must lie inside the plan period. With several plans (one per term) a task
 * inside any of them is fine; with no plan yet there is nothing to compare, so no problem.
 */
export function milestonePeriodProblem(m: Pick<Milestone, 'title' | 'start' | 'end'>, periods: readonly PlanPeriod[]): string | null {
  if (periods.length === 0) return null;
  const inside = periods.some((p) => {
    const { start, end } = planPeriodDates(p);
    return m.start >= start && m.end <= end;
  });
  if (inside) return null;
  return `任务「${m.title}」（${m.start} 至 ${m.end}）超出规划期 ${periods.map(periodText).join('、')}`;
}
