import { CONTRACT_STATUS_LABELS, type ContractStatus, type DirectorContract } from './contract.ts';
import { jsonCopy } from './fields.ts';
import type { ContractTarget } from './target.ts';

/** Statuses in which the text of the contract is what both sides signed (or a closed record): never edited. */
export const LOCKED_STATUSES: readonly ContractStatus[] = ['SIGNED', 'ACTIVE', 'ASSESSED', 'TERMINATED'];

/** Signed and active contracts can still be amended; assessed and terminated ones are closed records. */
function lockedMessage(status: ContractStatus): string {
  if (status === 'ASSESSED') return '责任书已完成任期考核，不能修改';
  if (status === 'TERMINATED') return '责任书已终止，不能修改';
  return '责任书已签署，不能修改；请通过补充协议变更';
}

export class ContractLockedError extends Error {
  override name = 'ContractLockedError';
  constructor(readonly contract: Pick<DirectorContract, 'id' | 'status'>) {
    super(lockedMessage(contract.status));
  }
}

/** Thrown for a workflow move or amendment the contract's status does not allow. */
export class ContractStateError extends Error {
  override name = 'ContractStateError';
}

export const isContractLocked = (contract: Pick<DirectorContract, 'status'>) => LOCKED_STATUSES.includes(contract.status);

export function assertEditable(contract: Pick<DirectorContract, 'id' | 'status'>): void {
  if (isContractLocked(contract)) throw new ContractLockedError(contract);
}

/** Fields a person edits on a draft; identity, lineage and workflow fields change only through their functions. */
export type EditableContractFields = Omit<
  DirectorContract,
  'id' | 'hospitalId' | 'rootId' | 'versionNo' | 'previousVersionId' | 'status' | 'statusLog' | 'updatedAt' | 'version'
>;

/** A changed copy of a draft; throws ContractLockedError (and changes nothing) once the contract is signed. */
export function reviseContract(contract: DirectorContract, changes: Partial<EditableContractFields>, at: string): DirectorContract {
  assertEditable(contract);
  return { ...jsonCopy(contract), ...jsonCopy(changes), updatedAt: at, version: contract.version + 1 };
}

export type EditableTargetFields = Omit<ContractTarget, 'id' | 'contractId' | 'key' | 'updatedAt' | 'version'>;

/** A changed copy of one of the contract's targets, under the same lock as the contract itself. */
export function reviseTarget(
  contract: DirectorContract,
  target: ContractTarget,
  changes: Partial<EditableTargetFields>,
  at: string,
): ContractTarget {
  assertEditable(contract);
  if (target.contractId !== contract.id) throw new ContractStateError(`指标「${target.name}」不属于责任书「${contract.title}」`);
  return { ...jsonCopy(target), ...jsonCopy(changes), updatedAt: at, version: target.version + 1 };
}

export interface ContractVersion {
  contract: DirectorContract;
  targets: ContractTarget[];
}

/**
 * 补充协议: a new DRAFT version (versionNo + 1, previousVersionId → this one) with copies of the targets under
 * new ids and the same `key`s, so actuals and the version diff follow the lines. Signatures are cleared: the
 * amendment is signed on its own. The inputs are deep-copied, never touched; the old version stays as it was.
 */
export function amend(
  contract: DirectorContract,
  targets: readonly ContractTarget[],
  by: string,
  at: string,
  newId: () => string,
  note = '',
): ContractVersion {
  if (contract.status !== 'SIGNED' && contract.status !== 'ACTIVE') {
    throw new ContractStateError(`「${CONTRACT_STATUS_LABELS[contract.status]}」的责任书不能签订补充协议，只有已签署或执行中的责任书可以`);
  }
  const id = newId();
  const copy = jsonCopy(contract);
  const next: DirectorContract = {
    ...copy,
    id,
    updatedAt: at,
    version: 1,
    versionNo: contract.versionNo + 1,
    previousVersionId: contract.id,
    amendmentNote: note,
    signatures: { hospital: null, director: null },
    status: 'DRAFT',
    statusLog: [{ from: null, to: 'DRAFT', by, at, note: `补充协议（基于第 ${contract.versionNo} 版）` }],
  };
  const nextTargets = targets
    .filter((t) => t.contractId === contract.id)
    .map((t) => ({ ...jsonCopy(t), id: newId(), contractId: id, updatedAt: at, version: 1 }));
  return { contract: next, targets: nextTargets };
}

/**
 * The version in force among a lineage's versions: the highest signed one (an amendment still in draft or
 * review does not replace what was signed). Undefined when nothing has been signed yet.
 */
export function versionInForce(versions: readonly DirectorContract[]): DirectorContract | undefined {
  let best: DirectorContract | undefined;
  for (const v of versions) {
    if (v.status === 'SIGNED' || v.status === 'ACTIVE' || v.status === 'ASSESSED') {
      if (!best || v.versionNo > best.versionNo) best = v;
    }
  }
  return best;
}

/** The day a version took effect: the later of the two signature dates, else the day it was logged as signed. */
export function signedOn(version: DirectorContract): string | undefined {
  const { hospital, director } = version.signatures;
  if (hospital && director) return hospital.date > director.date ? hospital.date : director.date;
  return version.statusLog.find((step) => step.to === 'SIGNED')?.at.slice(0, 10);
}

/**
 * The versions that were ever signed, oldest first: the ones yearly results are scored against. A version
 * replaced by an amendment, or terminated after signing, still counts for the years it governed.
 */
export function signedVersions(versions: readonly DirectorContract[]): DirectorContract[] {
  return versions.filter((v) => v.statusLog.some((step) => step.to === 'SIGNED')).sort((a, b) => a.versionNo - b.versionNo);
}

/**
 * The version a year is assessed against: the latest signed by the end of that year, so an amendment signed
 * in 2024 governs 2024 onwards and leaves 2022 and 2023 scored as they were signed. A year before the first
 * signing takes the first signed version. `versions` must be signedVersions' output (oldest first).
 */
export function versionForYear(versions: readonly DirectorContract[], year: number): DirectorContract | undefined {
  let chosen = versions[0];
  for (const v of versions) {
    const on = signedOn(v);
    if (on !== undefined && Number(on.slice(0, 4)) <= year) chosen = v;
  }
  return chosen;
}

/**
 * How one version reads in the lineage: an older signed version stays exactly as signed (its status is never
 * rewritten), so "replaced by an amendment" is derived here from the version in force.
 */
export function versionLabel(versions: readonly DirectorContract[], version: DirectorContract): string {
  const inForce = versionInForce(versions);
  const replaced = inForce && inForce.versionNo > version.versionNo && isContractLocked(version);
  return replaced ? `已由第 ${inForce.versionNo} 版取代` : CONTRACT_STATUS_LABELS[version.status];
}
