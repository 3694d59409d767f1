import {
  ContractStateError,
  amend,
  assertEditable,
  goalsOutsideTermRemoved,
  transitionContract,
  type Actual,
  type ContractSignature,
  type ContractStatus,
  type ContractTarget,
  type ContractVersion,
  type DirectorContract,
  type QualitativeScore,
} from '#shared/domain/index.ts';
import { placeImportedTargets, targetImportRefusal, type TargetImportMode } from '#shared/import/targets.ts';
import { v7 as uuidv7 } from 'uuid';
import type { PlannerDatabase } from './database.ts';
import { deleteRecords, saveRecord, saveRecords, type Draft } from './records.ts';

// Contract tables are typed here, not on PlannerDatabase, so database.ts stays the foundation's file.
const contracts = (db: PlannerDatabase) => db.table<DirectorContract, string>('contracts');
const targets = (db: PlannerDatabase) => db.table<ContractTarget, string>('contractTargets');
const actuals = (db: PlannerDatabase) => db.table<Actual, string>('contractActuals');
const qualitative = (db: PlannerDatabase) => db.table<QualitativeScore, string>('contractQualitativeScores');
const writeTables = (db: PlannerDatabase) => [contracts(db), targets(db), db.outbox];

const byOrder = (a: ContractTarget, b: ContractTarget) => a.order - b.order;

/** Every version of every contract of one hospital (a hospital holds tens; the page groups them by rootId). */
export function listContracts(db: PlannerDatabase, hospitalId: string): Promise<DirectorContract[]> {
  return contracts(db).where('hospitalId').equals(hospitalId).toArray();
}

/** What a contract can bind in one hospital: its disciplines and clinical specialties, by name. */
export async function listContractUnits(db: PlannerDatabase, hospitalId: string) {
  const disciplines = await db.disciplines.where('hospitalId').equals(hospitalId).toArray();
  const specialties = await db.table<{ id: string; name: string }, string>('specialties').where('hospitalId').equals(hospitalId).toArray();
  return {
    disciplines: disciplines.map((d) => ({ id: d.id, name: d.name })),
    specialties: specialties.map((s) => ({ id: s.id, name: s.name })),
  };
}

/** Targets of the given contract versions, in table order. */
export async function listContractTargets(db: PlannerDatabase, contractIds: string[]): Promise<ContractTarget[]> {
  if (contractIds.length === 0) return [];
  return (await targets(db).where('contractId').anyOf(contractIds).toArray()).sort(byOrder);
}

/** One contract lineage: every version with its targets (oldest first), its actuals and qualitative scores. */
export async function readLineage(db: PlannerDatabase, rootId: string) {
  const versions = (await contracts(db).where('rootId').equals(rootId).toArray()).sort((a, b) => a.versionNo - b.versionNo);
  const all = await listContractTargets(db, versions.map((v) => v.id));
  return {
    versions: versions.map((contract): ContractVersion => ({ contract, targets: all.filter((t) => t.contractId === contract.id) })),
    actuals: await actuals(db).where('contractRootId').equals(rootId).toArray(),
    qualitative: await qualitative(db).where('contractRootId').equals(rootId).toArray(),
  };
}

/** Actuals and qualitative scores of several lineages at once (the list's last grade). */
export async function listAssessmentData(db: PlannerDatabase, rootIds: string[]) {
  if (rootIds.length === 0) return { actuals: [], qualitative: [] };
  return {
    actuals: await actuals(db).where('contractRootId').anyOf(rootIds).toArray(),
    qualitative: await qualitative(db).where('contractRootId').anyOf(rootIds).toArray(),
  };
}

/** A new contract and its targets, validated and written together. */
export async function createContract(db: PlannerDatabase, contract: DirectorContract, lines: ContractTarget[]) {
  await db.transaction('rw', writeTables(db), async () => {
    await saveRecord(db, 'contracts', contract);
    await saveRecords(db, 'contractTargets', lines);
  });
}

/** The stored contract, re-read inside the caller's transaction: the lock is checked against the database. */
async function storedEditable(db: PlannerDatabase, contractId: string): Promise<DirectorContract> {
  const stored = await contracts(db).get(contractId);
  if (!stored) throw new ContractStateError('责任书不存在或已被删除');
  assertEditable(stored);
  return stored;
}

/** Saves a draft's own fields; throws ContractLockedError (nothing written) once it is signed. */
export async function saveContractDraft(db: PlannerDatabase, draft: DirectorContract) {
  return db.transaction('rw', writeTables(db), async () => {
    const stored = await storedEditable(db, draft.id);
    // Identity, lineage and workflow fields change only through their own functions.
    const { rootId, versionNo, previousVersionId, status, statusLog, hospitalId } = stored;
    return saveRecord(db, 'contracts', { ...draft, rootId, versionNo, previousVersionId, status, statusLog, hospitalId });
  });
}

/** Saves targets of one draft contract (new or changed); refused for a signed contract. */
export async function saveContractTargets(db: PlannerDatabase, contractId: string, lines: Draft<'contractTargets'>[]) {
  return db.transaction('rw', writeTables(db), async () => {
    await storedEditable(db, contractId);
    if (lines.some((t) => t.contractId !== contractId)) throw new ContractStateError('指标不属于该责任书');
    return saveRecords(db, 'contractTargets', lines);
  });
}

/** Drops a draft's annual targets that lie outside its (changed) term, in one transaction; returns how many targets changed. */
export async function removeGoalsOutsideTerm(db: PlannerDatabase, contractId: string): Promise<number> {
  return db.transaction('rw', writeTables(db), async () => {
    const stored = await storedEditable(db, contractId);
    const changed = goalsOutsideTermRemoved(await targets(db).where('contractId').equals(contractId).toArray(), stored.term);
    await saveRecords(db, 'contractTargets', changed);
    return changed.length;
  });
}

/**
 * Imported targets into a draft, replacing its lines or after them (placeImportedTargets), in one
 * transaction. Only a draft takes them: the status is read again here, so a contract signed since the
 * dialog opened is refused with nothing written.
 */
export async function writeImportedTargets(db: PlannerDatabase, contractId: string, lines: ContractTarget[], mode: TargetImportMode) {
  return db.transaction('rw', writeTables(db), async () => {
    const stored = await contracts(db).get(contractId);
    if (!stored) throw new ContractStateError('责任书不存在或已被删除');
    const refusal = targetImportRefusal(stored);
    if (refusal) throw refusal;
    if (lines.some((t) => t.contractId !== contractId)) throw new ContractStateError('指标不属于该责任书');
    const existing = await targets(db).where('contractId').equals(contractId).toArray();
    const { save, remove } = placeImportedTargets(existing, lines, mode);
    await deleteRecords(db, 'contractTargets', remove);
    return saveRecords(db, 'contractTargets', save);
  });
}

/**
 * Changes one target from its stored state (read in the same transaction), so quick successive edits of
 * the same row (one year's target after another) never overwrite each other with a stale copy.
 */
export async function patchContractTarget(
  db: PlannerDatabase,
  contractId: string,
  targetId: string,
  patch: (current: ContractTarget) => Partial<ContractTarget>,
) {
  return db.transaction('rw', writeTables(db), async () => {
    await storedEditable(db, contractId);
    const current = await targets(db).get(targetId);
    if (!current || current.contractId !== contractId) throw new ContractStateError('指标不存在或不属于该责任书');
    return saveRecord(db, 'contractTargets', { ...current, ...patch(current) });
  });
}

export async function deleteContractTarget(db: PlannerDatabase, contractId: string, targetId: string) {
  await db.transaction('rw', writeTables(db), async () => {
    await storedEditable(db, contractId);
    await deleteRecords(db, 'contractTargets', [targetId]);
  });
}

/**
 * Deletes a draft (草稿) version and its targets. A first version takes the whole contract with it; an
 * amendment draft leaves the signed version before it exactly as it was. Anything past draft is a record of
 * what was agreed and is never deleted (终止 ends it instead).
 */
export async function deleteDraftContract(db: PlannerDatabase, contractId: string) {
  await db.transaction('rw', writeTables(db), async () => {
    const stored = await contracts(db).get(contractId);
    if (!stored) throw new ContractStateError('责任书不存在或已被删除');
    if (stored.status !== 'DRAFT') throw new ContractStateError(`只能删除草稿；「${stored.title}」第 ${stored.versionNo} 版已进入审核或签署流程，如需作废请使用“终止”`);
    const lineIds = await targets(db).where('contractId').equals(contractId).primaryKeys();
    await deleteRecords(db, 'contractTargets', lineIds);
    await deleteRecords(db, 'contracts', [contractId]);
  });
}

export interface TransitionInput {
  to: ContractStatus;
  by: string;
  note?: string;
  /** For 签署: both signatures are stored with the move, in the same write. */
  signatures?: { hospital: ContractSignature; director: ContractSignature };
}

/** A workflow move (CONTRACT_TRANSITIONS) recording who and when; the domain refuses moves it does not allow. */
export async function moveContract(db: PlannerDatabase, contractId: string, input: TransitionInput) {
  return db.transaction('rw', writeTables(db), async () => {
    const stored = await contracts(db).get(contractId);
    if (!stored) throw new ContractStateError('责任书不存在或已被删除');
    const lines = await targets(db).where('contractId').equals(contractId).toArray();
    const signed = input.signatures ? { ...stored, signatures: input.signatures } : stored;
    if (input.signatures) assertEditable(stored);
    const next = transitionContract(signed, lines, input.to, input.by, new Date().toISOString(), input.note ?? '');
    return saveRecord(db, 'contracts', next);
  });
}

/** 补充协议: version n+1 as a draft with copied targets; the signed version is left exactly as it was. */
export async function amendContract(db: PlannerDatabase, contractId: string, by: string, note: string) {
  return db.transaction('rw', writeTables(db), async () => {
    const stored = await contracts(db).get(contractId);
    if (!stored) throw new ContractStateError('责任书不存在或已被删除');
    const newer = await contracts(db).where('rootId').equals(stored.rootId).filter((c) => c.versionNo > stored.versionNo).count();
    if (newer > 0) throw new ContractStateError(`第 ${stored.versionNo} 版已有后续版本，请在最新版本上发起补充协议`);
    const lines = await targets(db).where('contractId').equals(contractId).toArray();
    const next = amend(stored, lines, by, new Date().toISOString(), uuidv7, note);
    await saveRecord(db, 'contracts', next.contract);
    await saveRecords(db, 'contractTargets', next.targets);
    return next.contract;
  });
}

/** One year's actual of a target line: replaces the line's earlier value for that year (same record). */
export async function saveActual(db: PlannerDatabase, draft: Draft<'contractActuals'>) {
  const existing = await actuals(db)
    .where('contractRootId')
    .equals(draft.contractRootId)
    .filter((a) => a.targetKey === draft.targetKey && a.year === draft.year)
    .first();
  return saveRecord(db, 'contractActuals', { ...draft, id: existing?.id ?? draft.id });
}

export async function saveQualitativeScore(db: PlannerDatabase, draft: Draft<'contractQualitativeScores'>) {
  const existing = await qualitative(db)
    .where('contractRootId')
    .equals(draft.contractRootId)
    .filter((s) => s.targetKey === draft.targetKey && s.year === draft.year)
    .first();
  return saveRecord(db, 'contractQualitativeScores', { ...draft, id: existing?.id ?? draft.id });
}
