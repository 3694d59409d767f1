import { describe, expect, it } from 'vitest';
import {
  ActualIndex,
  DEFAULT_GRADES,
  GradeScaleSchema,
  amend,
  assessContract,
  createDraftContract,
  createTarget,
  gradeFor,
  type Actual,
  type ContractTarget,
  type DirectorContract,
  type QualitativeScore,
} from '#shared/domain/contracts/index.ts';

const AT = '2024-01-08T09:30:00.000Z';
const YEARS = [2024, 2025, 2026];

function contract(): DirectorContract {
  const c = createDraftContract({
    id: 'c-1',
    hospitalId: 'h-1',
    title: '心血管内科主任任期目标责任书',
    hospitalSide: '王院长',
    director: { name: '李主任' },
    unit: { kind: 'DISCIPLINE', id: 'd-1' },
    selectionMode: 'OPEN_CALL',
    term: { start: '2024-01-01', end: '2026-12-31' },
    by: '医务处',
    at: AT,
  });
  return { ...c, status: 'ACTIVE' };
}

const every = (value: number) => YEARS.map((year) => ({ kind: 'VALUE' as const, year, value }));
const base = { contractId: 'c-1', at: AT, baseline: { year: 2023, value: null } };
const TARGETS: ContractTarget[] = [
  createTarget({ ...base, id: 't-a', order: 0, kpi: 'discharges', weight: 40, rule: { kind: 'PROPORTIONAL', cap: 1 }, annualTargets: every(1000) }),
  createTarget({ ...base, id: 't-b', order: 1, kpi: 'low-risk-mortality', weight: 30, rule: { kind: 'THRESHOLD' }, annualTargets: every(0.05) }),
  createTarget({ ...base, id: 't-c', order: 2, kpi: { name: '科室管理', dimension: 'TALENT_RESEARCH', unit: '分', direction: 'UP', definition: '' }, weight: 30, rule: { kind: 'QUALITATIVE' } }),
  createTarget({ ...base, id: 't-v', order: 3, kpi: { name: '重大医疗质量安全事件', dimension: 'QUALITY_SAFETY', unit: '起', direction: 'DOWN', definition: '' }, weight: 0, rule: { kind: 'VETO' } }),
];

const actual = (key: string, value: number, year = 2025, enteredAt = AT): Actual => ({
  id: `a-${key}-${year}-${enteredAt}`,
  updatedAt: AT,
  version: 1,
  contractRootId: 'c-1',
  targetKey: key,
  year,
  value,
  source: 'MANUAL',
  enteredBy: '质控科',
  enteredAt,
  drgVersion: 'CHS-DRG 2.0',
  note: '',
});
const qual = (points: number, reason = '管理规范', assessedAt = AT): QualitativeScore => ({
  id: `q-${assessedAt}`,
  updatedAt: AT,
  version: 1,
  contractRootId: 'c-1',
  targetKey: 't-c',
  year: 2025,
  points,
  reason,
  assessedBy: '考核组',
  assessedAt,
});

/** All four reported for 2025: 1000/1000, 0.04 ≤ 0.05, qualitative `q`, no veto event. */
const full = (discharges = 1000, veto = 0) => [actual('t-a', discharges), actual('t-b', 0.04), actual('t-v', veto)];
const assess = (actuals: Actual[], q: QualitativeScore[] = [qual(30)]) => assessContract(contract(), TARGETS, actuals, 2025, DEFAULT_GRADES, q);

describe('assessContract', () => {
  it('totals the points and grades a complete year', () => {
    const result = assess(full());
    expect(result).toMatchObject({ contractId: 'c-1', year: 2025, total: 100, grade: '优秀', vetoed: false, missing: 0, pending: 0, noTarget: 0, complete: true });
    expect(result.perTarget.map((s) => [s.target.name, s.status, s.points])).toEqual([
      ['出院人次', 'SCORED', 40],
      ['低风险组病例死亡率', 'SCORED', 30],
      ['科室管理', 'SCORED', 30],
      ['重大医疗质量安全事件', 'VETO_CLEAR', null],
    ]);
  });

  it('a veto makes the year 不合格 even at 100 points', () => {
    const result = assess(full(1000, 1));
    expect(result).toMatchObject({ total: 100, vetoed: true, grade: '不合格', complete: true });
    expect(result.perTarget[3]!.reason).toBe('发生 1 起，触发一票否决：2025 年度考核不合格');
  });

  it('a missing actual is counted as 未填报 and withholds the grade instead of scoring 0', () => {
    const result = assess([actual('t-b', 0.04), actual('t-v', 0)]);
    expect(result).toMatchObject({ total: 60, grade: null, missing: 1, complete: false });
    expect(result.perTarget[0]).toMatchObject({ status: 'MISSING', points: null });
    // Even a veto is reported when the rest is missing: the fail grade does not wait for data.
    expect(assess([actual('t-v', 2)])).toMatchObject({ grade: '不合格', vetoed: true, missing: 2 });
  });

  it('an unreported veto item and a pending qualitative score each keep the year open', () => {
    expect(assess([actual('t-a', 1000), actual('t-b', 0.04)])).toMatchObject({ missing: 1, grade: null });
    expect(assess(full(), [])).toMatchObject({ total: 70, pending: 1, grade: null, complete: false });
    expect(assess(full(), [qual(25, '')])).toMatchObject({ pending: 1, grade: null });
  });

  it('grades at the default bands, boundaries inclusive', () => {
    expect(assess(full(1000), [qual(20)])).toMatchObject({ total: 90, grade: '优秀' });
    expect(assess(full(1000), [qual(19.99)])).toMatchObject({ total: 89.99, grade: '良好' });
    expect(assess(full(500), [qual(10)])).toMatchObject({ total: 60, grade: '合格' });
    expect(assess(full(500), [qual(9.99)])).toMatchObject({ total: 59.99, grade: '不合格' });
    expect([95, 80, 79.99, 60, 0].map((t) => gradeFor(t))).toEqual(['优秀', '良好', '合格', '合格', '不合格']);
  });

  it('takes a hospital’s own grade scale, and refuses one whose bands are not descending', () => {
    const scale = GradeScaleSchema.parse({ levels: [{ label: 'A', min: 95 }, { label: 'B', min: 75 }], fail: 'C' });
    expect(assessContract(contract(), TARGETS, full(), 2025, scale, [qual(20)]).grade).toBe('B');
    const bad = GradeScaleSchema.safeParse({ levels: [{ label: '良好', min: 80 }, { label: '优秀', min: 90 }], fail: '不合格' });
    expect(bad.error?.issues[0]?.message).toBe('等级「优秀」的分数线应低于「良好」');
  });

  it('the total is the exact sum of the per-target points shown, not a re-rounded float', () => {
    // 40 × 667/1000 = 26.68; every target's points are rounded once and the total adds them in hundredths.
    const result = assess(full(667), [qual(0.1)]);
    const shown = result.perTarget.reduce((sum, s) => sum + Math.round((s.points ?? 0) * 100), 0) / 100;
    expect(result.total).toBe(shown);
    expect(result.total).toBe(56.78);
  });

  it('only the assessed year counts; an index built once gives the same result as the array', () => {
    const actuals = [...full(), actual('t-a', 10, 2024), actual('t-a', 5000, 2026)];
    const fromArray = assess(actuals);
    const fromIndex = assessContract(contract(), TARGETS, new ActualIndex(actuals), 2025, DEFAULT_GRADES, [qual(30)]);
    expect(fromIndex.total).toBe(100);
    expect(fromArray.perTarget.map((s) => s.reason)).toEqual(fromIndex.perTarget.map((s) => s.reason));
  });

  it('a corrected actual (later enteredAt, any offset) replaces the earlier one; so does a revised qualitative score', () => {
    const corrected = [actual('t-a', 500, 2025, '2025-03-01T10:00:00+08:00'), actual('t-a', 900, 2025, '2025-03-01T03:00:00Z'), actual('t-b', 0.04), actual('t-v', 0)];
    expect(assess(corrected).perTarget[0]!.points).toBe(36);
    const revised = [qual(10, '初评', '2025-01-10T00:00:00Z'), qual(28, '复核', '2025-02-10T00:00:00Z')];
    expect(assess(full(), revised).perTarget[2]!.reason).toBe('定性评分 28 分（满分 30）：复核');
  });

  it('refuses a year outside the term, in Chinese', () => {
    expect(() => assessContract(contract(), TARGETS, [], 2027)).toThrow('2027 年不在责任书「心血管内科主任任期目标责任书」的任期（2024–2026 年）内');
  });

  it('actuals entered against version 1 still count after an amendment (targets keep their key)', () => {
    let n = 0;
    const next = amend(contract(), TARGETS, '医务处', '2025-06-01T00:00:00Z', () => `v2-${++n}`);
    const result = assessContract({ ...next.contract, status: 'ACTIVE' }, next.targets, full(), 2025, DEFAULT_GRADES, [qual(30)]);
    expect(result).toMatchObject({ contractId: 'v2-1', total: 100, grade: '优秀' });
  });
});
