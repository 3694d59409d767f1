import { describe, expect, it } from 'vitest';
import {
  CONTRACT_TEMPLATES,
  ContractTargetSchema,
  DirectorContractSchema,
  contractProblems,
  createDraftContract,
  findContractTemplate,
  instantiateTemplate,
  transitionContract,
  weightTotal,
  type ContractTarget,
} from '#shared/domain/contracts/index.ts';
import { KPI_BY_ID } from '#shared/domain/kpi/index.ts';

const AT = '2024-01-08T09:30:00.000Z';
const TERM = { start: '2024-01-01', end: '2026-12-31' };

function fromTemplate(id: (typeof CONTRACT_TEMPLATES)[number]['id']) {
  const template = findContractTemplate(id);
  let n = 0;
  const contract = createDraftContract({
    id: 'c-1',
    hospitalId: 'h-1',
    title: `${template.name}模板责任书`,
    hospitalSide: '王院长',
    director: { name: '吴主任' },
    unit: { kind: 'DISCIPLINE', id: 'd-1' },
    selectionMode: 'COMPETITION',
    term: TERM,
    clauses: template.clauses,
    by: '医务处',
    at: AT,
  });
  const targets = instantiateTemplate(template, { contractId: contract.id, term: TERM, at: AT, newId: () => `t-${++n}` });
  return { template, contract, targets };
}

/** What the hospital adds before submitting: its baselines and a number for each year where none was pre-filled. */
function fillIn(targets: ContractTarget[]): ContractTarget[] {
  return targets.map((t) => {
    const needsYears = t.rule.kind === 'THRESHOLD' || t.rule.kind === 'PROPORTIONAL';
    if (!needsYears || t.annualTargets.length > 0) return t;
    const years = [2024, 2025, 2026];
    const annualTargets: ContractTarget['annualTargets'] =
      t.direction === 'MONITOR' ? years.map((year) => ({ kind: 'RANGE', year, min: 10, max: 20 })) : years.map((year) => ({ kind: 'VALUE', year, value: 10 }));
    return { ...t, annualTargets };
  });
}

describe('contract templates', () => {
  it('offers 通用临床, 外科 and 平台学科', () => {
    expect(CONTRACT_TEMPLATES.map((t) => [t.id, t.name])).toEqual([
      ['GENERAL_CLINICAL', '通用临床'],
      ['SURGICAL', '外科'],
      ['PLATFORM', '平台学科'],
    ]);
    expect(() => findContractTemplate('NOPE' as 'SURGICAL')).toThrow('没有编号为「NOPE」的责任书模板');
  });

  it.each(CONTRACT_TEMPLATES.map((t) => [t.name, t] as const))('%s: 10–12 weighted targets summing to 100, catalogue ids that exist, no KPI twice', (_, template) => {
    const weighted = template.targets.filter((t) => t.rule.kind !== 'VETO');
    expect(weighted.length).toBeGreaterThanOrEqual(10);
    expect(weighted.length).toBeLessThanOrEqual(12);
    expect(weighted.reduce((sum, t) => sum + t.weight, 0)).toBe(100);
    const ids = template.targets.flatMap((t) => (typeof t.kpi === 'string' ? [t.kpi] : []));
    for (const id of ids) expect(KPI_BY_ID.has(id), id).toBe(true);
    const names = template.targets.map((t) => (typeof t.kpi === 'string' ? KPI_BY_ID.get(t.kpi)!.name : t.kpi.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(CONTRACT_TEMPLATES.map((t) => [t.name, t] as const))('%s: standard clauses and veto items, each veto item also a veto target', (_, template) => {
    expect(template.clauses.duties.length).toBeGreaterThanOrEqual(5);
    expect(template.clauses.rights.length).toBeGreaterThan(0);
    expect(template.clauses.obligations.length).toBeGreaterThan(0);
    expect(template.clauses.rewards.length).toBeGreaterThan(0);
    expect(template.clauses.penalties.length).toBeGreaterThan(0);
    expect(template.clauses.vetoItems.join('；')).toMatch(/重大医疗质量安全事件.*违法违纪/);
    const vetoTargets = template.targets.filter((t) => t.rule.kind === 'VETO');
    expect(vetoTargets.map((t) => [typeof t.kpi === 'string' ? t.kpi : t.kpi.name, t.weight])).toEqual([
      ['重大医疗质量安全事件', 0],
      ['违法违纪行为', 0],
    ]);
  });

  it('the surgical template leans on surgery indicators; the platform one on talent, research and support', () => {
    const kpis = (id: 'SURGICAL' | 'PLATFORM') => findContractTemplate(id).targets.map((t) => (typeof t.kpi === 'string' ? t.kpi : t.kpi.name));
    expect(kpis('SURGICAL')).toEqual(expect.arrayContaining(['surgery-ratio', 'grade4-surgery-ratio', 'minimally-invasive-ratio', 'surgical-complication-rate']));
    expect(kpis('PLATFORM')).toEqual(expect.arrayContaining(['research-funding-per-100-staff', 'teleconsultations', '临床支撑服务质量']));
  });

  it.each(CONTRACT_TEMPLATES.map((t) => [t.name, t.id] as const))('%s: instantiates valid records; only the hospital’s own yearly numbers are left to fill', (_, id) => {
    const { contract, targets } = fromTemplate(id);
    expect(DirectorContractSchema.safeParse(contract).success).toBe(true);
    for (const t of targets) expect(ContractTargetSchema.parse(t)).toEqual(t);
    expect(weightTotal(targets)).toBe(100);
    expect(targets.every((t) => t.baseline.year === 2023 && t.contractId === 'c-1')).toBe(true);
    expect(new Set(contractProblems(contract, targets).map((p) => p.code))).toEqual(new Set(['TARGET_YEAR_MISSING']));
    const ready = fillIn(targets);
    expect(contractProblems(contract, ready)).toEqual([]);
    expect(transitionContract(contract, ready, 'UNDER_REVIEW', '吴主任', AT).status).toBe('UNDER_REVIEW');
  });

  it('pre-fills a monitor range for every term year where the template has one', () => {
    const { targets } = fromTemplate('GENERAL_CLINICAL');
    expect(targets.find((t) => t.kpiId === 'bed-occupancy-rate')!.annualTargets).toEqual([
      { kind: 'RANGE', year: 2024, min: 85, max: 93 },
      { kind: 'RANGE', year: 2025, min: 85, max: 93 },
      { kind: 'RANGE', year: 2026, min: 85, max: 93 },
    ]);
  });

  it('instances do not share arrays with the template or with each other', () => {
    const a = fromTemplate('SURGICAL');
    const b = fromTemplate('SURGICAL');
    const tiered = a.targets.find((t) => t.rule.kind === 'TIERED')!;
    if (tiered.rule.kind === 'TIERED') tiered.rule.tiers.push({ from: 1.5, to: 2, share: 0.1 });
    a.contract.duties.push('临时职责');
    expect(b.targets.find((t) => t.key === 't-8')!.rule).toEqual(findContractTemplate('SURGICAL').targets[7]!.rule);
    expect(b.contract.duties).toEqual(findContractTemplate('SURGICAL').clauses.duties);
  });
});
