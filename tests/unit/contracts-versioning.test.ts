import { describe, expect, it } from 'vitest';
import {
  ContractLockedError,
  ContractStateError,
  CONTRACT_TRANSITIONS,
  amend,
  assessmentYears,
  latestReportedYear,
  assertEditable,
  createDraftContract,
  createTarget,
  reviseContract,
  reviseTarget,
  transitionContract,
  versionInForce,
  signedOn,
  signedVersions,
  versionForYear,
  versionLabel,
  type ContractStatus,
  type ContractTarget,
  type DirectorContract,
} from '#shared/domain/contracts/index.ts';

const AT = '2024-01-08T09:30:00.000Z';
const every = (value: number) => [2024, 2025, 2026].map((year) => ({ kind: 'VALUE' as const, year, value }));

function draft(): DirectorContract {
  return createDraftContract({
    id: 'c-1',
    hospitalId: 'h-1',
    title: '骨科主任任期目标责任书',
    hospitalSide: '王院长',
    director: { name: '赵主任' },
    unit: { kind: 'DISCIPLINE', id: 'd-9' },
    selectionMode: 'OPEN_CALL',
    term: { start: '2024-01-01', end: '2026-12-31' },
    clauses: { duties: ['落实医疗质量安全核心制度'] },
    by: '医务处',
    at: AT,
  });
}

const targetsOf = (contractId: string): ContractTarget[] => [
  createTarget({ id: `${contractId}-t1`, contractId, order: 0, at: AT, kpi: 'discharges', weight: 60, rule: { kind: 'PROPORTIONAL', cap: 1 }, baseline: { year: 2023, value: 9000 }, annualTargets: every(10_000) }),
  createTarget({ id: `${contractId}-t2`, contractId, order: 1, at: AT, kpi: 'grade4-surgery-ratio', weight: 40, rule: { kind: 'THRESHOLD' }, baseline: { year: 2023, value: 20 }, annualTargets: every(25) }),
];

/** Walks a valid draft through review and signing, as the UI would. */
function signed(): DirectorContract {
  const c = draft();
  const t = targetsOf(c.id);
  const inReview = { ...transitionContract(c, t, 'UNDER_REVIEW', '科主任', '2024-01-09T00:00:00Z'), signatures: { hospital: { name: '王院长', date: '2024-01-10' }, director: { name: '赵主任', date: '2024-01-10' } } };
  return transitionContract(inReview, t, 'SIGNED', '院办', '2024-01-10T08:00:00Z');
}

/** Freezes every nested object, so any write to the input would throw in strict mode, not pass silently. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('a signed contract is immutable', () => {
  it('drafts and contracts under review are editable; signed ones are not', () => {
    expect(() => assertEditable(draft())).not.toThrow();
    expect(() => assertEditable({ id: 'x', status: 'UNDER_REVIEW' })).not.toThrow();
    const messages = (['SIGNED', 'ACTIVE', 'ASSESSED', 'TERMINATED'] as ContractStatus[]).map((status) => {
      try {
        assertEditable({ id: 'x', status });
        return 'editable';
      } catch (e) {
        expect(e).toBeInstanceOf(ContractLockedError);
        return (e as Error).message;
      }
    });
    expect(messages).toEqual([
      '责任书已签署，不能修改；请通过补充协议变更',
      '责任书已签署，不能修改；请通过补充协议变更',
      '责任书已完成任期考核，不能修改',
      '责任书已终止，不能修改',
    ]);
  });

  it('an attempt to change a signed version throws and changes nothing', () => {
    const contract = signed();
    const targets = targetsOf(contract.id);
    const before = JSON.stringify({ contract, targets });
    expect(() => reviseContract(contract, { title: '改过的名称', duties: [] }, AT)).toThrow('责任书已签署，不能修改；请通过补充协议变更');
    expect(() => reviseTarget(contract, targets[0]!, { weight: 70 }, AT)).toThrow(ContractLockedError);
    expect(JSON.stringify({ contract, targets })).toBe(before);
  });

  it('editing a draft returns a new record and leaves the input and its arrays untouched', () => {
    const original = deepFreeze(draft());
    const before = JSON.stringify(original);
    const next = reviseContract(original, { title: '骨科（关节）主任任期目标责任书' }, '2024-01-09T00:00:00Z');
    next.duties.push('新增职责');
    expect(next).toMatchObject({ title: '骨科（关节）主任任期目标责任书', version: 2, updatedAt: '2024-01-09T00:00:00Z' });
    expect(JSON.stringify(original)).toBe(before);
    const t = deepFreeze(targetsOf('c-1')[0]!);
    expect(reviseTarget(original, t, { weight: 55 }, AT).weight).toBe(55);
    expect(() => reviseTarget(original, { ...t, contractId: 'other' }, { weight: 1 }, AT)).toThrow('指标「出院人次」不属于责任书「骨科主任任期目标责任书」');
  });
});

describe('amendments (补充协议)', () => {
  it('creates a new draft version linked to the signed one; the signed inputs stay byte-identical', () => {
    const contract = deepFreeze(signed());
    const targets = deepFreeze(targetsOf(contract.id));
    const before = JSON.stringify({ contract, targets });
    let n = 0;
    const next = amend(contract, targets, '医务处', '2025-03-01T00:00:00Z', () => `v2-${++n}`, '增设 MDT 指标');
    expect(JSON.stringify({ contract, targets })).toBe(before);
    expect(next.contract).toMatchObject({
      id: 'v2-1',
      rootId: 'c-1',
      versionNo: 2,
      previousVersionId: 'c-1',
      amendmentNote: '增设 MDT 指标',
      status: 'DRAFT',
      signatures: { hospital: null, director: null },
      statusLog: [{ from: null, to: 'DRAFT', by: '医务处', at: '2025-03-01T00:00:00Z', note: '补充协议（基于第 1 版）' }],
    });
    expect(next.targets.map((t) => [t.id, t.contractId, t.key])).toEqual([
      ['v2-2', 'v2-1', 'c-1-t1'],
      ['v2-3', 'v2-1', 'c-1-t2'],
    ]);
    next.targets[0]!.annualTargets.push({ kind: 'VALUE', year: 2027, value: 1 });
    expect(JSON.stringify({ contract, targets })).toBe(before);
  });

  it('only signed or active contracts are amended; drafts are edited directly', () => {
    expect(() => amend(draft(), [], '医务处', AT, () => 'x')).toThrow(ContractStateError);
    expect(() => amend(draft(), [], '医务处', AT, () => 'x')).toThrow('「草稿」的责任书不能签订补充协议，只有已签署或执行中的责任书可以');
  });

  it('the version in force is the highest signed one, not a draft amendment', () => {
    const v1 = signed();
    const v2 = amend(v1, targetsOf(v1.id), '医务处', AT, () => 'v2').contract;
    expect(versionInForce([v1, v2])?.id).toBe('c-1');
    expect(versionInForce([v1, { ...v2, status: 'SIGNED' }])?.id).toBe('v2');
    expect(versionInForce([draft()])).toBeUndefined();
  });

  it('a contract terminated after signing is still assessed for the years it ran; one never signed is not', () => {
    const ended = transitionContract(signed(), [], 'TERMINATED', '院办', '2025-06-30T08:00:00Z', '科主任调任');
    expect(versionInForce([ended])).toBeUndefined();
    expect(signedVersions([ended]).map((v) => v.id)).toEqual(['c-1']);
    const withdrawn = transitionContract(draft(), [], 'TERMINATED', '院办', '2024-01-09T08:00:00Z', '改为揭榜挂帅');
    expect(signedVersions([withdrawn])).toEqual([]);
    expect(assessmentYears(signed())).toEqual([2024, 2025, 2026]);
    expect(assessmentYears(ended)).toEqual([2024, 2025]); // terminated in 2025: no results after it
    expect(latestReportedYear(ended, [{ year: 2024 }, { year: 2026 }, { year: 2023 }])).toBe(2024); // 2026 is after it ended
    expect(latestReportedYear(signed(), [])).toBeUndefined();
  });

  it('each year is scored by the version signed by the end of it: an amendment does not rescore earlier years', () => {
    const v1 = signed(); // signed 2024-01-10
    const draftV2 = amend(v1, targetsOf(v1.id), '医务处', AT, () => 'v2').contract;
    const v2 = {
      ...draftV2,
      signatures: { hospital: { name: '王院长', date: '2025-07-01' }, director: { name: '赵主任', date: '2025-07-03' } },
      statusLog: [...draftV2.statusLog, { from: 'UNDER_REVIEW' as const, to: 'SIGNED' as const, by: '院办', at: '2025-07-03T08:00:00.000Z', note: '' }],
      status: 'ACTIVE' as const,
    };
    expect(signedOn(v2)).toBe('2025-07-03'); // the later of the two signatures
    const versions = signedVersions([v2, v1, draftV2]);
    expect(versions.map((v) => v.id)).toEqual(['c-1', 'v2']); // the unsigned draft is left out
    expect(versionForYear(versions, 2023)?.id).toBe('c-1'); // before the first signing: the first version
    expect(versionForYear(versions, 2024)?.id).toBe('c-1');
    expect(versionForYear(versions, 2025)?.id).toBe('v2');
    expect(versionForYear(versions, 2026)?.id).toBe('v2');
    expect(versionForYear([], 2025)).toBeUndefined();
  });

  it('an older signed version reads as replaced once its amendment is signed, not while it is a draft', () => {
    const v1 = signed();
    const v2 = amend(v1, targetsOf(v1.id), '医务处', AT, () => 'v2').contract;
    expect(versionLabel([v1, v2], v1)).toBe('已签署');
    expect(versionLabel([v1, v2], v2)).toBe('草稿');
    const v2Active = { ...v2, status: 'ACTIVE' as const };
    expect(versionLabel([v1, v2Active], v1)).toBe('已由第 2 版取代');
    expect(versionLabel([v1, v2Active], v2Active)).toBe('执行中');
  });
});

describe('workflow', () => {
  it('moves 草稿 → 审核中 → 已签署 → 执行中 → 已考核, logging who and when, never touching the input', () => {
    const s = signed();
    const frozen = deepFreeze(s);
    const active = transitionContract(frozen, [], 'ACTIVE', '院办', '2024-01-11T00:00:00Z');
    const assessed = transitionContract(active, [], 'ASSESSED', '考核办', '2027-01-20T00:00:00Z', '任期考核完成');
    expect(frozen.status).toBe('SIGNED');
    expect(assessed.statusLog.map((l) => [l.from, l.to, l.by])).toEqual([
      [null, 'DRAFT', '医务处'],
      ['DRAFT', 'UNDER_REVIEW', '科主任'],
      ['UNDER_REVIEW', 'SIGNED', '院办'],
      ['SIGNED', 'ACTIVE', '院办'],
      ['ACTIVE', 'ASSESSED', '考核办'],
    ]);
  });

  it('leaving draft requires weights of exactly 100', () => {
    const c = draft();
    const t = targetsOf(c.id);
    t[1]!.weight = 35;
    expect(() => transitionContract(c, t, 'UNDER_REVIEW', '科主任', AT)).toThrow('责任书不能提交审核：权重合计为 95，应为 100');
    expect(() => transitionContract(c, [], 'UNDER_REVIEW', '科主任', AT)).toThrow('权重合计为 0，应为 100');
  });

  it('refuses an illegal move with the allowed ones, and a move out of a closed status', () => {
    expect(() => transitionContract(signed(), [], 'ASSESSED', '考核办', AT)).toThrow('责任书不能从「已签署」变为「已考核」；可变为「执行中」、「已终止」');
    const closed = { ...draft(), status: 'ASSESSED' as const };
    expect(() => transitionContract(closed, [], 'ACTIVE', '院办', AT)).toThrow('责任书不能从「已考核」变为「执行中」；该状态已结束');
    expect(() => transitionContract(draft(), [], 'SIGNED', '院办', AT)).toThrow(ContractStateError);
  });

  it('signing needs both signatures; terminating needs a reason', () => {
    const c = draft();
    const inReview = transitionContract(c, targetsOf(c.id), 'UNDER_REVIEW', '科主任', AT);
    expect(() => transitionContract(inReview, targetsOf(c.id), 'SIGNED', '院办', AT)).toThrow('责任书不能签署：缺少院方、科主任签字（签署人与日期）');
    expect(() => transitionContract(signed(), [], 'TERMINATED', '院办', AT)).toThrow('终止责任书须填写终止原因');
    expect(transitionContract(signed(), [], 'TERMINATED', '院办', AT, '科主任调任').status).toBe('TERMINATED');
  });

  it('the transition table has no move out of a closed status and none back into draft except from review', () => {
    expect(CONTRACT_TRANSITIONS.ASSESSED).toEqual([]);
    expect(CONTRACT_TRANSITIONS.TERMINATED).toEqual([]);
    const intoDraft = Object.entries(CONTRACT_TRANSITIONS).filter(([, to]) => to.includes('DRAFT')).map(([from]) => from);
    expect(intoDraft).toEqual(['UNDER_REVIEW']);
  });
});
