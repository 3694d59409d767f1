import { emptyTables, scopeSpecialtyTables, type AllTables } from '../domain/index.ts';
import { RULES } from './registry.ts';
import { SEVERITIES, type Finding, type Rule, type Severity } from './types.ts';

export interface CheckOptions {
  /** Check only this hospital and its records (a hospital install, or one row of the commission view). */
  hospitalId?: string;
  /** Defaults to every registered rule; tests pass a subset. */
  rules?: readonly Rule[];
}

const RANK = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));

/**
 * Narrowing first keeps a one-hospital check cheap inside a province database. Always a new object: the
 * shared lookups are cached per tables object, and a caller may have edited its arrays since the last run.
 */
function scope(tables: AllTables, hospitalId: string | undefined): AllTables {
  if (hospitalId === undefined) return { ...tables };
  const contracts = tables.contracts.filter((c) => c.hospitalId === hospitalId);
  const contractIds = new Set(contracts.map((c) => c.id));
  const roots = new Set(contracts.map((c) => c.rootId));
  return {
    hospitals: tables.hospitals.filter((h) => h.id === hospitalId),
    disciplines: tables.disciplines.filter((d) => d.hospitalId === hospitalId),
    ...scopeSpecialtyTables(tables, hospitalId),
    contracts,
    contractTargets: tables.contractTargets.filter((t) => contractIds.has(t.contractId)),
    contractActuals: tables.contractActuals.filter((a) => roots.has(a.contractRootId)),
    contractQualitativeScores: tables.contractQualitativeScores.filter((q) => roots.has(q.contractRootId)),
  };
}

/** What the check reads: any subset of the tables (a page checks the rows it shows); missing ones are empty. */
export type CheckInput = Partial<AllTables>;

/** Runs the readiness check; findings come BLOCKER → WARNING → INFO, each in rule order, then record order. */
export function runChecks(input: CheckInput, options: CheckOptions = {}): Finding[] {
  const scoped = scope({ ...emptyTables(), ...input }, options.hospitalId);
  const findings = (options.rules ?? RULES).flatMap((rule) => rule.run(scoped));
  // Array.prototype.sort is stable, so equal severities keep rule and record order.
  return findings.sort((a, b) => RANK.get(a.severity)! - RANK.get(b.severity)!);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { BLOCKER: 0, WARNING: 0, INFO: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
