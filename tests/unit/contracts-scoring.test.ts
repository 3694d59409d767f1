import { describe, expect, it } from 'vitest';
import {
  createTarget,
  roundPoints,
  scoreTarget,
  type Actual,
  type AnnualTarget,
  type QualitativeScore,
  type ScoringRule,
} from '#shared/domain/contracts/index.ts';
import type { CustomKpi } from '#shared/domain/kpi/index.ts';

const AT = '2024-01-08T09:30:00.000Z';
const YEAR = 2025;

function target(kpi: string | CustomKpi, rule: ScoringRule, goal?: number | [number, number], weight = 10) {
  const annualTargets: AnnualTarget[] =
    goal === undefined ? [] : [typeof goal === 'number' ? { kind: 'VALUE', year: YEAR, value: goal } : { kind: 'RANGE', year: YEAR, min: goal[0], max: goal[1] }];
  return createTarget({ id: 't-1', contractId: 'c-1', order: 0, at: AT, kpi, weight, rule, baseline: { year: 2023, value: null }, annualTargets });
}

const actual = (value: number, year = YEAR): Actual => ({
  id: `a-${year}`,
  updatedAt: AT,
  version: 1,
  contractRootId: 'c-1',
  targetKey: 't-1',
  year,
  value,
  source: 'MANUAL',
  enteredBy: '质控科',
  enteredAt: AT,
  drgVersion: null,
  note: '',
});

const qual = (points: number, reason: string): QualitativeScore => ({
  id: 'q-1',
  updatedAt: AT,
  version: 1,
  contractRootId: 'c-1',
  targetKey: 't-1',
  year: YEAR,
  points,
  reason,
  assessedBy: '考核组',
  assessedAt: AT,
});

const score = (t: ReturnType<typeof target>, value: number | undefined, q?: QualitativeScore) =>
  scoreTarget(t, value === undefined ? undefined : actual(value), YEAR, q);
const view = (s: ReturnType<typeof score>) => [s.status, s.points, s.reason];

const PROPORTIONAL: ScoringRule = { kind: 'PROPORTIONAL', cap: 1 };
const custom = (name: string, unit: string, direction: CustomKpi['direction']): CustomKpi => ({ name, dimension: 'QUALITY_SAFETY', unit, direction, definition: '' });

describe('scoreTarget: PROPORTIONAL', () => {
  it('↑ weight × actual ÷ target, rounded once at the end, with the arithmetic spelled out', () => {
    expect(view(score(target('surgery-ratio', PROPORTIONAL, 85), 82))).toEqual(['SCORED', 9.65, '实际 82.0% ÷ 目标 85.0% × 权重 10 = 9.65']);
  });

  it('↑ over-achievement is capped at 1.0 by default, or at the contract’s cap', () => {
    expect(view(score(target('surgery-ratio', PROPORTIONAL, 85), 90))).toEqual(['SCORED', 10, '实际 90.0% ÷ 目标 85.0% = 1.059，封顶 1.0 × 权重 10 = 10.00']);
    expect(score(target('discharges', { kind: 'PROPORTIONAL', cap: 1.2 }, 10_000), 15_000).points).toBe(12);
    expect(score(target('discharges', { kind: 'PROPORTIONAL', cap: 1.2 }, 10_000), 11_000).points).toBe(11);
  });

  it('↓ weight × target ÷ actual, capped', () => {
    const t = target('average-length-of-stay', { kind: 'PROPORTIONAL', cap: 1.2 }, 8);
    expect(view(score(t, 10))).toEqual(['SCORED', 8, '目标 8 天 ÷ 实际 10 天 × 权重 10 = 8.00']);
    expect(view(score(t, 5))).toEqual(['SCORED', 12, '目标 8 天 ÷ 实际 5 天 = 1.6，封顶 1.2 × 权重 10 = 12.00']);
  });

  it('↓ with actual 0 earns the full capped score — no division by zero, no NaN', () => {
    const t = target('unplanned-reoperation-rate', PROPORTIONAL, 0.5);
    expect(view(score(t, 0))).toEqual(['SCORED', 10, '实际 0.0%，优于目标 0.5%，按封顶 1.0 × 权重 10 = 10.00']);
    expect(score(target('unplanned-reoperation-rate', { kind: 'PROPORTIONAL', cap: 1.5 }, 0.5), 0).points).toBe(15);
    expect(score(target('unplanned-reoperation-rate', PROPORTIONAL, 0), 0).points).toBe(10);
  });

  it('↑ on a zero target (refused by contractProblems) degrades to met / not met instead of dividing by zero', () => {
    expect(score(target('new-techniques', PROPORTIONAL, 0), 3).points).toBe(10);
    expect(view(score(target('new-techniques', PROPORTIONAL, 0), -1))).toEqual(['SCORED', 0, '目标为 0 项，无法计算比例，实际 -1 项，未达标得 0 分']);
  });

  it('a negative ↑ actual earns 0, never negative points', () => {
    expect(score(target('discharges', PROPORTIONAL, 100), -5).points).toBe(0);
  });

  it('rounds half up at 2 decimals despite binary noise (1.005 → 1.01), and only once', () => {
    expect(roundPoints(1.005)).toBe(1.01);
    expect(roundPoints(9.644999)).toBe(9.64);
    // 1/3 of weight 10 → 3.33, not 3.3 from rounding the ratio first.
    expect(score(target('discharges', PROPORTIONAL, 3), 1).points).toBe(3.33);
  });
});

describe('scoreTarget: THRESHOLD', () => {
  it('↑ full weight at or above the target, 0 below', () => {
    const t = target('mdt-cases', { kind: 'THRESHOLD' }, 120);
    expect(view(score(t, 120))).toEqual(['SCORED', 10, '实际 120 例 ≥ 目标 120 例，达标得 10 分']);
    expect(view(score(t, 119))).toEqual(['SCORED', 0, '实际 119 例 < 目标 120 例，未达标得 0 分']);
  });

  it('↓ full weight at or below the target', () => {
    const t = target('low-risk-mortality', { kind: 'THRESHOLD' }, 0.05);
    expect(view(score(t, 0.05))).toEqual(['SCORED', 10, '实际 0.05% ≤ 目标 0.05%，达标得 10 分']);
    expect(view(score(t, 0.06))).toEqual(['SCORED', 0, '实际 0.06% > 目标 0.05%，未达标得 0 分']);
  });

  it('monitor: met inside the range, both ends included', () => {
    const t = target('bed-occupancy-rate', { kind: 'THRESHOLD' }, [85, 93], 6);
    expect(view(score(t, 85))).toEqual(['SCORED', 6, '实际 85.0% 在目标区间 85.0%–93.0% 内，达标得 6 分']);
    expect(score(t, 93).points).toBe(6);
    expect(view(score(t, 93.5))).toEqual(['SCORED', 0, '实际 93.5% 不在目标区间 85.0%–93.0% 内，得 0 分']);
    expect(score(t, 84.9).points).toBe(0);
  });

  it('monitor with a single number instead of a range cannot be scored', () => {
    expect(view(score(target('bed-occupancy-rate', { kind: 'THRESHOLD' }, 90), 90))).toEqual(['NO_TARGET', null, '监测指标的 2025 年目标应为区间（下限–上限）']);
  });
});

describe('scoreTarget: TIERED', () => {
  const bands: ScoringRule = { kind: 'TIERED', basis: 'VALUE', tiers: [{ from: 95, to: null, share: 1 }, { from: 90, to: 95, share: 0.8 }] };

  it('a value on a boundary belongs to the upper band; below every band earns 0', () => {
    const t = target('inpatient-satisfaction', bands);
    expect(view(score(t, 95))).toEqual(['SCORED', 10, '实际 95 分落在「≥ 95 分」档：权重 10 × 100% = 10.00']);
    expect(view(score(t, 94.99))).toEqual(['SCORED', 8, '实际 94.99 分落在「90–95 分」档：权重 10 × 80% = 8.00']);
    expect(score(t, 90).points).toBe(8);
    expect(view(score(t, 89.9))).toEqual(['SCORED', 0, '实际 89.9 分不在任何档位，得 0 分']);
  });

  it('by value needs no yearly target', () => {
    expect(score(target('inpatient-satisfaction', bands), 96).status).toBe('SCORED');
  });

  it('by attainment: ↓ uses target ÷ actual, and actual 0 lands in the top band', () => {
    const rule: ScoringRule = { kind: 'TIERED', basis: 'ATTAINMENT', tiers: [{ from: 100, to: null, share: 1 }, { from: 80, to: 100, share: 0.6 }] };
    const t = target('unplanned-readmission-31d', rule, 2);
    expect(view(score(t, 2.2))).toEqual(['SCORED', 6, '完成率 90.9%（目标 2.0% ÷ 实际 2.2%）落在「80–100%」档：权重 10 × 60% = 6.00']);
    expect(score(t, 2).points).toBe(10);
    expect(view(score(t, 0))).toEqual(['SCORED', 10, '实际 0.0%，优于任何目标，落在「≥ 100%」档：权重 10 × 100% = 10.00']);
    expect(score(t, 3).points).toBe(0);
  });
});

describe('scoreTarget: QUALITATIVE', () => {
  const t = target(custom('学科建设与科室管理', '分', 'UP'), { kind: 'QUALITATIVE' });

  it('the assessor’s score counts only with a written reason', () => {
    expect(view(score(t, undefined, qual(8.5, ' 制度健全，文化建设有特色 ')))).toEqual(['SCORED', 8.5, '定性评分 8.5 分（满分 10）：制度健全，文化建设有特色']);
    expect(view(score(t, undefined))).toEqual(['PENDING_QUALITATIVE', null, '待考核人评分（0–10 分，须写明理由）']);
    expect(view(score(t, undefined, qual(8, '  ')))).toEqual(['PENDING_QUALITATIVE', null, '定性评分 8 分未写明理由，暂不计分']);
  });

  it('a score above the weight is not capped silently: it stays pending', () => {
    expect(view(score(t, undefined, qual(12, '很好')))).toEqual(['PENDING_QUALITATIVE', null, '定性评分 12 分超出 0–10 分范围，暂不计分']);
    expect(score(t, undefined, qual(0, '未开展')).points).toBe(0);
  });
});

describe('scoreTarget: VETO', () => {
  const t = target(custom('重大医疗质量安全事件', '起', 'DOWN'), { kind: 'VETO' }, undefined, 0);

  it('an event vetoes; none clears; neither earns points', () => {
    expect(view(score(t, 1))).toEqual(['VETOED', null, '发生 1 起，触发一票否决：2025 年度考核不合格']);
    expect(view(score(t, 0))).toEqual(['VETO_CLEAR', null, '实际 0 起，未触发一票否决']);
  });

  it('an unreported veto item is 未填报, not cleared', () => {
    expect(view(score(t, undefined))).toEqual(['MISSING', null, '2025 年实际值未填报']);
  });
});

describe('scoreTarget: missing data', () => {
  it('a missing actual is 未填报 with no points — never 0', () => {
    const s = score(target('discharges', PROPORTIONAL, 12_000), undefined);
    expect(view(s)).toEqual(['MISSING', null, '2025 年实际值未填报']);
  });

  it('a year without a target says so instead of scoring', () => {
    const t = target('discharges', PROPORTIONAL, 12_000);
    expect(view(scoreTarget(t, actual(100, 2026), 2026))).toEqual(['NO_TARGET', null, '未设定 2026 年目标，无法计分（比例计分需要年度目标）']);
  });

  it('serialises with its reason, for exports and IPC', () => {
    expect(JSON.parse(JSON.stringify(score(target('surgery-ratio', PROPORTIONAL, 85), 82)))).toEqual({
      targetId: 't-1',
      name: '出院患者手术占比',
      year: 2025,
      status: 'SCORED',
      points: 9.65,
      reason: '实际 82.0% ÷ 目标 85.0% × 权重 10 = 9.65',
    });
  });
});
