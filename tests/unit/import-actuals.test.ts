import { describe, expect, it } from 'vitest';
import { createDraftContract, createTarget } from '#shared/domain/index.ts';
import { ACTUAL_IMPORT, analyzeSheet, buildReport, issueLine, readImportFile } from '#shared/import/index.ts';
import { simpleWorkbook } from '#tests/helpers/import-files.ts';
import ExcelJS from 'exceljs';

const AT = '2024-01-08T09:30:00.000Z';
const contract = createDraftContract({
  id: 'c1', hospitalId: 'h1', title: '心内科主任任期目标责任书', hospitalSide: '院长', director: { name: '张伟' },
  unit: { kind: 'DISCIPLINE', id: 'd1' }, selectionMode: 'COMPETITION', term: { start: '2024-01-01', end: '2026-12-31' }, by: 'test', at: AT,
});
const line = (kpi: string, order: number, rule: Parameters<typeof createTarget>[0]['rule']) =>
  createTarget({ id: `t-${kpi}`, contractId: 'c1', order, at: AT, kpi, weight: 20, rule, annualTargets: [{ kind: 'VALUE', year: 2024, value: 1 }] });
const targets = [
  line('discharges', 0, { kind: 'PROPORTIONAL', cap: 1 }),
  line('cmi', 1, { kind: 'PROPORTIONAL', cap: 1 }),
  line('bed-occupancy-rate', 2, { kind: 'THRESHOLD' }),
  line('papers', 3, { kind: 'QUALITATIVE' }),
];
const existing = [{ id: 'a-old', updatedAt: AT, version: 1, contractRootId: 'c1', targetKey: 't-discharges', year: 2024, value: 1, source: 'MANUAL' as const, enteredBy: '李', enteredAt: AT, drgVersion: null, note: '' }];
const ctx = { contract, targets, existing, enteredBy: '王芳', enteredAt: AT, defaultDrgVersion: 'CHS-DRG 2.0' };

async function report(bytes: Uint8Array) {
  const source = await readImportFile('实际值.xlsx', bytes);
  const analysis = analyzeSheet(source.sheets[0]!, ACTUAL_IMPORT)!;
  return buildReport(ACTUAL_IMPORT, source.sheets[0]!, analysis.layout, analysis.mapping, ctx);
}

describe('importing a contract’s actuals by KPI name and year', () => {
  it('matches targets by name, reads percent cells, replaces an existing actual and names the DRG version', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2024 年完成情况');
    ws.addRow(['考核指标', '考核年度', '完成值', '备注']);
    ws.addRow(['出院人次', '2024年', '12,345', '']);
    ws.addRow(['病例组合指数 CMI', 2024, 1.12, '取自 DRG 系统']);
    ws.addRow(['床位使用率', 2024, 0.915, '']).getCell(3).numFmt = '0.0%';
    const r = await report(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.errors).toEqual([]);
    expect(r.good.map((g) => [g.row, g.value.targetKey, g.value.year, g.value.value, g.value.source, g.value.drgVersion, g.value.id])).toEqual([
      [2, 't-discharges', 2024, 12345, 'IMPORT', null, 'a-old'],
      [3, 't-cmi', 2024, 1.12, 'DRG_SYSTEM', 'CHS-DRG 2.0', undefined],
      [4, 't-bed-occupancy-rate', 2024, 91.5, 'IMPORT', null, undefined],
    ]);
    expect(r.good[0]!.value).toMatchObject({ enteredBy: '王芳', contractRootId: contract.rootId });
  });

  it('reports unknown KPIs, qualitative targets, years outside the term, bad values and duplicates', async () => {
    const r = await report(await simpleWorkbook(['指标名称', '年份', '实际值'], [
      ['门诊人次', 2024, 10],
      ['论文数', 2024, 3],
      ['出院人次', 2030, 10],
      ['出院人次', '二〇二四', 10],
      ['出院人次', 2025, '约一万'],
      ['床位使用率', 2025, 90],
      ['床位使用率', 2025, 91],
    ]));
    expect(r.errors.map(issueLine)).toEqual([
      '第 2 行 A 列（指标名称）「门诊人次」：本责任书中没有这个考核指标',
      '第 3 行 A 列（指标名称）「论文数」：定性指标由考核人在考核面板中评分，不能导入实际值',
      '第 4 行 B 列（年份）「2030」：指标「出院人次」的 2030 年实际值超出任期（2024–2026 年）',
      '第 5 行 B 列（年份）「二〇二四」：年份应为四位数字，如 2024',
      '第 6 行 C 列（实际值）「约一万」：实际值应为数字（输入的是「约一万」）',
      '第 8 行 B 列（年份）「2025」：与第 7 行是同一指标同一年份',
    ]);
    expect(r.good.map((g) => g.row)).toEqual([7]);
  });
});
