import type { KpiDirection } from '../kpi/types.ts';
import { ActualIndex, type Actual, type QualitativeScore } from './actual.ts';
import { termYears, type DirectorContract } from './contract.ts';
import { explainScore } from './explain.ts';
import { DEFAULT_GRADES, gradeFor, type GradeScale } from './grades.ts';
import { goalFor, type AnnualTarget, type ContractTarget, type Tier } from './target.ts';

/**
 * SCORED: points earned. MISSING: no actual for the year (未填报) — never scored as 0. PENDING_QUALITATIVE:
 * the assessor has not given a score with a reason. NO_TARGET: the rule needs this year's target and the
 * contract has none (a contract defect that contractProblems reports). VETOED / VETO_CLEAR: a veto item.
 */
export type TargetStatus = 'SCORED' | 'MISSING' | 'PENDING_QUALITATIVE' | 'NO_TARGET' | 'VETOED' | 'VETO_CLEAR';

/**
 * One target's result. The Chinese `reason` is built only when read: assessing a province formats nothing,
 * a page formats the rows it shows. `toJSON` includes it, so exports and IPC carry the text.
 */
export class TargetScore {
  constructor(
    readonly target: ContractTarget,
    readonly year: number,
    readonly status: TargetStatus,
    /** Rounded to 2 decimals; null unless SCORED, so "未填报" can never be summed as 0. */
    readonly points: number | null,
    readonly actual: Actual | undefined,
    readonly goal: AnnualTarget | undefined,
    /** Share of the weight earned, before rounding (capped ratio, tier share, 1/0 for a threshold). */
    readonly share: number,
    /** What the rule compared: the uncapped ratio (PROPORTIONAL), completion % (TIERED by attainment), else the value. */
    readonly measured: number,
    readonly tier: Tier | null,
    readonly qualitative: QualitativeScore | undefined,
  ) {}

  get reason(): string {
    return explainScore(this);
  }

  toJSON() {
    return { targetId: this.target.id, name: this.target.name, year: this.year, status: this.status, points: this.points, reason: this.reason };
  }
}

/**
 * Rounding: the rule's arithmetic runs in full precision and only the target's points are rounded, once,
 * half up to 2 decimals (the 1e-7 absorbs binary noise such as 1.005 × 100 = 100.4999…). The total is the
 * exact sum of those rounded points (added in integer hundredths), so a printed table adds up to its total.
 */
export function roundPoints(raw: number): number {
  return Math.round(raw * 100 + 1e-7) / 100;
}

/**
 * Completion ratio. ↑ actual ÷ target; ↓ target ÷ actual. ↓ with actual ≤ 0 is better than any target:
 * Infinity, which every cap turns into full marks (no division by zero). A target ≤ 0 on ↑ cannot be a
 * divisor (contractProblems refuses it); it degrades to met/not met.
 */
export function completionRatio(direction: KpiDirection, target: number, actual: number): number {
  if (direction === 'DOWN') return actual <= 0 ? Infinity : Math.max(target, 0) / actual;
  if (target <= 0) return actual >= target ? Infinity : 0;
  return Math.max(actual, 0) / target;
}

/** ↑ met at or above the target, ↓ at or below, a range (monitor) within min..max inclusive. */
export function meetsGoal(goal: AnnualTarget, direction: KpiDirection, value: number): boolean {
  if (goal.kind === 'RANGE') return value >= goal.min && value <= goal.max;
  return direction === 'UP' ? value >= goal.value : direction === 'DOWN' ? value <= goal.value : false;
}

function findTier(tiers: readonly Tier[], value: number): Tier | null {
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i]!;
    if ((t.from === null || value >= t.from) && (t.to === null || value < t.to)) return t;
  }
  return null;
}

const hasText = (s: string) => /\S/.test(s);

/** The year's score of one target by its rule (domain.md, "Contract scoring rules"). */
export function scoreTarget(target: ContractTarget, actual: Actual | undefined, year: number, qualitative?: QualitativeScore): TargetScore {
  const rule = target.rule;
  const weight = target.weight;
  if (rule.kind === 'QUALITATIVE') {
    const q = qualitative;
    if (!q || !hasText(q.reason) || !(q.points >= 0 && q.points <= weight)) {
      return new TargetScore(target, year, 'PENDING_QUALITATIVE', null, actual, undefined, NaN, NaN, null, q);
    }
    const points = roundPoints(q.points);
    return new TargetScore(target, year, 'SCORED', points, actual, undefined, weight > 0 ? q.points / weight : 0, q.points, null, q);
  }
  if (rule.kind === 'VETO') {
    if (!actual) return new TargetScore(target, year, 'MISSING', null, undefined, undefined, NaN, NaN, null, undefined);
    return new TargetScore(target, year, actual.value > 0 ? 'VETOED' : 'VETO_CLEAR', null, actual, undefined, NaN, actual.value, null, undefined);
  }
  const byValue = rule.kind === 'TIERED' && rule.basis === 'VALUE';
  const goal = byValue ? undefined : goalFor(target, year);
  if (!byValue && !usableGoal(goal, target.direction, rule.kind === 'THRESHOLD')) {
    return new TargetScore(target, year, 'NO_TARGET', null, actual, goal, NaN, NaN, null, undefined);
  }
  if (!actual) return new TargetScore(target, year, 'MISSING', null, undefined, goal, NaN, NaN, null, undefined);
  const value = actual.value;
  let share: number;
  let measured = value;
  let tier: Tier | null = null;
  if (rule.kind === 'THRESHOLD') {
    share = meetsGoal(goal!, target.direction, value) ? 1 : 0;
  } else if (rule.kind === 'PROPORTIONAL') {
    measured = completionRatio(target.direction, (goal as { value: number }).value, value);
    share = Math.min(measured, rule.cap);
  } else {
    if (!byValue) measured = completionRatio(target.direction, (goal as { value: number }).value, value) * 100;
    tier = findTier(rule.tiers, measured);
    share = tier === null ? 0 : tier.share;
  }
  return new TargetScore(target, year, 'SCORED', roundPoints(weight * share), actual, goal, share, measured, tier, undefined);
}

/** THRESHOLD takes a number (↑/↓) or a range; ratios need a number and a direction to divide by. */
function usableGoal(goal: AnnualTarget | undefined, direction: KpiDirection, threshold: boolean): boolean {
  if (!goal) return false;
  if (goal.kind === 'RANGE') return threshold;
  return direction !== 'MONITOR';
}

export interface ContractAssessment {
  contractId: string;
  year: number;
  /** Sum of the scored targets' points, 2 decimals; targets not scored add nothing (they are counted below). */
  total: number;
  /** Null while the year is incomplete (a grade built on missing data would treat it as 0); vetoed is always the fail grade. */
  grade: string | null;
  vetoed: boolean;
  /** Targets without an actual (未填报), including veto items not yet reported. */
  missing: number;
  pending: number;
  noTarget: number;
  complete: boolean;
  perTarget: TargetScore[];
}

/**
 * One contract's assessment for one year. Pass an ActualIndex when assessing many contracts (build it once);
 * an array is indexed on the spot. `targets` are this contract version's targets.
 */
export function assessContract(
  contract: DirectorContract,
  targets: readonly ContractTarget[],
  actuals: ActualIndex | readonly Actual[],
  year: number,
  grades: GradeScale = DEFAULT_GRADES,
  qualitativeScores: readonly QualitativeScore[] = [],
): ContractAssessment {
  const { first, last } = termYears(contract.term);
  if (!(year >= first && year <= last)) throw new RangeError(`${year} 年不在责任书「${contract.title}」的任期（${first}–${last} 年）内`);
  const index = actuals instanceof ActualIndex ? actuals : new ActualIndex(actuals);
  const perTarget = new Array<TargetScore>(targets.length);
  let cents = 0;
  let missing = 0;
  let pending = 0;
  let noTarget = 0;
  let vetoed = false;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    const q = target.rule.kind === 'QUALITATIVE' ? findQualitative(qualitativeScores, target.key, year) : undefined;
    const score = scoreTarget(target, index.find(target.key, year), year, q);
    perTarget[i] = score;
    const status = score.status;
    if (status === 'SCORED') cents += Math.round(score.points! * 100);
    else if (status === 'MISSING') missing++;
    else if (status === 'PENDING_QUALITATIVE') pending++;
    else if (status === 'NO_TARGET') noTarget++;
    else if (status === 'VETOED') vetoed = true;
  }
  const total = cents / 100;
  const complete = missing === 0 && pending === 0 && noTarget === 0;
  const grade = vetoed ? grades.fail : complete ? gradeFor(total, grades) : null;
  return { contractId: contract.id, year, total, grade, vetoed, missing, pending, noTarget, complete, perTarget };
}

function findQualitative(scores: readonly QualitativeScore[], key: string, year: number): QualitativeScore | undefined {
  let found: QualitativeScore | undefined;
  // The latest score wins when an assessor revised one.
  for (const s of scores) {
    if (s.targetKey === key && s.year === year && (!found || Date.parse(s.assessedAt) >= Date.parse(found.assessedAt))) found = s;
  }
  return found;
}
