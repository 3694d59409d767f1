import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

/** One data row of a 学科清单: name, category, head, beds, staff (text or number as an office file has it). */
export type DisciplineLine = [string, string, string, string | number, string | number];

export const GOOD_LINES: DisciplineLine[] = [
  ['心血管内科', '优势学科', '张伟', 60, '45'],
  ['呼吸与危重症医学科', '重点扶持', '李娜', '48', 36],
  ['普通外科', '基础学科', '王强', 80, 52],
  ['检验科', '平台学科', '赵敏', 0, 30],
];

/**
 * A 学科清单 as hospitals keep it: an instructions sheet first, then the table under a merged title and a note,
 * a two-level header (学科名称 merged down; 基本信息 / 资源配置 groups), a hidden old-code column, a percent
 * column, numbers stored as text, a note merged across the table below, and a hidden old sheet.
 */
export async function officeDisciplineWorkbook(lines: DisciplineLine[] = GOOD_LINES): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const intro = wb.addWorksheet('填表说明');
  intro.addRow(['请按学科逐行填写，类别填 基础学科/平台学科/优势学科/重点扶持学科']);
  const ws = wb.addWorksheet('学科清单');
  ws.addRow(['某某市人民医院 2024 年学科清单']);
  ws.mergeCells('A1:G1');
  ws.addRow(['填报单位：医务科', '', '', '', '', '', '日期：2024-01-08']);
  ws.addRow(['学科名称', '基本信息', '', '资源配置', '', '旧编码', '床位使用率']);
  ws.addRow(['', '类别', '学科带头人', '编制床位（张）', '在岗人数', '', '']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:C3');
  ws.mergeCells('D3:E3');
  ws.mergeCells('F3:F4');
  ws.mergeCells('G3:G4');
  lines.forEach((line, i) => {
    const row = ws.addRow([...line, `OLD-${i}`, 0.825 + i / 100]);
    row.getCell(7).numFmt = '0.0%';
  });
  const note = ws.addRow(['注：本表由医务科每年 1 月更新，床位数以编制床位为准。']);
  ws.mergeCells(`A${note.number}:G${note.number}`);
  ws.getColumn(6).hidden = true;
  const old = wb.addWorksheet('旧表', { state: 'hidden' });
  old.addRow(['学科名称', '类别', '负责人', '床位数', '人员']);
  old.addRow(['旧学科', '基础学科', '某人', 1, 1]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A plain one-sheet workbook with a header row and rows as given. */
export async function simpleWorkbook(header: string[], rows: (string | number)[][], sheet = 'Sheet1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Minimal parts a workbook needs, for hand-made hostile zips. */
function workbookParts(sheetXml: string): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>'),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
  };
}

/**
 * A zip bomb: one entry of 8 MB of zeros deflates to ~8 KB (ratio ~1000). Real bombs declare gigabytes; the
 * guard refuses by ratio alone, so a small one proves the same path without the test allocating much.
 */
export function zipBomb(): Uint8Array {
  return zipSync({ ...workbookParts('<worksheet/>'), 'xl/sharedStrings.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 6 });
}

/**
 * A bomb whose directory lies: it declares 2 KB for an entry that inflates to 4 MB, so only counting the
 * bytes while inflating catches it (the ratio check sees a harmless entry).
 */
export function lyingZipBomb(): Uint8Array {
  const bytes = zipSync({ ...workbookParts('<worksheet/>'), 'xl/media/big.bin': new Uint8Array(4 * 1024 * 1024) }, { level: 6 });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = 'xl/media/big.bin';
  // Patch the uncompressed size in the local header (offset 22) and the central directory entry (offset 24).
  for (let i = 0; i < bytes.length - 46; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && matchName(bytes, i + 30, name)) view.setUint32(i + 22, 2048, true);
    if (sig === 0x02014b50 && matchName(bytes, i + 46, name)) view.setUint32(i + 24, 2048, true);
  }
  return bytes;
}

function matchName(bytes: Uint8Array, at: number, name: string): boolean {
  for (let j = 0; j < name.length; j++) if (bytes[at + j] !== name.charCodeAt(j)) return false;
  return true;
}

/** An XML part with a DOCTYPE and an external entity (XXE). */
export function xxeWorkbook(): Uint8Array {
  const sheet = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>';
  return zipSync(workbookParts(sheet));
}

/** One line of a target table as an office sheet has it; percent KPIs' numbers are written as fractions in a % format. */
export interface TargetLine {
  kpi: string;
  dimension: string;
  unit: string;
  direction: string;
  baseline: [string | number, string | number];
  goals: (string | number)[];
  weight: string | number;
  rule: string;
  params?: string;
  percent?: boolean;
}

/** Six lines for a 2027–2031 term, weights 100: catalogue and custom KPIs, every scoring rule but 分档 by completion. */
export const GOOD_TARGETS: TargetLine[] = [
  { kpi: '出院人次', dimension: '医疗服务能力', unit: '人次', direction: '↑', baseline: [2026, '3,200'], goals: [3300, 3400, '3,500', 3600, 3700], weight: 20, rule: '比例计分', params: '封顶 1.2' },
  { kpi: '三级手术比例', dimension: '医疗技术水平', unit: '%', direction: '正向', baseline: ['2026年', 0.45], goals: [0.46, 0.47, 0.48, 0.49, 0.5], weight: 15, rule: '达标计分', percent: true },
  { kpi: '平均住院日', dimension: '效率', unit: '天', direction: '逆向', baseline: [2026, 12.5], goals: [12.3, 12.1, 11.9, 11.7, 11.5], weight: 15, rule: '分档计分', params: '<12:100%；12–13:60%；≥13:0' },
  { kpi: '康复治疗有效率', dimension: '医疗服务能力', unit: '%', direction: '↑', baseline: [2026, '85%'], goals: ['86%', '87%', '88%', '89%', '90%'], weight: '20', rule: '达标' },
  { kpi: 'cmi', dimension: '', unit: '', direction: '', baseline: [2026, 0.95], goals: [0.97, 0.99, 1.01, 1.03, 1.05], weight: 20, rule: '比例计分' },
  { kpi: '学科文化建设', dimension: '人才与科研', unit: '', direction: '↑', baseline: [2026, ''], goals: ['', '', '', '', ''], weight: 10, rule: '定性评价' },
  { kpi: '医疗安全责任事故', dimension: '医疗质量安全', unit: '起', direction: '↓', baseline: [2026, 0], goals: [0, 0, 0, 0, 0], weight: 0, rule: '一票否决' },
];

/**
 * A 考核指标 sheet as a hospital keeps it: an instructions sheet first, a merged title, a 填报 line, a two-level
 * header (基线 over 年份 | 数值, 年度目标 over the years; the other headers merged down), numbers stored as text,
 * percent formats, a 合计 row, a merged note below and a hidden 备注 column.
 */
export async function officeTargetWorkbook(lines: TargetLine[] = GOOD_TARGETS, years = [2027, 2028, 2029, 2030, 2031]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('填表说明').addRow(['方向填 ↑/↓/监测；计分方式填 达标计分、比例计分、分档计分、定性评价 或 一票否决']);
  const ws = wb.addWorksheet('考核指标');
  const width = 11 + years.length;
  const last = columnName(width);
  ws.addRow(['康复医学科主任任期目标责任书 · 考核指标']);
  ws.mergeCells(`A1:${last}1`);
  ws.addRow(['填报科室：康复医学科', '', '', '', '', '', '', '填报日期：2026-10-08']);
  ws.addRow(['序号', '考核指标', '维度', '单位', '方向', '基线', '', '年度目标', ...years.slice(1).map(() => ''), '权重（%）', '计分方式', '计分参数', '备注']);
  ws.addRow(['', '', '', '', '', '年份', '数值', ...years.map((y) => `${y}年`), '', '', '', '']);
  const yearsEnd = columnName(7 + years.length);
  ws.mergeCells('F3:G3');
  ws.mergeCells(`H3:${yearsEnd}3`);
  for (let c = 1; c <= width; c++) {
    if (c >= 6 && c <= 7 + years.length) continue;
    ws.mergeCells(`${columnName(c)}3:${columnName(c)}4`);
  }
  lines.forEach((line, i) => {
    const row = ws.addRow([i + 1, line.kpi, line.dimension, line.unit, line.direction, ...line.baseline, ...line.goals, line.weight, line.rule, line.params ?? '', '']);
    if (line.percent) for (let c = 7; c <= 7 + years.length; c++) row.getCell(c).numFmt = '0.0%';
  });
  ws.addRow(['合计', '', '', '', '', '', '', ...years.map(() => ''), lines.reduce((sum, l) => sum + Number(l.weight || 0), 0)]);
  const note = ws.addRow(['注：1. 权重合计应为 100；2. 一票否决指标不计权重，发生即当年考核不合格。']);
  ws.mergeCells(`A${note.number}:${last}${note.number}`);
  ws.getColumn(width).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 1 → A, 27 → AA. */
function columnName(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}
