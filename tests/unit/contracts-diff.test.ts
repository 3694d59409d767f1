import { describe, expect, it } from 'vitest';
import {
  amend,
  createDraftContract,
  createTarget,
  describeRule,
  diffVersions,
  type ContractVersion,
} from '#shared/domain/contracts/index.ts';

const AT = '2024-01-08T09:30:00.000Z';
const every = (value: number) => [2024, 2025, 2026].map((year) => ({ kind: 'VALUE' as const, year, value }));

function version1(): ContractVersion {
  const contract = {
    ...createDraftContract({
      id: 'c-1',
      hospitalId: 'h-1',
      title: '呼吸与危重症医学科主任任期目标责任书',
      hospitalSide: '王院长',
      director: { name: '陈主任' },
      unit: { kind: 'SPECIALTY', id: 's-2' },
      selectionMode: 'APPOINTMENT',
      term: { start: '2024-01-01', end: '2026-12-31' },
      clauses: { duties: ['牵头开展多学科诊疗'], vetoItems: ['发生重大医疗质量安全事件'] },
      by: '医务处',
      at: AT,
    }),
    status: 'ACTIVE' as const,
  };
  const base = { contractId: 'c-1', at: AT, baseline: { year: 2023, value: 9000 } };
  return {
    contract,
    targets: [
      createTarget({ ...base, id: 't-1', order: 0, kpi: 'discharges', weight: 10, rule: { kind: 'PROPORTIONAL', cap: 1 }, annualTargets: every(10_000) }),
      createTarget({ ...base, id: 't-2', order: 1, kpi: 'papers', weight: 5, rule: { kind: 'THRESHOLD' }, annualTargets: every(3) }),
      createTarget({ ...base, id: 't-3', order: 2, kpi: 'cmi', weight: 85, rule: { kind: 'THRESHOLD' }, annualTargets: every(1.1) }),
    ],
  };
}

describe('diffVersions', () => {
  it('an unchanged amendment has no differences', () => {
    const v1 = version1();
    expect(diffVersions(v1, amend(v1.contract, v1.targets, '医务处', AT, () => 'x'))).toEqual([]);
  });

  it('lists weight, target, rule and clause changes, added and removed targets, in readable Chinese', () => {
    const v1 = version1();
    let n = 0;
    const v2 = amend(v1.contract, v1.targets, '医务处', AT, () => `v2-${++n}`);
    const [discharges, , cmi] = v2.targets;
    discharges!.weight = 15;
    discharges!.annualTargets[1] = { kind: 'VALUE', year: 2025, value: 12_500 };
    cmi!.rule = { kind: 'PROPORTIONAL', cap: 1.2 };
    cmi!.weight = 80;
    v2.targets.splice(1, 1); // 删除 论文数
    v2.targets.push(createTarget({ id: 'new', contractId: 'v2-1', order: 3, at: AT, kpi: 'mdt-cases', weight: 5, rule: { kind: 'THRESHOLD' } }));
    v2.contract.term = { start: '2024-01-01', end: '2027-12-31' };
    v2.contract.duties = [...v2.contract.duties, '建设呼吸康复门诊'];

    expect(diffVersions(v1, v2)).toEqual([
      '任期 2024-01-01 至 2026-12-31 → 2024-01-01 至 2027-12-31',
      '职责新增「建设呼吸康复门诊」',
      '「出院人次」权重 10 → 15',
      '「出院人次」2025 年目标 10000 人次 → 12500 人次',
      '「病例组合指数 CMI」权重 85 → 80',
      '「病例组合指数 CMI」计分方式 达标计分 → 比例计分（封顶 1.2）',
      '新增指标「MDT开展例数」（达标计分，权重 5）',
      '删除指标「论文数」（原权重 5）',
    ]);
  });

  it('matches targets by their line key, so a renamed target is a rename, not a delete and an add', () => {
    const v1 = version1();
    let n = 0;
    const v2 = amend(v1.contract, v1.targets, '医务处', AT, () => `v2-${++n}`);
    v2.targets[1]!.name = 'SCI 论文数';
    v2.targets[1]!.baseline = { year: 2023, value: 4 };
    expect(diffVersions(v1, v2)).toEqual(['指标「论文数」更名为「SCI 论文数」', '「SCI 论文数」基线 2023 年 9000 篇 → 2023 年 4 篇']);
  });

  it('describes tiered rules with their bands', () => {
    expect(
      describeRule({ kind: 'TIERED', basis: 'VALUE', tiers: [{ from: 95, to: null, share: 1 }, { from: 90, to: 95, share: 0.8 }] }, '分'),
    ).toBe('分档计分（按实际值：≥ 95 分 得 100%，90–95 分 得 80%）');
    expect(describeRule({ kind: 'TIERED', basis: 'ATTAINMENT', tiers: [{ from: null, to: 80, share: 0 }] })).toBe('分档计分（按完成率：< 80% 得 0%）');
  });
});
