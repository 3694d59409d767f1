import type { QcDirection } from './enums.ts';
import type { YearValue } from './fields.ts';
import type { QcIndicator } from './records.ts';

/**
 * Red/amber/green against the year's target (四.11 质量安全基线和年度目标):
 * - GREEN: the observation meets the target in the indicator's direction;
 * - AMBER: it misses the target but is better than the baseline, or within 5 % of the target — the
 *   specialty is moving the right way and a 质控专员 should watch it;
 * - RED: it misses the target and is no better than the baseline.
 * MONITOR indicators are compared, not judged; a year with no observation is 未填报, never red, for the same
 * reason a missing contract actual is never scored 0.
 */
export const QC_STATUSES = ['GREEN', 'AMBER', 'RED', 'NOT_REPORTED', 'NO_TARGET', 'MONITOR'] as const;
export type QcStatus = (typeof QC_STATUSES)[number];

export const QC_STATUS_LABELS: Record<QcStatus, string> = {
  GREEN: '达标',
  AMBER: '接近目标',
  RED: '未达标',
  NOT_REPORTED: '未填报',
  NO_TARGET: '无年度目标',
  MONITOR: '监测',
};

/** How far from the target still counts as close: 5 % of the target (or of 1 when the target is 0). */
const NEAR_TARGET = 0.05;

export interface QcYearStatus {
  year: number;
  target: number | null;
  observed: number | null;
  status: QcStatus;
}

const valueIn = (list: readonly YearValue[], year: number) => list.find((v) => v.year === year)?.value ?? null;

function judge(direction: Exclude<QcDirection, 'MONITOR'>, observed: number, target: number, baseline: number | null): QcStatus {
  // Flip DOWN indicators so "higher is better" holds for the comparisons below.
  const sign = direction === 'UP' ? 1 : -1;
  const [o, t] = [observed * sign, target * sign];
  if (o >= t) return 'GREEN';
  const nearTarget = t - o <= NEAR_TARGET * Math.max(Math.abs(target), 1);
  const betterThanBaseline = baseline !== null && o > baseline * sign;
  return nearTarget || betterThanBaseline ? 'AMBER' : 'RED';
}

/** The status of one indicator in one year. */
export function qcYearStatus(indicator: Pick<QcIndicator, 'direction' | 'baseline' | 'annualTargets' | 'observations'>, year: number): QcYearStatus {
  const target = valueIn(indicator.annualTargets, year);
  const observed = valueIn(indicator.observations, year);
  const status: QcStatus =
    indicator.direction === 'MONITOR'
      ? 'MONITOR'
      : observed === null
        ? 'NOT_REPORTED'
        : target === null
          ? 'NO_TARGET'
          : judge(indicator.direction, observed, target, indicator.baseline?.value ?? null);
  return { year, target, observed, status };
}

/**
 * The status a list shows for an indicator: the latest year with an observation, or — when nothing has
 * been observed yet — the earliest target year, shown as 未填报.
 */
export function latestQcStatus(indicator: Pick<QcIndicator, 'direction' | 'baseline' | 'annualTargets' | 'observations'>): QcYearStatus | null {
  const observedYears = indicator.observations.map((o) => o.year);
  const year = observedYears.length > 0 ? Math.max(...observedYears) : indicator.annualTargets.map((t) => t.year).sort((a, b) => a - b)[0];
  return year === undefined ? null : qcYearStatus(indicator, year);
}
