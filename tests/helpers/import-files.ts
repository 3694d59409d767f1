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
