import { describe, expect, it } from 'vitest';
import {
  actualProblems,
  contractProblems,
  createDraftContract,
  createTarget,
  goalsOutsideTermRemoved,
  weightProblems,
  weightTotal,
  type Actual,
  type ContractTarget,
  type DirectorContract,
  type NewTargetInput,
} from '#shared/domain/contracts/index.ts';

const AT = '2024-01-08T09:30:00.000Z';
const YEARS = [2024, 2025, 2026];
const every = (value: number) => YEARS.map((year) => ({ kind: 'VALUE' as const, year, value }));

function contract(term = { start: '2024-01-01', end: '2026-12-31' }): DirectorContract {
  return createDraftContract({
    id: 'c-1',
    hospitalId: 'h-1',
    title: '普通外科主任任期目标责任书',
    hospitalSide: '王院长',
    director: { name: '张主任' },
    unit: { kind: 'SPECIALTY', id: 's-1' },
    selectionMode: 'COMPETITION',
    term,
    by: '医务处',
    at: AT,
  });
}

let n = 0;
const target = (input: Partial<NewTargetInput> & Pick<NewTargetInput, 'kpi' | 'weight'>): ContractTarget =>
  createTarget({ id: `t-${++n}`, contractId: 'c-1', order: n, at: AT, rule: { kind: 'THRESHOLD' }, baseline: { year: 2023, value: 100 }, annualTargets: every(100), ...input });

function valid(): ContractTarget[] {
  return [
    target({ kpi: 'discharges', weight: 50, rule: { kind: 'PROPORTIONAL', cap: 1 } }),
    target({ kpi: 'grade4-surgery-ratio', weight: 30 }),
    target({ kpi: 'bed-occupancy-rate', weight: 20, annualTargets: YEARS.map((year) => ({ kind: 'RANGE', year, min: 85, max: 93 })) }),
    target({ kpi: { name: '重大医疗质量安全事件', dimension: 'QUALITY_SAFETY', unit: '起', direction: 'DOWN', definition: '' }, weight: 0, rule: { kind: 'VETO' }, annualTargets: [] }),
  ];
}
const messages = (c: DirectorContract, targets: ContractTarget[]) => contractProblems(c, targets).map((p) => p.message);

describe('contract cross-field rules', () => {
  it('a complete contract has no problems', () => {
    expect(contractProblems(contract(), valid())).toEqual([]);
  });

  it('weights of non-veto targets must sum to exactly 100 (the veto target’s weight is not counted)', () => {
    const targets = valid();
    targets[0]!.weight = 45;
    expect(weightTotal(targets)).toBe(95);
    expect(contractProblems(contract(), targets)).toEqual([{ code: 'WEIGHT_SUM', message: '权重合计为 95，应为 100', targetId: null, field: 'weight' }]);
    targets[0]!.weight = 50.5;
    expect(messages(contract(), targets)).toEqual(['权重合计为 100.5，应为 100']);
    expect(weightProblems([])[0]?.message).toBe('权重合计为 0，应为 100');
  });

  it('sums weights in hundredths, so 33.33 + 33.33 + 33.34 is exactly 100', () => {
    const thirds = [33.33, 33.33, 33.34].map((weight, i) => target({ kpi: ['discharges', 'cmi', 'papers'][i]!, weight }));
    expect(0.1 + 0.2 === 0.3).toBe(false); // why the sum is not done in floating point
    expect(weightProblems(thirds)).toEqual([]);
  });

  it('a veto target carries no weight; a scored target needs one', () => {
    const targets = valid();
    targets[3]!.weight = 5; // not counted: the sum of the others is still 100
    targets.push(target({ kpi: 'papers', weight: 0 }));
    expect(messages(contract(), targets)).toEqual([
      '一票否决指标「重大医疗质量安全事件」不计权重，权重应为 0（当前 5）',
      '指标「论文数」权重为 0，计分指标的权重应大于 0',
    ]);
  });

  it('a target with no baseline year is refused, naming the target', () => {
    const targets = valid();
    targets[1]!.baseline = { year: null, value: 20 };
    expect(contractProblems(contract(), targets)).toEqual([
      { code: 'NO_BASELINE_YEAR', message: '指标「出院患者四级手术比例」缺少基线年份', targetId: targets[1]!.id, field: 'baseline.year' },
    ]);
    targets[1]!.baseline = { year: 2025, value: 20 };
    expect(messages(contract(), targets)).toEqual(['指标「出院患者四级手术比例」的基线年份 2025 晚于任期开始年份 2024']);
  });

  it('annual targets outside the term years are refused; each term year needs one, once', () => {
    const targets = valid();
    targets[0]!.annualTargets = [...every(100), { kind: 'VALUE', year: 2027, value: 120 }, { kind: 'VALUE', year: 2023, value: 90 }];
    expect(contractProblems(contract(), targets).map((p) => [p.message, p.field])).toEqual([
      ['指标「出院人次」的 2027 年目标超出任期（2024–2026 年）', 'annualTargets.3.year'],
      ['指标「出院人次」的 2023 年目标超出任期（2024–2026 年）', 'annualTargets.4.year'],
    ]);
    targets[0]!.annualTargets = [every(100)[0]!, every(100)[0]!];
    expect(messages(contract(), targets)).toEqual([
      '指标「出院人次」的 2024 年目标重复',
      '指标「出院人次」缺少 2025 年目标',
      '指标「出院人次」缺少 2026 年目标',
    ]);
  });

  it('a shortened term: only the targets with years outside it come back, without those years', () => {
    const targets = valid();
    const shorter = { start: '2024-01-01', end: '2025-12-31' };
    const changed = goalsOutsideTermRemoved(targets, shorter);
    expect(changed.map((t) => t.id)).toEqual(targets.filter((t) => t.annualTargets.some((g) => g.year === 2026)).map((t) => t.id));
    expect(changed.every((t) => t.annualTargets.every((g) => g.year <= 2025))).toBe(true);
    expect(targets[0]!.annualTargets.map((g) => g.year)).toEqual(YEARS); // the input is not touched
    expect(contractProblems(contract(shorter), targets.map((t) => changed.find((c) => c.id === t.id) ?? t)).filter((p) => p.code === 'TARGET_OUTSIDE_TERM')).toEqual([]);
    expect(goalsOutsideTermRemoved(targets, contract().term)).toEqual([]);
  });

  it('tiers by value, qualitative and veto targets need no yearly target', () => {
    const targets = valid();
    targets[1] = target({ kpi: 'inpatient-satisfaction', weight: 30, rule: { kind: 'TIERED', basis: 'VALUE', tiers: [{ from: 90, to: null, share: 1 }] }, annualTargets: [] });
    expect(contractProblems(contract(), targets)).toEqual([]);
  });

  it('a proportional rule on a zero target is refused (↑ would divide by it, ↓ would always give 0)', () => {
    const targets = valid();
    targets[0]!.annualTargets = [...every(100).slice(0, 2), { kind: 'VALUE', year: 2026, value: 0 }];
    expect(contractProblems(contract(), targets)).toEqual([
      {
        code: 'PROPORTIONAL_ZERO_TARGET',
        message: '指标「出院人次」按比例计分，但 2026 年目标为 0，无法计算完成比例；请修改目标或改用达标计分',
        targetId: targets[0]!.id,
        field: 'annualTargets.2.value',
      },
    ]);
    targets[0]!.rule = { kind: 'THRESHOLD' };
    expect(contractProblems(contract(), targets)).toEqual([]);
  });

  it('a term ending before (or on) its start is refused, and stops the per-year rules from repeating it', () => {
    expect(contractProblems(contract({ start: '2024-01-01', end: '2023-12-31' }), valid())).toEqual([
      { code: 'TERM', message: '任期结束日期（2023-12-31）应晚于开始日期（2024-01-01）', targetId: null, field: 'term.end' },
    ]);
    expect(messages(contract({ start: '2024-01-01', end: '2024-01-01' }), valid())).toEqual(['任期结束日期（2024-01-01）应晚于开始日期（2024-01-01）']);
  });

  it('monitor KPIs take a range and no completion ratio; others a single number', () => {
    const targets = valid();
    targets[2]!.annualTargets = every(90);
    targets[2]!.rule = { kind: 'PROPORTIONAL', cap: 1 };
    expect(messages(contract(), targets)).toEqual([
      '监测指标「床位使用率」没有好坏方向，不能按完成比例计分，请改用达标（目标区间）、分档、定性或否决',
      '监测指标「床位使用率」的 2024 年目标应为区间（下限–上限）',
      '监测指标「床位使用率」的 2025 年目标应为区间（下限–上限）',
      '监测指标「床位使用率」的 2026 年目标应为区间（下限–上限）',
    ]);
    const ranged = valid();
    ranged[0]!.annualTargets = YEARS.map((year) => ({ kind: 'RANGE', year, min: 1, max: 2 }));
    expect(messages(contract(), ranged)[0]).toBe('指标「出院人次」的 2024 年目标应为单一数值');
  });

  it('a catalogue target must exist in the catalogue and keep its direction; the same KPI may not appear twice', () => {
    const targets = valid();
    targets[1]!.kpiId = 'gone-kpi';
    targets[0]!.direction = 'DOWN';
    targets.push(target({ kpi: 'discharges', weight: 0.01 }));
    targets[0]!.weight = 49.99;
    expect(messages(contract(), targets)).toEqual([
      '指标「出院人次」的方向（↓）与指标库（↑）不一致',
      '指标「出院患者四级手术比例」引用的指标库编号「gone-kpi」不存在',
      '指标「出院人次」在本责任书中重复出现',
    ]);
  });
});

describe('actual cross-field rules', () => {
  const actual = (over: Partial<Actual>): Actual => ({
    id: 'a-1',
    updatedAt: AT,
    version: 1,
    contractRootId: 'c-1',
    targetKey: 't',
    year: 2025,
    value: 1.12,
    source: 'DRG_SYSTEM',
    enteredBy: '病案室',
    enteredAt: AT,
    drgVersion: 'CHS-DRG 2.0（省 2023 参考集）',
    note: '',
    ...over,
  });

  it('a DRG KPI’s actual names its DRG version; other KPIs need none', () => {
    const cmi = target({ kpi: 'cmi', weight: 10 });
    expect(actualProblems(actual({}), cmi, contract())).toEqual([]);
    expect(actualProblems(actual({ drgVersion: ' ' }), cmi, contract()).map((p) => p.message)).toEqual([
      '指标「病例组合指数 CMI」取自 DRG 系统，2025 年实际值须注明 DRG 版本/参考集',
    ]);
    expect(actualProblems(actual({ drgVersion: null }), target({ kpi: 'discharges', weight: 10 }), contract())).toEqual([]);
  });

  it('an actual outside the term is refused', () => {
    expect(actualProblems(actual({ year: 2027 }), target({ kpi: 'cmi', weight: 10 }), contract()).map((p) => p.code)).toEqual(['ACTUAL_OUTSIDE_TERM']);
  });
});
