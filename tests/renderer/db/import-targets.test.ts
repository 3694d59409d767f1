import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import {
  ContractLockedError,
  ContractStateError,
  createDraftContract,
  findContractTemplate,
  instantiateTemplate,
  type ContractStatus,
  type ContractTarget,
} from '#shared/domain/index.ts';
import { RecordValidationError, createContract, importContractTargets, loadImportMapping, readAllTables, readLineage, type PlannerDatabase } from '#renderer/db/index.ts';
import { analyzeSheet, buildReport, pickSheet, readImportFile, targetImportSpec } from '#shared/import/index.ts';
import { GOOD_TARGETS, officeTargetWorkbook } from '#tests/helpers/import-files.ts';
import { freshDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await freshDatabase()));
afterEach(() => cleanup());

const at = '2026-10-08T08:00:00.000Z';
const term = { start: '2027-01-01', end: '2031-12-31' };

/** A contract in `status` with the general template's targets (出院人次 among them), stored as it is. */
async function storedContract(status: ContractStatus) {
  const id = uuidv7();
  const draft = createDraftContract({
    id, hospitalId: uuidv7(), title: '康复医学科主任任期目标责任书', hospitalSide: '张院长', director: { name: '李主任' },
    unit: { kind: 'DISCIPLINE', id: uuidv7() }, selectionMode: 'COMPETITION', term, by: '王干事', at,
  });
  const targets = instantiateTemplate(findContractTemplate('GENERAL_CLINICAL'), { contractId: id, term, at, newId: uuidv7 });
  await createContract(db, { ...draft, status }, targets);
  return { id, targets };
}

/** The whole path in the browser: exceljs reads the office workbook (one bad row), the report is built. */
async function prepare(contractId: string) {
  const lines = structuredClone(GOOD_TARGETS);
  lines[3] = { ...lines[3]!, weight: '二十' };
  const spec = targetImportSpec(term);
  const source = await readImportFile('考核指标.xlsx', await officeTargetWorkbook(lines));
  const sheet = source.sheets[pickSheet(source.sheets, spec.fields)]!;
  const analysis = analyzeSheet(sheet, spec)!;
  const report = buildReport(spec, sheet, analysis.layout, analysis.mapping, { contract: { id: contractId, term }, at, newId: uuidv7 });
  return { remembered: { layoutKey: analysis.layoutKey, mapping: analysis.mapping }, report, lines: report.good.map((g) => g.value) };
}

const names = (targets: ContractTarget[]) => targets.map((t) => t.name);

describe('importing targets into IndexedDB', () => {
  it('replace: the good rows become the draft’s table, lines for the same KPI keep their key, with outbox entries and the mapping', async () => {
    const { id, targets: before } = await storedContract('DRAFT');
    const outboxBefore = await db.outbox.count();
    const { remembered, report, lines } = await prepare(id);
    expect(report.errors.map((e) => `${e.row}${e.column}${e.message}`)).toEqual(['8M权重应为数字（输入的是「二十」）']);

    expect(await importContractTargets(db, id, lines, 'replace', remembered)).toBe(6);
    const stored = (await readLineage(db, id)).versions[0]!.targets;
    expect(names(stored)).toEqual(['出院人次', '三级手术比例', '平均住院日', '病例组合指数 CMI', '学科文化建设', '医疗安全责任事故']);
    expect(stored.map((t) => t.order)).toEqual([0, 1, 2, 3, 4, 5]);
    // The template's 出院人次, CMI and 平均住院日 lines continue as the same lines; its other lines are deleted.
    const kept = before.filter((t) => lines.some((l) => l.kpiId !== null && l.kpiId === t.kpiId));
    expect(kept.map((t) => t.kpiId)).toEqual(['discharges', 'cmi', 'average-length-of-stay']);
    const oldDischarges = kept[0]!;
    expect(stored[0]).toMatchObject({ id: oldDischarges.id, key: oldDischarges.key, version: 2, weight: 20, rule: { kind: 'PROPORTIONAL', cap: 1.2 } });
    const outbox = (await db.outbox.toArray()).slice(outboxBefore);
    expect(outbox.filter((e) => e.op === 'delete')).toHaveLength(before.length - kept.length);
    expect(outbox.filter((e) => e.op === 'put')).toHaveLength(6);
    expect(await loadImportMapping(db, remembered.layoutKey)).toMatchObject({ kpi: 1, weight: 12 });
  });

  it('append: the good rows follow the draft’s own lines', async () => {
    const { id, targets: before } = await storedContract('DRAFT');
    const { remembered, lines } = await prepare(id);
    await importContractTargets(db, id, lines, 'append', remembered);
    const stored = (await readLineage(db, id)).versions[0]!.targets;
    expect(names(stored)).toEqual([...names(before), ...names(lines)]);
    expect(stored.map((t) => t.order)).toEqual(stored.map((_, i) => i));
  });

  it('a signed contract refuses the import and nothing is written, not even the mapping', async () => {
    const { id } = await storedContract('SIGNED');
    const before = await readAllTables(db);
    const outboxBefore = await db.outbox.count();
    const { remembered, lines } = await prepare(id);

    const error = await importContractTargets(db, id, lines, 'replace', remembered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractLockedError);
    expect((error as Error).message).toBe('责任书已签署，不能修改；请通过补充协议变更');
    expect(await readAllTables(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect(await loadImportMapping(db, remembered.layoutKey)).toBeUndefined();
  });

  it('a contract under review refuses it too', async () => {
    const { id } = await storedContract('UNDER_REVIEW');
    const { remembered, lines } = await prepare(id);
    const error = await importContractTargets(db, id, lines, 'append', remembered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractStateError);
    expect((error as Error).message).toBe('责任书审核中，只有草稿可以导入指标；如需修改请先退回草稿');
  });

  it('is one transaction: a record failing validation at the database undoes the replace’s deletes as well', async () => {
    const { id } = await storedContract('DRAFT');
    const before = await readAllTables(db);
    const outboxBefore = await db.outbox.count();
    const { remembered, lines } = await prepare(id);
    lines[4] = { ...lines[4]!, weight: -1 };

    const error = await importContractTargets(db, id, lines, 'replace', remembered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect(await readAllTables(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect(await loadImportMapping(db, remembered.layoutKey)).toBeUndefined();
  });
});
