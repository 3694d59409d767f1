import { describe, expect, it } from 'vitest';
import {
  ActualSchema,
  ContractTargetSchema,
  DirectorContractSchema,
  QualitativeScoreSchema,
  ScoringRuleSchema,
  createDraftContract,
  createTarget,
  parseMeasuredValue,
  type DirectorContract,
} from '#shared/domain/contracts/index.ts';

const AT = '2024-01-08T09:30:00.000Z';

const contract = (): DirectorContract =>
  createDraftContract({
    id: 'c-1',
    hospitalId: 'h-1',
    title: '神经内科主任任期目标责任书',
    hospitalSide: '王院长',
    director: { name: '周主任' },
    unit: { kind: 'DISCIPLINE', id: 'd-3' },
    selectionMode: 'OPEN_CALL',
    term: { start: '2024-01-01', end: '2026-12-31' },
    by: '医务处',
    at: AT,
  });

const target = () => createTarget({ id: 't-1', contractId: 'c-1', order: 0, at: AT, kpi: 'discharges', weight: 10, rule: { kind: 'PROPORTIONAL', cap: 1 } });

/** The Chinese messages a schema gives for `value`, with their paths. */
function issues(schema: { safeParse(v: unknown): { error?: { issues: { message: string; path: PropertyKey[] }[] } } }, value: unknown) {
  return (schema.safeParse(value).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}

describe('DirectorContract schema', () => {
  it('a new draft is valid', () => {
    expect(DirectorContractSchema.parse(contract())).toEqual(contract());
  });

  it('refuses a term that ends before it starts, or spans more than ten years', () => {
    expect(issues(DirectorContractSchema, { ...contract(), term: { start: '2024-01-01', end: '2023-12-31' } })).toEqual([
      ['term.end', '任期结束日期（2023-12-31）应晚于开始日期（2024-01-01）'],
    ]);
    expect(issues(DirectorContractSchema, { ...contract(), term: { start: '2024-01-01', end: '2034-12-31' } })).toEqual([
      ['term.end', '任期跨 11 个年度，不能超过 10 个年度'],
    ]);
    expect(issues(DirectorContractSchema, { ...contract(), term: { start: '2024-13-01', end: '2026-12-31' } })).toEqual([
      ['term.start', '日期格式应为 YYYY-MM-DD'],
    ]);
  });

  it('names missing parties and choices in Chinese', () => {
    const bad = { ...contract(), hospitalSide: ' ', director: { name: '', personId: null }, selectionMode: '抽签', unit: { kind: 'WARD', id: 'x' } };
    expect(issues(DirectorContractSchema, bad)).toEqual([
      ['hospitalSide', '请填写院方代表'],
      ['director.name', '请填写科主任姓名'],
      ['unit.kind', '请选择责任单位类型'],
      ['selectionMode', '请选择选拔方式'],
    ]);
    expect(issues(DirectorContractSchema, { ...contract(), duties: ['   '] })).toEqual([['duties.0', '请填写职责']]);
  });

  it('keeps version links consistent: version 1 has no predecessor, later versions must have one', () => {
    expect(issues(DirectorContractSchema, { ...contract(), previousVersionId: 'c-0' })).toEqual([['previousVersionId', '第 1 版责任书不应有上一版本']]);
    expect(issues(DirectorContractSchema, { ...contract(), id: 'c-2', versionNo: 2 })).toEqual([['previousVersionId', '第 2 版责任书缺少上一版本']]);
    expect(issues(DirectorContractSchema, { ...contract(), id: 'c-2', versionNo: 2, previousVersionId: 'c-1' })).toEqual([]);
  });
});

describe('ContractTarget schema', () => {
  it('a created target is valid; a proportional rule without cap defaults to 1.0', () => {
    expect(ContractTargetSchema.parse(target())).toEqual(target());
    expect(ScoringRuleSchema.parse({ kind: 'PROPORTIONAL' })).toEqual({ kind: 'PROPORTIONAL', cap: 1 });
    expect(ScoringRuleSchema.parse({ kind: 'TIERED', tiers: [{ from: 0, to: null, share: 1 }] })).toMatchObject({ basis: 'VALUE' });
  });

  it('refuses bad weights', () => {
    expect(issues(ContractTargetSchema, { ...target(), weight: 101 })).toEqual([['weight', '权重不能超过 100']]);
    expect(issues(ContractTargetSchema, { ...target(), weight: -1 })).toEqual([['weight', '权重不能为负数']]);
    expect(issues(ContractTargetSchema, { ...target(), weight: 3.333 })).toEqual([['weight', '权重最多保留两位小数']]);
    expect(issues(ContractTargetSchema, { ...target(), weight: '10' })).toEqual([['weight', '权重应为数字']]);
  });

  it('refuses bad rules: unknown kind, cap out of range, overlapping or inverted tiers, shares above 1', () => {
    expect(issues(ScoringRuleSchema, { kind: 'LOTTERY' })).toEqual([['kind', '请选择计分方式']]);
    expect(issues(ScoringRuleSchema, { kind: 'PROPORTIONAL', cap: 0.5 })).toEqual([['cap', '封顶系数应在 1–2 之间']]);
    const tiers = [{ from: 90, to: 100, share: 1 }, { from: 80, to: 95, share: 0.5 }];
    expect(issues(ScoringRuleSchema, { kind: 'TIERED', basis: 'VALUE', tiers })).toEqual([['tiers', '档位 80–95 与 90–100 重叠']]);
    expect(issues(ScoringRuleSchema, { kind: 'TIERED', basis: 'VALUE', tiers: [{ from: 90, to: 80, share: 1.5 }] })).toEqual([
      ['tiers.0.share', '得分比例应在 0–1 之间'],
      ['tiers.0.to', '档位下限应小于上限'],
    ]);
    expect(issues(ScoringRuleSchema, { kind: 'TIERED', basis: 'VALUE', tiers: [] })).toEqual([['tiers', '分档计分至少需要一个档位']]);
  });

  it('refuses bad annual targets: an inverted range, a year out of bounds, a target given as text', () => {
    const withGoal = (goal: unknown) => ({ ...target(), annualTargets: [goal] });
    expect(issues(ContractTargetSchema, withGoal({ kind: 'RANGE', year: 2025, min: 93, max: 85 }))).toEqual([['annualTargets.0.max', '目标下限不能大于上限']]);
    expect(issues(ContractTargetSchema, withGoal({ kind: 'VALUE', year: 1999, value: 1 }))).toEqual([['annualTargets.0.year', '年份应在 2000–2100 之间']]);
    expect(issues(ContractTargetSchema, withGoal({ kind: 'VALUE', year: 2025, value: '一万' }))).toEqual([['annualTargets.0.value', '目标值应为数字']]);
  });
});

describe('Actual and qualitative score schemas', () => {
  const actual = {
    id: 'a-1',
    updatedAt: AT,
    version: 1,
    contractRootId: 'c-1',
    targetKey: 't-1',
    year: 2025,
    value: 82.5,
    source: 'MANUAL',
    enteredBy: '质控科',
    enteredAt: AT,
    drgVersion: null,
    note: '',
  };

  it('an actual must be a finite number, not text', () => {
    expect(ActualSchema.parse(actual)).toEqual(actual);
    expect(issues(ActualSchema, { ...actual, value: '82.5' })).toEqual([['value', '实际值应为数字']]);
    expect(issues(ActualSchema, { ...actual, value: Number.NaN })).toEqual([['value', '实际值应为数字']]);
    expect(issues(ActualSchema, { ...actual, source: 'GUESS', enteredBy: '' })).toEqual([
      ['source', '请选择数据来源'],
      ['enteredBy', '请填写填报人'],
    ]);
  });

  it('a qualitative score cannot be negative', () => {
    const q = { id: 'q', updatedAt: AT, version: 1, contractRootId: 'c-1', targetKey: 't', year: 2025, points: -1, reason: '', assessedBy: '考核组', assessedAt: AT };
    expect(issues(QualitativeScoreSchema, q)).toEqual([['points', '定性评分不能为负数']]);
  });

  it('the actual field takes what people type and refuses what is not a number, quoting it', () => {
    expect(['82.5', ' 82.5% ', '1,234', '８２．５', '-3', '.5'].map((s) => parseMeasuredValue(s))).toEqual([
      { ok: true, value: 82.5 },
      { ok: true, value: 82.5 },
      { ok: true, value: 1234 },
      { ok: true, value: 82.5 },
      { ok: true, value: -3 },
      { ok: true, value: 0.5 },
    ]);
    expect(parseMeasuredValue('八十二')).toEqual({ ok: false, message: '实际值应为数字（输入的是「八十二」）' });
    expect(parseMeasuredValue('82.5.1')).toEqual({ ok: false, message: '实际值应为数字（输入的是「82.5.1」）' });
    expect(parseMeasuredValue('  ')).toEqual({ ok: false, message: '请填写实际值' });
    expect(parseMeasuredValue('1e999', '目标值')).toEqual({ ok: false, message: '目标值超出可表示的范围' });
  });
});
