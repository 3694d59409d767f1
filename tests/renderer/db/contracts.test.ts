import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import {
  ContractLockedError,
  createDraftContract,
  findContractTemplate,
  instantiateTemplate,
  type AnnualTarget,
  type ContractTarget,
} from '#shared/domain/index.ts';
import {
  amendContract,
  createContract,
  deleteDraftContract,
  moveContract,
  readAllTables,
  readLineage,
  removeGoalsOutsideTerm,
  saveContractDraft,
  saveContractTargets,
  type PlannerDatabase,
} from '#renderer/db/index.ts';
import { freshDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await freshDatabase()));
afterEach(() => cleanup());

const at = '2025-01-02T08:00:00.000Z';
const term = { start: '2025-01-01', end: '2027-12-31' };
const signatures = { hospital: { name: '张院长', date: '2025-01-10' }, director: { name: '李主任', date: '2025-01-10' } };

/** A contract from the general template with a target for every year, signed by both sides. */
async function signedContract() {
  const id = uuidv7();
  const contract = createDraftContract({
    id, hospitalId: uuidv7(), title: '心血管内科主任任期目标责任书', hospitalSide: '张院长', director: { name: '李主任' },
    unit: { kind: 'DISCIPLINE', id: uuidv7() }, selectionMode: 'COMPETITION', term, by: '王干事', at,
  });
  const goals: AnnualTarget[] = [2025, 2026, 2027].map((year) => ({ kind: 'VALUE', year, value: 100 }));
  const targets = instantiateTemplate(findContractTemplate('GENERAL_CLINICAL'), { contractId: id, term, at, newId: uuidv7 }).map(
    (t): ContractTarget => (t.annualTargets.length > 0 || t.rule.kind === 'VETO' || t.rule.kind === 'QUALITATIVE' || t.rule.kind === 'TIERED' ? t : { ...t, annualTargets: goals }),
  );
  await createContract(db, contract, targets);
  await moveContract(db, id, { to: 'UNDER_REVIEW', by: '王干事' });
  await moveContract(db, id, { to: 'SIGNED', by: '王干事', signatures });
  return id;
}

describe('a signed contract', () => {
  it('refuses a change to a target with ContractLockedError and leaves the database unchanged', async () => {
    const id = await signedContract();
    const before = await readAllTables(db);
    const outbox = await db.outbox.count();
    const target = before.contractTargets[0]!;

    const error = await saveContractTargets(db, id, [{ ...target, weight: 50 }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractLockedError);
    expect((error as Error).message).toBe('责任书已签署，不能修改；请通过补充协议变更');
    const draftError = await saveContractDraft(db, { ...before.contracts[0]!, title: '改名' }).catch((e: unknown) => e);
    expect(draftError).toBeInstanceOf(ContractLockedError);

    expect(await readAllTables(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('is amended as version 2 while version 1 stays exactly as signed', async () => {
    const id = await signedContract();
    const v1Before = (await readLineage(db, id)).versions[0]!;

    const v2 = await amendContract(db, id, '王干事', '调整权重');
    expect(v2).toMatchObject({ versionNo: 2, previousVersionId: id, rootId: id, status: 'DRAFT' });
    const v2Target = (await readLineage(db, id)).versions[1]!.targets[0]!;
    await saveContractTargets(db, v2.id, [{ ...v2Target, weight: v2Target.weight + 2 }]);

    const lineage = await readLineage(db, id);
    expect(lineage.versions.map((v) => v.contract.versionNo)).toEqual([1, 2]);
    expect(lineage.versions[0]).toEqual(v1Before);
    expect(lineage.versions[1]!.targets.map((t) => t.key)).toEqual(v1Before.targets.map((t) => t.key));
    expect(lineage.versions[1]!.targets[0]!.weight).toBe(v1Before.targets[0]!.weight + 2);
  });
});

describe('deleting a draft', () => {
  it('refuses a signed contract with the reason and changes nothing', async () => {
    const id = await signedContract();
    const before = await readAllTables(db);
    await expect(deleteDraftContract(db, id)).rejects.toThrow('只能删除草稿；「心血管内科主任任期目标责任书」第 1 版已进入审核或签署流程，如需作废请使用“终止”');
    expect(await readAllTables(db)).toEqual(before);
  });

  it('removes an amendment draft and its targets, leaving the signed version as it was', async () => {
    const id = await signedContract();
    const v1 = (await readLineage(db, id)).versions[0]!;
    const v2 = await amendContract(db, id, '王干事', '调整权重');
    await deleteDraftContract(db, v2.id);
    const lineage = await readLineage(db, id);
    expect(lineage.versions).toEqual([v1]);
    expect((await readAllTables(db)).contractTargets.every((t) => t.contractId === id)).toBe(true);
  });
});

describe('a draft whose term was shortened', () => {
  it('drops the annual targets beyond the term in one write, and refuses a signed contract', async () => {
    const id = await signedContract();
    await expect(removeGoalsOutsideTerm(db, id)).rejects.toBeInstanceOf(ContractLockedError);

    const draft = await amendContract(db, id, '王干事', '任期缩短一年');
    await saveContractDraft(db, { ...draft, term: { start: '2025-01-01', end: '2026-12-31' } });
    const outbox = await db.outbox.count();
    const changed = await removeGoalsOutsideTerm(db, draft.id);

    const [v1, v2] = (await readLineage(db, id)).versions;
    expect(changed).toBe(v2!.targets.filter((t) => v1!.targets.find((o) => o.key === t.key)!.annualTargets.some((g) => g.year === 2027)).length);
    expect(changed).toBeGreaterThan(0);
    expect(v2!.targets.flatMap((t) => t.annualTargets).every((g) => g.year <= 2026)).toBe(true);
    expect(v1!.targets.some((t) => t.annualTargets.some((g) => g.year === 2027))).toBe(true); // the signed version keeps its years
    expect(await db.outbox.count()).toBe(outbox + changed);
    expect(await removeGoalsOutsideTerm(db, draft.id)).toBe(0);
  });
});
