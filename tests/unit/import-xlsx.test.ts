import { describe, expect, it } from 'vitest';
import { DISCIPLINE_IMPORT, analyzeSheet, buildReport, issueLine, pickSheet, readImportFile } from '#shared/import/index.ts';
import { GOOD_LINES, officeDisciplineWorkbook, simpleWorkbook } from '#tests/helpers/import-files.ts';

const ctx = { hospitalId: 'h1', existing: [] };

async function reportFor(bytes: Uint8Array, name = '学科清单.xlsx') {
  const source = await readImportFile(name, bytes);
  const sheet = source.sheets[pickSheet(source.sheets, DISCIPLINE_IMPORT.fields)]!;
  const analysis = analyzeSheet(sheet, DISCIPLINE_IMPORT)!;
  return { source, sheet, analysis, report: buildReport(DISCIPLINE_IMPORT, sheet, analysis.layout, analysis.mapping, ctx) };
}

describe('xlsx import of an office 学科清单', () => {
  it('picks the table sheet, finds the two-level header under the merged title and matches columns by name', async () => {
    const { source, sheet, analysis } = await reportFor(await officeDisciplineWorkbook());
    expect(source.sheets.map((s) => s.name)).toEqual(['填表说明', '学科清单', '旧表']);
    expect(sheet.name).toBe('学科清单');
    expect(analysis.layout.headerRows).toEqual([2, 3]);
    expect(analysis.layout.dataStart).toBe(4);
    expect(analysis.layout.columns.map((c) => c.label)).toEqual([
      '学科名称', '基本信息 / 类别', '基本信息 / 学科带头人', '资源配置 / 编制床位（张）', '资源配置 / 在岗人数', '旧编码', '床位使用率',
    ]);
    expect(analysis.layout.columns[5]!.hidden).toBe(true);
    expect(analysis.mapping).toMatchObject({ name: 0, category: 1, head: 2, bedCount: 3, staffCount: 4, rationale: null });
  });

  it('reads numbers stored as text and percent formats as Excel shows them, and skips the note row', async () => {
    const { sheet, report } = await reportFor(await officeDisciplineWorkbook());
    expect(sheet.rows[4]).toEqual(['心血管内科', '优势学科', '张伟', '60', '45', 'OLD-0', '82.5%']);
    expect(report.errors).toEqual([]);
    expect(report.good.map((g) => [g.row, g.value.name, g.value.category, g.value.bedCount, g.value.staffCount])).toEqual([
      [5, '心血管内科', 'ADVANTAGE', 60, 45],
      [6, '呼吸与危重症医学科', 'KEY_SUPPORT', 48, 36],
      [7, '普通外科', 'BASIC', 80, 52],
      [8, '检验科', 'PLATFORM', 0, 30],
    ]);
    expect(report.skipped).toEqual([{ row: 9, text: '注：本表由医务科每年 1 月更新，床位数以编制床位为准。' }]);
  });

  it('reports each bad cell with the Excel row number, column letter, value and a Chinese reason', async () => {
    const lines = structuredClone(GOOD_LINES);
    lines[1] = ['呼吸与危重症医学科', '重点学科', '李娜', '四十八', 36];
    lines[3] = ['心血管内科', '基础学科', '赵敏', 10, 2];
    const { report } = await reportFor(await officeDisciplineWorkbook(lines));
    expect(report.errors.map(issueLine)).toEqual([
      '第 6 行 B 列（学科类别）「重点学科」：无法识别的学科类别，应为 基础学科、平台学科、优势学科、重点扶持学科 或留空（未分类）',
      '第 6 行 D 列（床位数）「四十八」：床位数应为数字',
      '第 8 行 A 列（学科名称）「心血管内科」：与第 5 行的学科名称重复',
    ]);
    expect(report.errorRows).toBe(2);
    expect(report.good.map((g) => g.row)).toEqual([5, 7]);
  });

  it('applies the schema rules of the form: fractional and over-limit counts, too-long names', async () => {
    const bytes = await simpleWorkbook(['名称', '分类', '负责人', '床位数', '人员'], [
      ['儿科', '基础', '周', 12.5, 3],
      ['急诊科', '基础', '吴', 6000, 3],
      ['很'.repeat(41), '基础', '郑', 1, 1],
      ['', '基础', '王', 1, 1],
    ]);
    const { report } = await reportFor(bytes);
    expect(report.errors.map(issueLine)).toEqual([
      '第 2 行 D 列（床位数）「12.5」：床位数应为整数',
      '第 3 行 D 列（床位数）「6000」：床位数不能超过 5000',
      `第 4 行 A 列（学科名称）「${'很'.repeat(41)}」：学科名称不能超过 40 个字`,
      '第 5 行 A 列（学科名称）「」：请填写学科名称',
    ]);
  });

  it('updates a discipline of the same name instead of adding a second one, keeping its factors', async () => {
    const bytes = await simpleWorkbook(['学科名称', '床位数'], [['心血管内科', 70]]);
    const source = await readImportFile('a.xlsx', bytes);
    const analysis = analyzeSheet(source.sheets[0]!, DISCIPLINE_IMPORT)!;
    const existing = { id: 'd1', hospitalId: 'h1', name: '心血管内科', parentId: null, head: '张伟', staffCount: 45, bedCount: 60, category: 'ADVANTAGE' as const,
      factors: { developmentLevel: { score: 5, evidence: '省重点' }, industryStanding: { score: null, evidence: '' }, talentTeam: { score: null, evidence: '' }, clinicalCapability: { score: null, evidence: '' } },
      rationale: '', previousPlanRef: '', updatedAt: '2024-01-01T00:00:00.000Z', version: 3 };
    const report = buildReport(DISCIPLINE_IMPORT, source.sheets[0]!, analysis.layout, analysis.mapping, { hospitalId: 'h1', existing: [existing] });
    expect(report.good[0]!.value).toMatchObject({ id: 'd1', bedCount: 70, head: '张伟', category: 'ADVANTAGE', factors: existing.factors });
  });

  it('names a required field without a column instead of importing anything', async () => {
    const bytes = await simpleWorkbook(['负责人', '床位数'], [['张伟', 70]]);
    const source = await readImportFile('a.xlsx', bytes);
    const analysis = analyzeSheet(source.sheets[0]!, DISCIPLINE_IMPORT)!;
    const report = buildReport(DISCIPLINE_IMPORT, source.sheets[0]!, analysis.layout, analysis.mapping, ctx);
    expect(report.mappingErrors).toEqual(['没有为必填项「学科名称」选择列']);
    expect(report.good).toEqual([]);
  });
});
