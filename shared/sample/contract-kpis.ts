import { KPI_BY_ID, type Actual, type AnnualTarget, type ContractTarget } from '../domain/index.ts';
import type { Random } from './random.ts';

/** [lowest, highest baseline, yearly relative change of the target, decimals] per catalogue KPI of the templates. */
const PROFILES: Record<string, readonly [number, number, number, number]> = {
  discharges: [3000, 9000, 0.05, 0],
  cmi: [0.9, 1.4, 0.02, 2],
  'complex-critical-case-ratio': [15, 30, 0.04, 1],
  'mdt-cases': [80, 300, 0.1, 0],
  'new-techniques': [2, 6, 0, 0],
  'low-risk-mortality': [0.02, 0.08, -0.05, 3],
  'unplanned-readmission-31d': [1.5, 3.5, -0.05, 2],
  'average-length-of-stay': [6.5, 9.5, -0.03, 1],
  'bed-occupancy-rate': [86, 96, 0, 1],
  'inpatient-satisfaction': [90, 94, 0.005, 1],
  'outpatient-satisfaction': [86, 92, 0.006, 1],
  'grassroots-trainees': [10, 40, 0.1, 0],
  'surgery-ratio': [40, 70, 0.03, 1],
  'grade4-surgery-ratio': [15, 30, 0.06, 1],
  'minimally-invasive-ratio': [25, 50, 0.06, 1],
  'day-surgery-ratio': [8, 20, 0, 1],
  'surgical-complication-rate': [0.4, 1.2, -0.05, 2],
  'clean-incision-ssi-rate': [0.3, 0.9, -0.05, 2],
  'unplanned-reoperation-rate': [0.2, 0.6, -0.05, 2],
  'restricted-technique-cases': [20, 120, 0.08, 0],
  'senior-title-ratio': [25, 40, 0.03, 1],
  'doctorate-ratio': [5, 20, 0.08, 1],
  'high-level-talents': [1, 3, 0, 0],
  'research-funding-per-100-staff': [20, 80, 0.08, 1],
  papers: [5, 20, 0.08, 0],
  teleconsultations: [200, 800, 0.1, 0],
};

export const SAMPLE_DRG_VERSION = 'CHS-DRG 1.1';

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
const clamp = (value: number, unit: string) => (unit === '%' || unit === '分' ? Math.min(value, 100) : value);

/**
 * Baseline value and one target per term year for every scored line without a fixed template goal, so the
 * contract has no problems (contractProblems) and can go through review and signing.
 */
export function fillTargets(random: Random, targets: ContractTarget[], first: number, last: number): void {
  for (const t of targets) {
    const profile = t.kpiId ? PROFILES[t.kpiId] : undefined;
    if (!profile) continue; // qualitative and veto lines: no baseline value, no yearly figure
    const [low, high, change, decimals] = profile;
    const base = round(low + random.next() * (high - low), decimals);
    t.baseline = { year: first - 1, value: base };
    if (t.annualTargets.length > 0) continue; // the template's own goal (e.g. 床位使用率 85–93%)
    const goals: AnnualTarget[] = [];
    for (let year = first, k = 1; year <= last; year++, k++) {
      if (t.direction === 'MONITOR') {
        goals.push({ kind: 'RANGE', year, min: round(base * 0.8, decimals), max: round(base * 1.3, decimals) });
        continue;
      }
      const grown = clamp(base * (1 + change) ** k, t.unit);
      const value = round(grown, decimals);
      goals.push({ kind: 'VALUE', year, value: value > 0 ? value : base });
    }
    t.annualTargets = goals;
  }
}

function sourceOf(t: ContractTarget): Pick<Actual, 'source' | 'drgVersion'> {
  if (t.kpiId && KPI_BY_ID.get(t.kpiId)?.drg) return { source: 'DRG_SYSTEM', drgVersion: SAMPLE_DRG_VERSION };
  if (t.kpiId?.endsWith('satisfaction')) return { source: 'IMPORT', drgVersion: null };
  if (t.dimension === 'QUALITY_SAFETY') return { source: 'QC_PLATFORM', drgVersion: null };
  return { source: t.dimension === 'TALENT_RESEARCH' || t.dimension === 'GRASSROOTS' ? 'MANUAL' : 'HIS', drgVersion: null };
}

/** A plausible measured value for the year: near the target (±10%), VETO lines clear (0 events). */
export function actualValue(random: Random, t: ContractTarget, year: number): number | null {
  if (t.rule.kind === 'QUALITATIVE') return null;
  if (t.rule.kind === 'VETO') return 0;
  const goal = t.annualTargets.find((g) => g.year === year);
  const centre = goal ? (goal.kind === 'VALUE' ? goal.value : (goal.min + goal.max) / 2) : t.baseline.value;
  if (centre === null) return null;
  const decimals = (t.kpiId ? PROFILES[t.kpiId]?.[3] : undefined) ?? 1;
  return round(clamp(centre * (0.9 + random.next() * 0.2), t.unit), decimals);
}

/** One actual row, entered in January after the year by the unit's data clerk. */
export function actualRow(random: Random, t: ContractTarget, rootId: string, year: number, value: number, by: string): Actual {
  return {
    id: random.uuid(),
    updatedAt: `${year + 1}-01-25T02:00:00.000Z`,
    version: 1,
    contractRootId: rootId,
    targetKey: t.key,
    year,
    value,
    ...sourceOf(t),
    enteredBy: by,
    enteredAt: `${year + 1}-01-25T02:00:00.000Z`,
    note: '',
  };
}
