import { readFile } from 'node:fs/promises';
import { parseBackup } from '#shared/backup/index.ts';
import type { AllTables, Hospital } from '#shared/domain/index.ts';
import { EXIT, errorText, type CliIo } from './io.ts';

// The backup file every command reads (--in), read and reported the same way by check, export and import.

/** Reads the file as strict UTF-8: a GBK export or a spreadsheet picked by mistake gets a clear reason. */
export async function readText(path: string): Promise<{ text: string } | { reason: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? '找不到文件' : `无法读取文件（${errorText(error)}）` };
  }
  try {
    // stream: true holds back a character cut off at the very end instead of throwing, so a truncated file
    // is reported as truncated (by the JSON step), not as "not UTF-8".
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }) };
  } catch {
    return { reason: '文件不是 UTF-8 文本，可能选错了文件' };
  }
}

/** The tables of a backup file, or why it cannot be used (unreadable, not UTF-8, not a valid backup). */
export async function readBackupTables(path: string): Promise<{ tables: AllTables } | { reason: string }> {
  const read = await readText(path);
  if ('reason' in read) return read;
  const parsed = parseBackup(read.text);
  return parsed.ok ? { tables: parsed.backup.tables } : { reason: parsed.reason };
}

/** Prints why the input cannot be used and gives the exit code for it. */
export function invalidInput(io: CliIo, path: string, reason: string): number {
  io.err(`Invalid input ${path}:`);
  io.err(`  ${reason}`);
  return EXIT.INVALID;
}

/** The hospital a command works on: --hospital by id or exact name, or the only one in the file. */
export function pickHospital(hospitals: readonly Hospital[], wanted: string | undefined): Hospital | string {
  if (wanted !== undefined) {
    return hospitals.find((h) => h.id === wanted || h.name === wanted) ?? `备份中没有医院「${wanted}」（按编号或完整名称查找）`;
  }
  if (hospitals.length === 1) return hospitals[0]!;
  if (hospitals.length === 0) return '备份中没有医院';
  const names = hospitals.slice(0, 5).map((h) => h.name).join('、');
  return `备份中有 ${hospitals.length} 家医院（${names}${hospitals.length > 5 ? ' 等' : ''}），请用 --hospital 指定一家`;
}
