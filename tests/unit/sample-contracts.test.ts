import { describe, expect, it } from 'vitest';
import {
  CONTRACT_STATUSES,
  KPI_BY_ID,
  actualProblems,
  contractProblems,
  termYears,
  weightTotal,
  type AllTables,
  type DirectorContract,
} from '#shared/domain/index.ts';
import { DEMO_WEIGHT_95_UNIT, SAMPLE_DRG_VERSION, generateSample } from '#shared/sample/index.ts';

const demo = generateSample({ size: 'demo' });
const large = generateSample({ size: 'large' });

const targetsOf = (tables: AllTables, c: DirectorContract) => tables.contractTargets.filter((t) => t.contractId === c.id);

describe('sample: demo contracts', () => {
  it('has about 20 contracts of the demo hospital in every status', () => {
    expect(demo.contracts.length).toBeGreaterThanOrEqual(18);
    expect(demo.contracts.length).toBeLessThanOrEqual(25);
    expect(new Set(demo.contracts.map((c) => c.status))).toEqual(new Set(CONTRACT_STATUSES));
    expect(demo.contracts.every((c) => c.hospitalId === demo.hospitals[0]!.id)).toBe(true);
    expect(new Set(demo.contracts.map((c) => c.unit.kind))).toEqual(new Set(['DISCIPLINE', 'SPECIALTY']));
  });

  it('logs each status change from the draft to the current status', () => {
    for (const c of demo.contracts) {
      expect(c.statusLog[0]).toMatchObject({ from: null, to: 'DRAFT' });
      expect(c.statusLog.at(-1)!.to, c.title).toBe(c.status);
      for (let i = 1; i < c.statusLog.length; i++) expect(c.statusLog[i]!.from).toBe(c.statusLog[i - 1]!.to);
    }
    const terminated = demo.contracts.filter((c) => c.status === 'TERMINATED');
    expect(terminated.every((c) => c.statusLog.at(-1)!.note.length > 0)).toBe(true);
  });

  it('has an amendment: version 2 of a lineage, signed, with changed weights', () => {
    const v2 = demo.contracts.find((c) => c.versionNo === 2)!;
    expect(v2).toBeDefined();
    const v1 = demo.contracts.find((c) => c.id === v2.previousVersionId)!;
    expect(v2.rootId).toBe(v1.id);
    expect(v2.amendmentNote).not.toBe('');
    expect(v2.status).toBe('ACTIVE');
    const before = targetsOf(demo, v1).map((t) => [t.key, t.weight]);
    const after = targetsOf(demo, v2).map((t) => [t.key, t.weight]);
    expect(after.map(([key]) => key)).toEqual(before.map(([key]) => key));
    expect(after).not.toEqual(before);
    expect(weightTotal(targetsOf(demo, v2))).toBe(100);
  });

  it('has the deliberate draft whose weights sum to 95; every other contract is free of problems', () => {
    const odd = demo.contracts.filter((c) => weightTotal(targetsOf(demo, c)) !== 100);
    expect(odd).toHaveLength(1);
    expect(odd[0]).toMatchObject({ status: 'DRAFT', unit: { kind: 'SPECIALTY' } });
    expect(odd[0]!.title).toContain(DEMO_WEIGHT_95_UNIT);
    expect(weightTotal(targetsOf(demo, odd[0]!))).toBe(95);
    for (const c of demo.contracts) {
      if (c === odd[0]) continue;
      expect(contractProblems(c, targetsOf(demo, c)), c.title).toEqual([]);
    }
  });

  it('holds five years of actuals for the 2021–2025 terms, DRG values with their version, some not yet entered', () => {
    const assessed = demo.contracts.filter((c) => c.status === 'ASSESSED');
    expect(assessed.length).toBeGreaterThan(0);
    for (const c of assessed) {
      const years = new Set(demo.contractActuals.filter((a) => a.contractRootId === c.rootId).map((a) => a.year));
      expect([...years].sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
    }
    const contracts = new Map(demo.contracts.map((c) => [c.rootId, c]));
    const targets = new Map(demo.contractTargets.map((t) => [t.key, t]));
    for (const a of demo.contractActuals) {
      expect(actualProblems(a, targets.get(a.targetKey)!, contracts.get(a.contractRootId)!)).toEqual([]);
      if (KPI_BY_ID.get(targets.get(a.targetKey)!.kpiId ?? '')?.drg) expect(a.drgVersion).toBe(SAMPLE_DRG_VERSION);
    }
    // 未填报: an active contract with a scored line lacking a year that has passed.
    const gaps = demo.contracts.filter((c) => c.status === 'ACTIVE' && c.versionNo === 1).some((c) => {
      const entered = demo.contractActuals.filter((a) => a.contractRootId === c.rootId).length;
      const lines = targetsOf(demo, c).filter((t) => t.rule.kind !== 'QUALITATIVE').length;
      return entered < lines * (Math.min(2025, termYears(c.term).last) - termYears(c.term).first + 1);
    });
    expect(gaps).toBe(true);
  });

  it('scores the qualitative line of a couple of contracts, with reasons', () => {
    expect(demo.contractQualitativeScores.length).toBeGreaterThanOrEqual(2);
    expect(demo.contractQualitativeScores.every((q) => q.reason.length > 5)).toBe(true);
  });
});

describe('sample: large province contracts', () => {
  it('has about two contracts per hospital with targets and 2–3 years of actuals', () => {
    expect(large.contracts.length).toBeGreaterThanOrEqual(large.hospitals.length * 1.8);
    expect(large.contracts.length).toBeLessThanOrEqual(large.hospitals.length * 2.5);
    const roots = new Map(large.contracts.map((c) => [c.id, c]));
    for (const t of large.contractTargets.slice(0, 500)) expect(roots.has(t.contractId)).toBe(true);
    expect(new Set(large.contractActuals.map((a) => a.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025]));
  });
});

describe('sample: generation', () => {
  // How fast the province is made is a benchmark figure (npm run bench), never a test assertion.
  it('makes the province deterministically', () => {
    const again = generateSample({ size: 'large' });
    expect(again.milestones.map((m) => m.id)).toEqual(large.milestones.map((m) => m.id));
    expect(JSON.stringify(again.contractActuals)).toBe(JSON.stringify(large.contractActuals));
  });
});
