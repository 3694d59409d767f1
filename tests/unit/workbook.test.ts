import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { AllTables } from '#shared/domain/index.ts';
import { NOT_REPORTED, TABLE_VIEW_IDS, buildTableView } from '#shared/export/tables/index.ts';
import { buildWorkbook, displayWidth } from '#shared/export/workbook/index.ts';
import { DEMO_PLAN_DOC_NUMBER, DEMO_PLAN_TITLE, DEMO_UNCLASSIFIED, generateSample } from '#shared/sample/index.ts';

const demo = generateSample({ size: 'demo' });
const hospitalId = demo.hospitals[0]!.id;
const NOW = new Date('2026-12-01T06:30:00Z');

/** User text that a spreadsheet would run as a formula if it were written as one. */
const HOSTILE = ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(A1:A2)'];
const hostile: AllTables = {
  ...demo,
  disciplines: demo.disciplines.map((d, i) => (i < HOSTILE.length ? { ...d, name: HOSTILE[i]! } : d)),
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const bytes = await buildWorkbook(hostile, { hospitalId, now: NOW });
const book = await load(bytes);
const sheet = (name: string) => {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const views = TABLE_VIEW_IDS.map((id) => buildTableView(id, hostile, { hospitalId }));

/** The cell under a header label in a sheet, at a data row (2 = first). */
function cellAt(ws: ExcelJS.Worksheet, label: string, row = 2): ExcelJS.Cell {
  const header = ws.getRow(1).values as unknown[];
  const col = header.indexOf(label);
  if (col < 1) throw new Error(`${ws.name} has no column ${label}`);
  return ws.getRow(row).getCell(col);
}

// Building a workbook takes seconds on a loaded 2-core machine: more than vitest's default 5 s per test.
describe('buildWorkbook', { timeout: 60_000 }, () => {
  it('writes a cover, one sheet per table in registry order and a hidden options sheet, all names ≤ 31 characters', () => {
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(['封面', ...views.map((v) => v.title), '下拉选项']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(sheet('下拉选项').state).toBe('hidden');
    expect(book.worksheets.filter((w) => w.state !== 'hidden')).toHaveLength(views.length + 1);
  });

  it('puts every row of every view on its sheet under a bold, filled, frozen header row with an autofilter', () => {
    for (const view of views) {
      const ws = sheet(view.title);
      expect((ws.getRow(1).values as unknown[]).slice(1), view.title).toEqual(view.columns.map((c) => c.label));
      expect(ws.rowCount, view.title).toBe(view.rows.length + 1);
      const head = ws.getRow(1).getCell(1);
      expect(head.font.bold).toBe(true);
      expect(head.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeDefined();
    }
  });

  it('formats cells by kind: text "@", integers "0", money "#,##0.00", dates as real dates shown yyyy-mm-dd', () => {
    const needs = sheet('要素需求');
    expect(cellAt(needs, '需求项目').numFmt).toBe('@');
    expect(cellAt(needs, '年度')).toMatchObject({ numFmt: '0', type: ExcelJS.ValueType.Number });
    expect(cellAt(needs, '预算（万元）')).toMatchObject({ numFmt: '#,##0.00', type: ExcelJS.ValueType.Number });
    expect(cellAt(needs, '现有数量').numFmt).toBe('0.00');
    const milestones = sheet('路线图任务');
    const start = cellAt(milestones, '开始日期');
    const view = views.find((v) => v.id === 'milestones')!;
    expect(start.numFmt).toBe('yyyy-mm-dd');
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString().slice(0, 10)).toBe(view.rows[0]!.start);
    expect(cellAt(milestones, '开始日期').alignment.horizontal).toBe('center');
    expect(cellAt(needs, '预算（万元）').alignment.horizontal).toBe('right');
  });

  it('writes 未填报 as text in a number column instead of 0', () => {
    const assessments = sheet('年度考核');
    const view = views.find((v) => v.id === 'contractAssessments')!;
    const index = view.rows.findIndex((r) => r.total === NOT_REPORTED);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(cellAt(assessments, '得分', index + 2).value).toBe(NOT_REPORTED);
  });

  it('sizes columns for Chinese text: CJK characters count double, long text wraps at the cap', () => {
    expect(displayWidth('学科')).toBe(4);
    expect(displayWidth('PM2.5（年）')).toBe(11);
    const disciplines = sheet('学科梳理');
    const nameCol = disciplines.getColumn(1);
    const widest = Math.max(...views.find((v) => v.id === 'disciplines')!.rows.map((r) => displayWidth(String(r.name))));
    expect(nameCol.width).toBeGreaterThanOrEqual(Math.min(widest, 30));
    const readiness = sheet('提交前检查');
    const message = cellAt(readiness, '问题');
    expect(readiness.getColumn(5).width).toBeLessThanOrEqual(60);
    expect(message.alignment.wrapText).toBe(true);
  });

  it('gives enum columns a dropdown list that names exactly the labels of the domain', () => {
    const ws = sheet('学科梳理');
    const validation = cellAt(ws, '学科类别').dataValidation;
    expect(validation).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true });
    const ref = /^'下拉选项'!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(validation.formulae[0] as string);
    expect(ref).not.toBeNull();
    const options = sheet('下拉选项');
    const listed = Array.from({ length: Number(ref![2]) }, (_, i) => options.getCell(`${ref![1]}${i + 1}`).value);
    expect(listed).toEqual(['基础学科', '平台学科', '优势学科', '重点扶持学科', '未分类']);
    // The whole column is covered, not only the first row.
    expect(cellAt(ws, '学科类别', ws.rowCount).dataValidation?.type).toBe('list');
    expect(cellAt(ws, '学科名称').dataValidation).toBeUndefined();
  });

  it('prints on A4 fitted to the page width, repeating the header row, with page numbers', () => {
    for (const view of views) {
      const ws = sheet(view.title);
      expect(ws.pageSetup, view.title).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      expect(ws.headerFooter.oddFooter).toContain('&P');
    }
    expect(sheet('目标责任书').pageSetup.orientation).toBe('landscape');
    expect(sheet('核心病种').pageSetup.orientation).toBe('portrait');
  });

  it('keeps user text that starts with = + - @ as text, never a formula (exceljs, SheetJS and the raw XML agree)', () => {
    const ws = sheet('学科梳理');
    const names = ws.getColumn(1).values.slice(2);
    for (const text of HOSTILE) {
      const row = names.indexOf(text) + 2;
      expect(row, text).toBeGreaterThan(1);
      const cell = ws.getRow(row).getCell(1);
      expect(cell.type, text).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    const sheetjs = XLSX.read(bytes, { type: 'array', cellFormula: true });
    const sj = sheetjs.Sheets['学科梳理']!;
    const sjCells = Object.entries(sj).filter(([address]) => /^A\d+$/.test(address)).map(([, c]) => c as XLSX.CellObject);
    for (const text of HOSTILE) {
      const cell = sjCells.find((c) => c.v === text);
      expect(cell, text).toMatchObject({ t: 's' });
      expect(cell!.f).toBeUndefined();
    }
    const files = unzipSync(bytes);
    for (const [path, data] of Object.entries(files)) if (path.startsWith('xl/worksheets/')) expect(strFromU8(data), path).not.toContain('<f>');
    // The specialty sheet names its lead disciplines by these names too: still text there.
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)');
  });

  it('writes the cover: hospital, plan title, document number, export time in Beijing time, data version and sheet list', () => {
    const cover = sheet('封面');
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(row.getCell(1).text, row.getCell(2).value));
    expect(pairs.get('医院')).toBe(demo.hospitals[0]!.name);
    expect(pairs.get('规划名称')).toBe(DEMO_PLAN_TITLE);
    expect(pairs.get('文号')).toBe(DEMO_PLAN_DOC_NUMBER);
    expect(pairs.get('导出时间')).toBe('2026-12-01 14:30（北京时间）');
    expect(pairs.get('数据版本')).toMatch(/^格式 v\d+ · \d+ 条记录 · 最后修改 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）$/);
    expect(pairs.get('检查结果')).toMatch(/^阻断 2 项，警告 3 项/);
    expect(pairs.get('学科梳理')).toBe(demo.disciplines.length);
    expect(pairs.get(DEMO_UNCLASSIFIED)).toBeUndefined();
  });

  it('reports progress monotonically up to the total, and ends at done = total', async () => {
    const seen: [number, number][] = [];
    await buildWorkbook(demo, { hospitalId, now: NOW, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(views.length);
    const total = seen[0]![1];
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]![1]).toBe(total);
      expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    }
    expect(seen.at(-1)).toEqual([total, total]);
  });

  it('rejects with an AbortError when the signal is aborted before or during the build', async () => {
    const before = new AbortController();
    before.abort();
    await expect(buildWorkbook(demo, { hospitalId, signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });

    const during = new AbortController();
    let calls = 0;
    const build = buildWorkbook(demo, {
      hospitalId,
      signal: during.signal,
      onProgress: () => {
        if (++calls === 3) during.abort();
      },
    });
    await expect(build).rejects.toMatchObject({ name: 'AbortError', message: '导出已取消' });
  });

  it('builds a workbook for a hospital with no specialty data: every sheet keeps its header', async () => {
    const empty: AllTables = { ...demo, disciplines: [], specialties: [], contracts: [], plans: [] };
    const wb = await load(await buildWorkbook(empty, { hospitalId, now: NOW }));
    expect(wb.getWorksheet('临床专科')!.rowCount).toBe(1);
    const cover = wb.getWorksheet('封面')!;
    const values: unknown[] = [];
    cover.eachRow((row) => values.push(row.getCell(2).value));
    expect(values).toContain('（尚未编制规划）');
  });
});
