// Issue 7 benchmark: importing a 50,000-row 学科清单 (parse + header detection + validation + building the
// records) from .xlsx and from .csv in Node, each beside a bare parse of the same file by another library
// in the same run (SheetJS sheet_to_json, papaparse alone). Timings are printed, never asserted.
// Standalone: `npx tsx tests/bench/import.bench.ts`.
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { DISCIPLINE_IMPORT, analyzeSheet, buildReport, pickSheet, readImportFile } from '#shared/import/index.ts';
import { printTable, type Figure } from './harness.ts';

const ROWS = 50_000;
const RUNS = 3;
const CATEGORIES = ['基础学科', '平台学科', '优势学科', '重点扶持学科', ''];
const HEADER = ['学科名称', '类别', '学科带头人', '编制床位（张）', '在岗人数', '分类理由'];

/** Row i of the sheet; every fifth count is stored as text, as office files do. */
function line(i: number): (string | number)[] {
  const beds = i % 120;
  return [`学科${i}`, CATEGORIES[i % 5]!, `带头人${i % 997}`, i % 5 === 0 ? String(beds) : beds, 10 + (i % 90), i % 7 === 0 ? '省级重点专科' : ''];
}

async function buildFiles(): Promise<{ xlsx: Uint8Array; csv: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学科清单');
  ws.addRow(['某某省 2024 年学科清单']);
  ws.mergeCells('A1:F1');
  ws.addRow(HEADER);
  const csvLines = [HEADER.join(',')];
  for (let i = 0; i < ROWS; i++) {
    const row = line(i);
    ws.addRow(row);
    csvLines.push(row.join(','));
  }
  return { xlsx: new Uint8Array(await wb.xlsx.writeBuffer()), csv: new TextEncoder().encode(`${csvLines.join('\r\n')}\r\n`) };
}

/** The whole import as the app and the CLI run it, up to the drafts handed to the one transaction. */
async function importFile(name: string, bytes: Uint8Array): Promise<number> {
  const source = await readImportFile(name, bytes);
  const sheet = source.sheets[pickSheet(source.sheets, DISCIPLINE_IMPORT.fields)]!;
  const analysis = analyzeSheet(sheet, DISCIPLINE_IMPORT)!;
  const report = buildReport(DISCIPLINE_IMPORT, sheet, analysis.layout, analysis.mapping, { hospitalId: 'h1', existing: [] });
  if (report.good.length !== ROWS) throw new Error(`expected ${ROWS} good rows, got ${report.good.length} (${report.errors.length} errors)`);
  return report.good.length;
}

function sheetJsRows(bytes: Uint8Array): number {
  const wb = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 }).length;
}

function papaRows(bytes: Uint8Array): number {
  return Papa.parse<string[]>(new TextDecoder().decode(bytes)).data.length;
}

/** Wall time, and the process's CPU time: on a shared machine the second is the steadier figure. */
async function time(run: () => Promise<number> | number, cpu: number[]): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  if (!((await run()) > 0)) throw new Error('benchmark run read no rows');
  const wall = performance.now() - t0;
  const used = process.cpuUsage(c0);
  cpu.push((used.user + used.system) / 1000);
  return wall;
}

export async function benchImport(): Promise<Figure[]> {
  const { xlsx, csv } = await buildFiles();
  const samples = { xlsx: [] as number[], sheetjs: [] as number[], csv: [] as number[], papa: [] as number[] };
  const cpu = { xlsx: [] as number[], sheetjs: [] as number[], csv: [] as number[], papa: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    samples.xlsx.push(await time(() => importFile('学科清单.xlsx', xlsx), cpu.xlsx));
    samples.sheetjs.push(await time(() => sheetJsRows(xlsx), cpu.sheetjs));
    samples.csv.push(await time(() => importFile('学科清单.csv', csv), cpu.csv));
    samples.papa.push(await time(() => papaRows(csv), cpu.papa));
  }
  const size = (b: Uint8Array) => `${(b.length / 1024 / 1024).toFixed(1)} MB`;
  return [
    { name: `import ${ROWS.toLocaleString('en-US')}-row 学科清单 .xlsx (${size(xlsx)}): guard + exceljs + detect + validate + drafts`, unit: 'ms', samples: samples.xlsx, peer: { name: 'SheetJS read + sheet_to_json of the same file', samples: samples.sheetjs }, budget: 5000 },
    { name: `import ${ROWS.toLocaleString('en-US')}-row 学科清单 .csv (${size(csv)}): encoding + papaparse + detect + validate + drafts`, unit: 'ms', samples: samples.csv, peer: { name: 'papaparse alone on the decoded text', samples: samples.papa }, budget: 5000 },
    { name: '  the same .xlsx import, CPU time of the process', unit: 'ms', samples: cpu.xlsx, peer: { name: 'SheetJS, CPU time', samples: cpu.sheetjs }, budget: 5000 },
    { name: '  the same .csv import, CPU time of the process', unit: 'ms', samples: cpu.csv, peer: { name: 'papaparse, CPU time', samples: cpu.papa }, budget: 5000 },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable('学科清单 import (Node, shared/import)', await benchImport());
}
