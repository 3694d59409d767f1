import { ATOMIC_TEMP_SUFFIX, writeFileAtomic } from '#shared/node/atomic-write.ts';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BackupSchema } from '#shared/backup/format.ts';
import { SNAPSHOT_NAME_PATTERN, type SnapshotInfo, type SnapshotWritten } from '#shared/ipc/index.ts';

/** Last 30 snapshots: with the hourly schedule, more than a working day of history. */
export const SNAPSHOTS_KEPT = 30;
/** A temp file this old belongs to a write that crashed, not to one in progress. */
const STALE_TEMP_MS = 10 * 60 * 1000;

export interface SnapshotStoreOptions {
  keep?: number;
  now?: () => Date;
}

export interface SnapshotStore {
  readonly dir: string;
  write(backup: string | object): Promise<SnapshotWritten>;
  /** Newest first. */
  list(): Promise<SnapshotInfo[]>;
  read(name: string): Promise<string>;
}

export function snapshotName(at: Date): string {
  return `snapshot-${at.toISOString().replace(/[-:.]/g, '')}.json`;
}

/** Inverse of snapshotName: the name carries the time, so listing needs no extra metadata file. */
export function snapshotTime(name: string): Date {
  const m = /^snapshot-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.json$/.exec(name);
  if (!m) throw new Error(`不是快照文件名：${name}`);
  const [, y, mo, d, h, mi, s, ms] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

/** Parses and checks a backup; returns the text to store, exactly as the renderer produced it. */
export function validateBackupText(backup: string | object): string {
  let value: unknown = backup;
  if (typeof backup === 'string') {
    try {
      value = JSON.parse(backup);
    } catch {
      throw new Error('快照内容不是有效的 JSON');
    }
  }
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}：` : '';
    throw new Error(`快照内容不符合备份格式：${where}${first?.message ?? ''}`);
  }
  return typeof backup === 'string' ? backup : JSON.stringify(backup);
}

/**
 * Rolling JSON snapshots in one folder. Writes are queued one at a time, so two snapshots in the same
 * millisecond get different names and pruning never races a write.
 */
export function createSnapshotStore(dir: string, options: SnapshotStoreOptions = {}): SnapshotStore {
  const keep = options.keep ?? SNAPSHOTS_KEPT;
  const now = options.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every earlier one; a failed task does not block the next. */
  function queued<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  async function snapshotFiles(): Promise<string[]> {
    await mkdir(dir, { recursive: true });
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && SNAPSHOT_NAME_PATTERN.test(e.name))
      .map((e) => e.name)
      .sort();
  }

  async function prune(): Promise<void> {
    const names = await snapshotFiles();
    for (const name of names.slice(0, Math.max(0, names.length - keep))) await rm(path.join(dir, name), { force: true });
    const limit = now().getTime() - STALE_TEMP_MS;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(ATOMIC_TEMP_SUFFIX)) continue;
      const file = path.join(dir, entry.name);
      if ((await stat(file)).mtimeMs < limit) await rm(file, { force: true });
    }
  }

  async function writeNow(backup: string | object): Promise<SnapshotWritten> {
    const text = validateBackupText(backup);
    const taken = new Set(await snapshotFiles());
    // Names are times: on a clash (or a clock set back to an existing name) move forward a millisecond.
    let at = now();
    while (taken.has(snapshotName(at))) at = new Date(at.getTime() + 1);
    const name = snapshotName(at);
    const file = path.join(dir, name);
    await writeFileAtomic(file, text);
    await prune();
    return { name, path: file, bytes: Buffer.byteLength(text, 'utf8'), createdAt: at.toISOString() };
  }

  return {
    dir,
    write: (backup) => queued(() => writeNow(backup)),
    // Queued too, so a listing never stats a file that a concurrent prune just removed.
    list: () =>
      queued(async () => {
        const names = (await snapshotFiles()).reverse();
        return Promise.all(
          names.map(async (name) => ({
            name,
            createdAt: snapshotTime(name).toISOString(),
            bytes: (await stat(path.join(dir, name))).size,
          })),
        );
      }),
    async read(name) {
      if (!SNAPSHOT_NAME_PATTERN.test(name)) throw new Error(`快照文件名无效：${name}`);
      try {
        return await readFile(path.join(dir, name), 'utf8');
      } catch {
        throw new Error(`找不到快照：${name}`);
      }
    },
  };
}
