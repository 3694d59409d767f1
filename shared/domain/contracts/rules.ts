import { KPI_BY_ID } from '../kpi/catalogue.ts';
import { DIRECTION_ARROWS } from '../kpi/types.ts';
import type { Actual } from './actual.ts';
import { termProblem, termYears, type ContractTerm, type DirectorContract } from './contract.ts';
import { plainNumber } from './fields.ts';
import type { ContractTarget } from './target.ts';

/**
 * What the schemas cannot see: rules across fields and records (issue 6, "Bad input"). Each problem names the
 * target in Chinese and says where to fix it; `targetId` is null for contract-level problems.
 */
export interface ContractProblem {
  code:
    | 'TERM'
    | 'WEIGHT_SUM'
    | 'WEIGHT_ZERO'
    | 'VETO_WEIGHT'
    | 'NO_BASELINE_YEAR'
    | 'BASELINE_AFTER_START'
    | 'TARGET_OUTSIDE_TERM'
    | 'TARGET_YEAR_MISSING'
    | 'TARGET_YEAR_DUPLICATE'
    | 'TARGET_KIND'
    | 'PROPORTIONAL_ZERO_TARGET'
    | 'MONITOR_RULE'
    | 'UNKNOWN_KPI'
    | 'DIRECTION_MISMATCH'
    | 'DUPLICATE_TARGET'
    | 'DRG_VERSION_MISSING'
    | 'ACTUAL_OUTSIDE_TERM';
  message: string;
  targetId: string | null;
  field: string | null;
}

type Code = ContractProblem['code'];
const problem = (code: Code, message: string, targetId: string | null = null, field: string | null = null): ContractProblem => ({
  code,
  message,
  targetId,
  field,
});

/** Weights of non-veto targets must add up to exactly 100; summed in hundredths so 33.33 + 33.33 + 33.34 is 100. */
export function weightTotal(targets: readonly ContractTarget[]): number {
  let cents = 0;
  for (const t of targets) if (t.rule.kind !== 'VETO') cents += Math.round(t.weight * 100);
  return cents / 100;
}

export function weightProblems(targets: readonly ContractTarget[]): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const total = weightTotal(targets);
  if (total !== 100) problems.push(problem('WEIGHT_SUM', `权重合计为 ${plainNumber(total)}，应为 100`, null, 'weight'));
  for (const t of targets) {
    if (t.rule.kind === 'VETO' && t.weight !== 0) {
      problems.push(problem('VETO_WEIGHT', `一票否决指标「${t.name}」不计权重，权重应为 0（当前 ${plainNumber(t.weight)}）`, t.id, 'weight'));
    } else if (t.rule.kind !== 'VETO' && t.weight === 0) {
      problems.push(problem('WEIGHT_ZERO', `指标「${t.name}」权重为 0，计分指标的权重应大于 0`, t.id, 'weight'));
    }
  }
  return problems;
}

/** A target against the term: baseline, annual targets inside the term and one per year, rule vs. target. */
export function targetProblems(target: ContractTarget, contract: Pick<DirectorContract, 'term'>): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const add = (code: Code, message: string, field: string) => problems.push(problem(code, message, target.id, field));
  const name = `指标「${target.name}」`;
  const { first, last } = termYears(contract.term);
  const rule = target.rule;
  const monitor = target.direction === 'MONITOR';
  const ratioRule = rule.kind === 'PROPORTIONAL' || (rule.kind === 'TIERED' && rule.basis === 'ATTAINMENT');

  if (target.baseline.year === null) add('NO_BASELINE_YEAR', `${name}缺少基线年份`, 'baseline.year');
  else if (target.baseline.year > first) add('BASELINE_AFTER_START', `${name}的基线年份 ${target.baseline.year} 晚于任期开始年份 ${first}`, 'baseline.year');

  if (target.kpiId !== null) {
    const kpi = KPI_BY_ID.get(target.kpiId);
    if (!kpi) add('UNKNOWN_KPI', `${name}引用的指标库编号「${target.kpiId}」不存在`, 'kpiId');
    else if (kpi.direction !== target.direction) {
      add('DIRECTION_MISMATCH', `${name}的方向（${DIRECTION_ARROWS[target.direction]}）与指标库（${DIRECTION_ARROWS[kpi.direction]}）不一致`, 'direction');
    }
  }

  if (monitor && ratioRule) {
    add('MONITOR_RULE', `监测指标「${target.name}」没有好坏方向，不能按完成比例计分，请改用达标（目标区间）、分档、定性或否决`, 'rule');
  }

  const seen = new Set<number>();
  target.annualTargets.forEach((goal, i) => {
    if (goal.year < first || goal.year > last) {
      add('TARGET_OUTSIDE_TERM', `${name}的 ${goal.year} 年目标超出任期（${first}–${last} 年）`, `annualTargets.${i}.year`);
    }
    if (seen.has(goal.year)) add('TARGET_YEAR_DUPLICATE', `${name}的 ${goal.year} 年目标重复`, `annualTargets.${i}.year`);
    seen.add(goal.year);
    if (monitor && goal.kind !== 'RANGE') add('TARGET_KIND', `监测指标「${target.name}」的 ${goal.year} 年目标应为区间（下限–上限）`, `annualTargets.${i}`);
    if (!monitor && goal.kind === 'RANGE' && rule.kind !== 'THRESHOLD') {
      add('TARGET_KIND', `${name}的 ${goal.year} 年目标应为单一数值`, `annualTargets.${i}`);
    }
    // ↑ would divide by the target; ↓ would give 0 points for any actual above 0. Either way the rule is void.
    if (ratioRule && goal.kind === 'VALUE' && goal.value <= 0) {
      const how = rule.kind === 'PROPORTIONAL' ? '按比例计分' : '按完成率分档';
      add('PROPORTIONAL_ZERO_TARGET', `${name}${how}，但 ${goal.year} 年目标为 ${plainNumber(goal.value)}，无法计算完成比例；请修改目标或改用达标计分`, `annualTargets.${i}.value`);
    }
  });

  // Tiers by value and qualitative/veto rules score without a yearly target; every other rule needs one per year.
  if (rule.kind === 'THRESHOLD' || ratioRule) {
    for (let year = first; year <= last; year++) {
      if (!seen.has(year)) add('TARGET_YEAR_MISSING', `${name}缺少 ${year} 年目标`, 'annualTargets');
    }
  }
  return problems;
}

/**
 * The targets of a draft whose term has changed, without their annual targets outside the new term (only the
 * targets that lose one). What remains inside the term is kept as typed.
 */
export function goalsOutsideTermRemoved(targets: readonly ContractTarget[], term: ContractTerm): ContractTarget[] {
  const { first, last } = termYears(term);
  const inside = (year: number) => year >= first && year <= last;
  return targets
    .filter((t) => t.annualTargets.some((g) => !inside(g.year)))
    .map((t) => ({ ...t, annualTargets: t.annualTargets.filter((g) => inside(g.year)) }));
}

/**
 * Everything that keeps a contract from leaving draft, in reading order: term, weights, then each target.
 * Empty means the contract may be submitted for review.
 */
export function contractProblems(contract: DirectorContract, targets: readonly ContractTarget[]): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const term = termProblem(contract.term);
  if (term) {
    problems.push(problem('TERM', term, null, 'term.end'));
    return problems; // every per-year rule below would repeat the same mistake
  }
  problems.push(...weightProblems(targets));
  const byKpi = new Map<string, ContractTarget>();
  for (const t of targets) {
    const id = t.kpiId ?? `custom:${t.name.trim()}`;
    if (byKpi.has(id)) problems.push(problem('DUPLICATE_TARGET', `指标「${t.name}」在本责任书中重复出现`, t.id, 'kpiId'));
    else byKpi.set(id, t);
    problems.push(...targetProblems(t, contract));
  }
  return problems;
}

/** An actual against its target: DRG KPIs name their DRG version, and the year lies within the term. */
export function actualProblems(actual: Actual, target: ContractTarget, contract: Pick<DirectorContract, 'term'>): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const { first, last } = termYears(contract.term);
  if (actual.year < first || actual.year > last) {
    problems.push(problem('ACTUAL_OUTSIDE_TERM', `指标「${target.name}」的 ${actual.year} 年实际值超出任期（${first}–${last} 年）`, target.id, 'year'));
  }
  const drg = target.kpiId !== null && KPI_BY_ID.get(target.kpiId)?.drg === true;
  if (drg && (actual.drgVersion === null || actual.drgVersion.trim() === '')) {
    problems.push(problem('DRG_VERSION_MISSING', `指标「${target.name}」取自 DRG 系统，${actual.year} 年实际值须注明 DRG 版本/参考集`, target.id, 'drgVersion'));
  }
  return problems;
}
