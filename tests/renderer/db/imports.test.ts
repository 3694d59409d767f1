import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordValidationError, importDisciplines, loadImportMapping, readAllTables, replaceAllTables, type PlannerDatabase } from '#renderer/db/index.ts';
import { DISCIPLINE_IMPORT, ImportRefusedError, analyzeSheet, buildReport, pickSheet, readImportFile } from '#shared/import/index.ts';
import { makeDiscipline, makeHospital, makeTables } from '#tests/helpers/factories.ts';
import { GOOD_LINES, officeDisciplineWorkbook, zipBomb } from '#tests/helpers/import-files.ts';
import { freshDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await freshDatabase()));
afterEach(() => cleanup());

/** The whole path in the browser: exceljs reads the generated workbook, the report is built, then written. */
async function prepare(hospitalId: string) {
  const lines = structuredClone(GOOD_LINES);
  lines[2] = ['普通外科', '基础学科', '王强', '八十', 52];
  const source = await readImportFile('学科清单.xlsx', await officeDisciplineWorkbook(lines));
  const sheet = source.sheets[pickSheet(source.sheets, DISCIPLINE_IMPORT.fields)]!;
  const analysis = analyzeSheet(sheet, DISCIPLINE_IMPORT)!;
  const existing = await db.disciplines.where('hospitalId').equals(hospitalId).toArray();
  return { analysis, report: buildReport(DISCIPLINE_IMPORT, sheet, analysis.layout, analysis.mapping, { hospitalId, existing }) };
}

describe('importing a 学科清单 into IndexedDB', () => {
  it('writes the good rows, their outbox entries and the remembered mapping together', async () => {
    const hospital = makeHospital();
    const kept = makeDiscipline({ hospitalId: hospital.id, name: '心血管内科', bedCount: 10, factors: { ...makeDiscipline({ hospitalId: 'x' }).factors, talentTeam: { score: 4, evidence: '博士 6 人' } } });
    await replaceAllTables(db, makeTables({ hospitals: [hospital], disciplines: [kept] }));
    const outboxBefore = await db.outbox.count();
    const { analysis, report } = await prepare(hospital.id);
    expect(report.errors.map((e) => `${e.row}${e.column}`)).toEqual(['7D']);

    const count = await importDisciplines(db, report.good.map((g) => g.value), { layoutKey: analysis.layoutKey, mapping: { ...analysis.mapping, rationale: 6 } });
    expect(count).toBe(3);
    const stored = await db.disciplines.where('hospitalId').equals(hospital.id).toArray();
    expect(stored.map((d) => d.name).sort()).toEqual(['呼吸与危重症医学科', '心血管内科', '检验科']);
    const updated = stored.find((d) => d.name === '心血管内科')!;
    expect(updated).toMatchObject({ id: kept.id, version: 2, bedCount: 60, category: 'ADVANTAGE' });
    expect(updated.factors.talentTeam).toEqual({ score: 4, evidence: '博士 6 人' });
    expect(await db.outbox.count()).toBe(outboxBefore + 3);
    expect(await loadImportMapping(db, analysis.layoutKey)).toMatchObject({ name: 0, rationale: 6 });
  });

  it('writes nothing at all when one record fails validation at the database', async () => {
    const hospital = makeHospital();
    await replaceAllTables(db, makeTables({ hospitals: [hospital], disciplines: [] }));
    const before = await readAllTables(db);
    const outboxBefore = await db.outbox.count();
    const { analysis, report } = await prepare(hospital.id);
    const drafts = report.good.map((g) => g.value);
    drafts[1] = { ...drafts[1]!, staffCount: -1 };

    const error = await importDisciplines(db, drafts, { layoutKey: analysis.layoutKey, mapping: analysis.mapping }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect(await readAllTables(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect(await loadImportMapping(db, analysis.layoutKey)).toBeUndefined();
  });

  it('refuses a zip bomb in the browser before exceljs sees it', async () => {
    const error = await readImportFile('bomb.xlsx', zipBomb()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as Error).message).toContain('疑似“压缩炸弹”');
  });

  it('ignores a damaged remembered mapping', async () => {
    await db.meta.put({ key: 'import-mapping:disciplines:0000', value: { mapping: { name: 'A' } } });
    expect(await loadImportMapping(db, 'disciplines:0000')).toBeUndefined();
  });
});
