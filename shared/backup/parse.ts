import { z } from 'zod';
import { BackupSchema, type Backup } from './format.ts';
import { integrityProblems } from './integrity.ts';
import { describeIssues, summarize } from './issues.ts';
import { migrateBackup } from './migrate.ts';

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; reason: string };

// Our schemas carry Chinese messages; zod's own (wrong type, missing key) come from its zh-CN locale. Passed
// per parse, so nothing global changes for other users of zod.
const zhCN = z.locales.zhCN().localeError;

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列`;
}

/** Turns JSON.parse's English error into a Chinese reason with a place, telling a cut-off file apart. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : null;
  const end = text.trimEnd().length;
  if (/Unexpected end of JSON input/i.test(message) || (position !== null && position >= end)) {
    return `文件不完整：内容在${lineAndColumn(text, end)}处中断（共 ${end} 个字符），可能是复制或保存未完成`;
  }
  if (position !== null) return `不是有效的 JSON：${lineAndColumn(text, position)}（第 ${position + 1} 个字符）附近有语法错误`;
  // V8 gives no position when the text is not JSON from its first character (a spreadsheet, a PDF …).
  const token = /Unexpected token '(.)'/u.exec(message)?.[1];
  const shown = token && /\P{Cc}/u.test(token) ? `「${token}」` : '';
  return `不是有效的 JSON：出现无法识别的字符${shown}，可能选错了文件`;
}

/**
 * Reads a backup file's text: JSON, our format and a readable version (migrated forward), every record
 * valid, every reference resolvable. Nothing is written anywhere; callers restore only on `ok`.
 */
export function parseBackup(text: string): ParseBackupResult {
  // Windows editors put a byte-order mark in front; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: '文件为空' };

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: describeJsonError(body, error) };
  }

  const migrated = migrateBackup(json);
  if (!migrated.ok) return migrated;

  const parsed = BackupSchema.safeParse(migrated.raw, { error: zhCN, reportInput: true });
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };

  const problems = integrityProblems(parsed.data.tables);
  if (problems.length > 0) return { ok: false, reason: summarize(problems) };
  return { ok: true, backup: parsed.data };
}
