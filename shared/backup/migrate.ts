import { BACKUP_FORMAT, BACKUP_VERSION } from './format.ts';

/** A backup as parsed JSON, format and version checked, before the schema is applied. */
export type RawBackup = Record<string, unknown> & { version: number };
export type Migration = (backup: RawBackup) => RawBackup;
export type MigrateResult = { ok: true; raw: RawBackup } | { ok: false; reason: string };

/** Tables that version 2 added: a version-1 file had none of them. */
const ADDED_IN_V2 = [
  'specialties', 'coreDiseases', 'goals', 'resourceNeeds', 'technologyProjects', 'talentEntries',
  'grassrootsActivities', 'qcIndicators', 'milestones', 'plans',
  'contracts', 'contractTargets', 'contractActuals', 'contractQualitativeScores',
] as const;

/**
 * The ladder: MIGRATIONS[n] turns a version-n file into a version-(n+1) file. When the format changes, raise
 * BACKUP_VERSION in format.ts and add one step, with a fixture of the old version in tests/fixtures/backup/
 * that must still open.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (b) => {
    const tables = { ...(b.tables as Record<string, unknown>) };
    for (const name of ADDED_IN_V2) tables[name] ??= [];
    return { ...b, version: 2, tables };
  },
};

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, 60);

/**
 * Checks that `raw` is one of our backups at a version this build can read, and brings it up to `current`.
 * The ladder and target are parameters so a test can exercise a two-step ladder before v2 exists.
 */
export function migrateBackup(
  raw: unknown,
  ladder: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = BACKUP_VERSION,
): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: `不是本软件的备份文件（内容是${Array.isArray(raw) ? '数组' : '单个值'}，不是对象）` };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    const said = 'format' in record ? `format 字段为「${show(record.format)}」` : '缺少 format 字段';
    return { ok: false, reason: `不是本软件的备份文件（${said}，应为「${BACKUP_FORMAT}」）` };
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const said = version === undefined ? '缺少 version 字段' : `version 为 ${JSON.stringify(version)}`;
    return { ok: false, reason: `备份文件的版本号无效（${said}）` };
  }
  if (version > current) {
    return { ok: false, reason: `备份文件是第 ${version} 版格式，本软件只支持到第 ${current} 版，请先升级软件` };
  }
  let backup: RawBackup = { ...record, version };
  for (let v = version; v < current; v++) {
    const step = ladder[v];
    // A gap in the ladder is a bug in this build, not a problem with the user's file.
    if (!step) throw new Error(`No backup migration from version ${v} to ${v + 1}`);
    backup = step(backup);
  }
  return { ok: true, raw: backup };
}
