// Issue 6 benchmark: assessing every contract of a province-sized sample (5,000 contracts × 12 targets ×
// 5 years) in Node, beside a plain loop over the same actual values (the floor). Timings are printed, never
// asserted. Standalone: `npx tsx tests/bench/scoring.bench.ts`.
import { pathToFileURL } from 'node:url';
import {
  ActualIndex,
  assessContract,
  createDraftContract,
  createTarget,
  type Actual,
  type ContractTarget,
  type DirectorContract,
  type QualitativeScore,
  type ScoringRule,
} from '#shared/domain/contracts/index.ts';
import type { KpiDirection } from '#shared/domain/kpi/index.ts';
import { printTable, type Figure } from './harness.ts';

const CONTRACTS = 5_000;
const YEARS = [2024, 2025, 2026, 2027, 2028] as const;
const RUNS = 5;
const AT = '2024-01-08T09:30:00.000Z';

/** Every rule and direction the scorer knows, 11 weighted lines summing to 100 plus one veto line. */
const LINES: { kpi: string; direction: KpiDirection; weight: number; rule: ScoringRule; base: number }[] = [
  { kpi: 'discharges', direction: 'UP', weight: 10, rule: { kind: 'PROPORTIONAL', cap: 1 }, base: 12_000 },
  { kpi: 'average-length-of-stay', direction: 'DOWN', weight: 10, rule: { kind: 'PROPORTIONAL', cap: 1.2 }, base: 8 },
  { kpi: 'surgery-ratio', direction: 'UP', weight: 10, rule: { kind: 'THRESHOLD' }, base: 40 },
  { kpi: 'low-risk-mortality', direction: 'DOWN', weight: 8, rule: { kind: 'THRESHOLD' }, base: 0.05 },
  { kpi: 'bed-occupancy-rate', direction: 'MONITOR', weight: 8, rule: { kind: 'THRESHOLD' }, base: 90 },
  {
    kpi: 'inpatient-satisfaction',
    direction: 'UP',
    weight: 10,
    rule: { kind: 'TIERED', basis: 'VALUE', tiers: [{ from: 95, to: null, share: 1 }, { from: 90, to: 95, share: 0.8 }] },
    base: 93,
  },
  { kpi: 'cmi', direction: 'UP', weight: 10, rule: { kind: 'PROPORTIONAL', cap: 1 }, base: 1.1 },
  { kpi: 'unplanned-readmission-31d', direction: 'DOWN', weight: 8, rule: { kind: 'PROPORTIONAL', cap: 1 }, base: 2 },
  {
    kpi: 'mdt-cases',
    direction: 'UP',
    weight: 8,
    rule: { kind: 'TIERED', basis: 'ATTAINMENT', tiers: [{ from: 100, to: null, share: 1 }, { from: 80, to: 100, share: 0.6 }] },
    base: 120,
  },
  { kpi: 'papers', direction: 'UP', weight: 8, rule: { kind: 'QUALITATIVE' }, base: 0 },
  { kpi: 'new-techniques', direction: 'UP', weight: 10, rule: { kind: 'THRESHOLD' }, base: 6 },
  { kpi: 'teleconsultations', direction: 'UP', weight: 0, rule: { kind: 'VETO' }, base: 0 },
];

interface Sample {
  contracts: { contract: DirectorContract; targets: ContractTarget[]; qualitative: QualitativeScore[]; actuals: Actual[] }[];
  actuals: Actual[];
}

/** Deterministic: a fixed LCG, so every run and machine scores the same numbers. */
export function buildScoringSample(): Sample {
  let state = 202322;
  const rand = () => ((state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296);
  const contracts: Sample['contracts'] = [];
  const all: Actual[] = [];
  for (let c = 0; c < CONTRACTS; c++) {
    const id = `c-${c}`;
    const contract = createDraftContract({
      id,
      hospitalId: `h-${c % 200}`,
      title: `责任书 ${c}`,
      hospitalSide: '院长',
      director: { name: `主任 ${c}` },
      unit: { kind: 'DISCIPLINE', id: `d-${c}` },
      selectionMode: 'COMPETITION',
      term: { start: '2024-01-01', end: '2028-12-31' },
      by: 'bench',
      at: AT,
    });
    const entry: Sample['contracts'][number] = { contract, targets: [], qualitative: [], actuals: [] };
    LINES.forEach((line, order) => {
      const scale = 0.8 + rand() * 0.4;
      const target = createTarget({
        id: `${id}-t${order}`,
        contractId: id,
        order,
        at: AT,
        kpi: line.kpi,
        weight: line.weight,
        rule: line.rule,
        baseline: { year: 2023, value: line.base * scale },
        annualTargets: YEARS.map((year) =>
          line.direction === 'MONITOR'
            ? { kind: 'RANGE' as const, year, min: 85, max: 93 }
            : { kind: 'VALUE' as const, year, value: line.base * scale * (1 + (year - 2023) * 0.02) },
        ),
      });
      entry.targets.push(target);
      for (const year of YEARS) {
        if (line.rule.kind === 'QUALITATIVE') {
          const points = Math.round(rand() * line.weight * 10) / 10;
          entry.qualitative.push({ id: `${target.id}-q${year}`, updatedAt: AT, version: 1, contractRootId: id, targetKey: target.key, year, points, reason: '按考核细则评分', assessedBy: '考核组', assessedAt: AT });
          continue;
        }
        if (rand() < 0.02) continue; // 未填报
        const value = line.rule.kind === 'VETO' ? (rand() < 0.01 ? 1 : 0) : line.base * scale * (0.85 + rand() * 0.35);
        const actual: Actual = { id: `${target.id}-a${year}`, updatedAt: AT, version: 1, contractRootId: id, targetKey: target.key, year, value, source: 'IMPORT', enteredBy: 'bench', enteredAt: AT, drgVersion: line.kpi === 'cmi' ? 'CHS-DRG 2.0' : null, note: '' };
        entry.actuals.push(actual);
        all.push(actual);
      }
    });
    contracts.push(entry);
  }
  return { contracts, actuals: all };
}

/** Index every actual once, then assess each contract for each year of its term. */
function assessAll(sample: Sample): number {
  const index = new ActualIndex(sample.actuals);
  let total = 0;
  for (const { contract, targets, qualitative } of sample.contracts) {
    for (const year of YEARS) total += assessContract(contract, targets, index, year, undefined, qualitative).total;
  }
  return total;
}

/** The floor: the same values visited in the same nesting, summed, with no rule, lookup or result object. */
function sumAll(sample: Sample): number {
  let total = 0;
  for (const { actuals } of sample.contracts) for (let i = 0; i < actuals.length; i++) total += actuals[i]!.value;
  return total;
}

function time(run: () => number): { ms: number; result: number } {
  const t0 = performance.now();
  const result = run();
  return { ms: performance.now() - t0, result };
}

export function benchScoring(): Figure[] {
  const sample = buildScoringSample();
  const assess: number[] = [];
  const floor: number[] = [];
  let checksum = 0;
  for (let i = 0; i < RUNS; i++) {
    const a = time(() => assessAll(sample));
    const f = time(() => sumAll(sample));
    assess.push(a.ms);
    floor.push(f.ms);
    checksum += a.result + f.result; // keeps both loops observable so neither is optimised away
  }
  if (!Number.isFinite(checksum)) throw new Error('scoring benchmark produced a non-finite total');
  return [
    {
      name: `assess ${CONTRACTS} contracts × ${LINES.length} targets × ${YEARS.length} years (index + assessContract)`,
      unit: 'ms',
      samples: assess,
      peer: { name: 'plain loop summing the same actual values', samples: floor },
      budget: 300,
    },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable('目标责任书 scoring (Node, pure domain)', benchScoring());
}
