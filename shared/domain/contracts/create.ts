import { KPI_BY_ID } from '../kpi/catalogue.ts';
import type { CustomKpi } from '../kpi/types.ts';
import type { DirectorContract } from './contract.ts';
import { jsonCopy } from './fields.ts';
import type { AnnualTarget, ContractTarget, ScoringRule } from './target.ts';

export type ContractClauses = Pick<DirectorContract, 'duties' | 'rights' | 'obligations' | 'vetoItems' | 'rewards' | 'penalties'>;

export const emptyClauses = (): ContractClauses => ({ duties: [], rights: [], obligations: [], vetoItems: [], rewards: [], penalties: [] });

export interface NewContractInput extends Pick<DirectorContract, 'id' | 'hospitalId' | 'title' | 'hospitalSide' | 'unit' | 'selectionMode' | 'term'> {
  director: { name: string; personId?: string | null };
  clauses?: Partial<ContractClauses>;
  /** Who created it and when: the first entry of the status log. */
  by: string;
  at: string;
}

/** A new version-1 draft. Ids and time come from the caller so the domain stays pure and tests deterministic. */
export function createDraftContract(input: NewContractInput): DirectorContract {
  return {
    id: input.id,
    updatedAt: input.at,
    version: 1,
    hospitalId: input.hospitalId,
    rootId: input.id,
    versionNo: 1,
    previousVersionId: null,
    amendmentNote: '',
    title: input.title,
    hospitalSide: input.hospitalSide,
    director: { name: input.director.name, personId: input.director.personId ?? null },
    unit: { ...input.unit },
    selectionMode: input.selectionMode,
    term: { ...input.term },
    ...emptyClauses(),
    ...jsonCopy(input.clauses ?? {}),
    signatures: { hospital: null, director: null },
    status: 'DRAFT',
    statusLog: [{ from: null, to: 'DRAFT', by: input.by, at: input.at, note: '' }],
  };
}

export interface NewTargetInput {
  id: string;
  contractId: string;
  /** The target line across amendments; a new line uses its own id. */
  key?: string;
  order: number;
  at: string;
  /** A catalogue id (name, dimension, unit and direction are copied from the catalogue) or a custom KPI. */
  kpi: string | CustomKpi;
  weight: number;
  rule: ScoringRule;
  baseline?: ContractTarget['baseline'];
  annualTargets?: AnnualTarget[];
}

export function createTarget(input: NewTargetInput): ContractTarget {
  let definition: CustomKpi;
  if (typeof input.kpi === 'string') {
    const entry = KPI_BY_ID.get(input.kpi);
    if (!entry) throw new Error(`指标库中没有编号为「${input.kpi}」的指标`);
    definition = { name: entry.name, dimension: entry.dimension, unit: entry.unit, direction: entry.direction, definition: entry.definition };
  } else {
    definition = { ...input.kpi };
  }
  return {
    id: input.id,
    updatedAt: input.at,
    version: 1,
    contractId: input.contractId,
    key: input.key ?? input.id,
    order: input.order,
    kpiId: typeof input.kpi === 'string' ? input.kpi : null,
    ...definition,
    baseline: input.baseline ? { ...input.baseline } : { year: null, value: null },
    annualTargets: jsonCopy(input.annualTargets ?? []),
    weight: input.weight,
    rule: jsonCopy(input.rule),
  };
}
