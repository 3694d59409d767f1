import type ExcelJS from 'exceljs';
import { BACKUP_VERSION } from '../../backup/format.ts';
import { countBySeverity } from '../../checks/index.ts';
import type { AllTables, Plan } from '../../domain/index.ts';
import type { ViewContext } from '../tables/context.ts';
import { FONT_NAME } from './formats.ts';

export interface CoverInfo {
  ctx: ViewContext;
  now: Date;
  /** Sheet name and row count of every table sheet, in workbook order. */
  sheets: { name: string; rows: number }[];
}

let beijing: Intl.DateTimeFormat | undefined;

/** Beijing time, as the hospital reads it, whatever time zone the exporting machine is set to. */
export function beijingTime(date: Date): string {
  // Built once: constructing an Intl formatter loads time-zone data and costs tens of milliseconds.
  beijing ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = beijing.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}（北京时间）`;
}

/** The hospital's plan: the most recently edited one when there are several drafts. */
function currentPlan(tables: AllTables, hospitalId: string): Plan | undefined {
  return tables.plans.filter((p) => p.hospitalId === hospitalId).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
}

/**
 * 数据版本: which state of the data the workbook shows — the backup format version, how many records of the
 * hospital it holds and when the newest of them was last saved, so two exports can be told apart.
 */
export function dataVersion(ctx: ViewContext): string {
  const { specialty } = ctx;
  const records = [
    ...ctx.hospitals,
    ...ctx.disciplines,
    ...Object.values(specialty).flat(),
    ...ctx.contracts,
    ...ctx.contractTargets,
  ] as { updatedAt: string }[];
  const latest = records.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), '');
  const saved = latest === '' ? '无记录' : `最后修改 ${beijingTime(new Date(latest))}`;
  return `格式 v${BACKUP_VERSION} · ${records.length} 条记录 · ${saved}`;
}

/** 封面: what a reviewer needs before opening any table, and the list of sheets with their row counts. */
export function writeCover(sheet: ExcelJS.Worksheet, info: CoverInfo): void {
  const { ctx } = info;
  const plan = currentPlan(ctx.tables, ctx.scope.hospitalId);
  const counts = countBySeverity(ctx.findings());
  sheet.columns = [{ width: 16 }, { width: 70 }];
  const title = sheet.getCell('A1');
  title.value = `${ctx.hospital?.name ?? ''}临床专科建设数据表`;
  title.font = { name: FONT_NAME, size: 16, bold: true };
  sheet.mergeCells('A1:B1');
  sheet.getRow(1).height = 32;
  const fields: [string, string][] = [
    ['医院', ctx.hospital?.name ?? '（未找到医院）'],
    ['规划名称', plan?.title ?? '（尚未编制规划）'],
    ['文号', plan?.docNumber || '（尚未编号）'],
    ['导出时间', beijingTime(info.now)],
    ['数据版本', dataVersion(ctx)],
    ['检查结果', `阻断 ${counts.BLOCKER} 项，警告 ${counts.WARNING} 项，提示 ${counts.INFO} 项（详见「提交前检查」表）`],
  ];
  fields.forEach(([label, value], i) => writePair(sheet, i + 3, label, value, true));
  const listStart = fields.length + 4;
  writePair(sheet, listStart, '表格', '行数', true).font = { name: FONT_NAME, size: 11, bold: true };
  info.sheets.forEach((s, i) => {
    const row = sheet.getRow(listStart + 1 + i);
    row.getCell(1).value = s.name;
    row.getCell(2).value = s.rows;
    row.getCell(2).alignment = { horizontal: 'left' };
    row.font = { name: FONT_NAME, size: 11 };
  });
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function writePair(sheet: ExcelJS.Worksheet, rowNumber: number, label: string, value: string, bold: boolean): ExcelJS.Cell {
  const row = sheet.getRow(rowNumber);
  const a = row.getCell(1);
  a.value = label;
  a.font = { name: FONT_NAME, size: 11, bold };
  const b = row.getCell(2);
  b.numFmt = '@';
  b.value = value;
  b.font = { name: FONT_NAME, size: 11 };
  b.alignment = { wrapText: true, vertical: 'top' };
  return a;
}
