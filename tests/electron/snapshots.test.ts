import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '#shared/backup/format.ts';
import { BackupSchema } from '#shared/backup/format.ts';
import { createSnapshotStore, snapshotName } from '#electron/snapshots.ts';
import { makeDiscipline, makeHospital, makeTables } from '#tests/helpers/factories.ts';
import { temporaryDirs } from './temp-dir.ts';

const tempDir = temporaryDirs();

function sampleBackupText(): string {
  const hospital = makeHospital({ name: '示例市第一人民医院' });
  return JSON.stringify(makeBackup(makeTables({ hospitals: [hospital], disciplines: [makeDiscipline({ hospitalId: hospital.id })] }), 'test'));
}

/** A clock that moves one minute on every reading, so each snapshot gets a distinct, increasing time. */
function minuteClock(start = Date.UTC(2024, 0, 8, 9, 30)) {
  let t = start;
  return () => new Date((t += 60_000));
}

describe('snapshot store', () => {
  it('writes the backup text unchanged, lists it and reads it back', async () => {
    const dir = tempDir();
    const store = createSnapshotStore(dir, { now: () => new Date('2024-01-08T09:30:00.123Z') });
    const text = sampleBackupText();
    const written = await store.write(text);
    expect(written).toEqual({
      name: 'snapshot-20240108T093000123Z.json',
      path: path.join(dir, 'snapshot-20240108T093000123Z.json'),
      bytes: Buffer.byteLength(text),
      createdAt: '2024-01-08T09:30:00.123Z',
    });
    expect(readFileSync(written.path, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual([written.name]); // no temp file left behind
    expect(await store.list()).toEqual([{ name: written.name, createdAt: written.createdAt, bytes: written.bytes }]);
    expect(await store.read(written.name)).toBe(text);
  });

  it('accepts the backup as an object and stores it as JSON', async () => {
    const dir = tempDir();
    const store = createSnapshotStore(dir);
    const backup = JSON.parse(sampleBackupText()) as object;
    const written = await store.write(backup);
    expect(BackupSchema.parse(JSON.parse(readFileSync(written.path, 'utf8')))).toEqual(backup);
  });

  it.each([
    ['text that is not JSON', '{"format": ', '快照内容不是有效的 JSON'],
    ['another file format', JSON.stringify({ format: 'excel', version: 1 }), '快照内容不符合备份格式：format'],
    [
      'a hospital without a name',
      sampleBackupText().replace('"name":"示例市第一人民医院"', '"name":""'),
      '快照内容不符合备份格式：tables.hospitals.0.name：请填写医院名称',
    ],
  ])('refuses %s and writes nothing', async (_label, text, message) => {
    const dir = tempDir();
    const store = createSnapshotStore(dir);
    await expect(store.write(text)).rejects.toThrow(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the 30 newest snapshots and lists them newest first', async () => {
    const dir = tempDir();
    const store = createSnapshotStore(dir, { now: minuteClock() });
    const text = sampleBackupText();
    const names: string[] = [];
    for (let i = 0; i < 33; i++) names.push((await store.write(text)).name);
    const listed = await store.list();
    expect(listed).toHaveLength(30);
    expect(listed.map((s) => s.name)).toEqual(names.slice(3).reverse());
    const times = listed.map((s) => Date.parse(s.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(readdirSync(dir).sort()).toEqual(names.slice(3));
  });

  it('gives two snapshots in the same millisecond different names that still sort by time', async () => {
    const dir = tempDir();
    const at = new Date('2024-01-08T09:30:00.999Z');
    const store = createSnapshotStore(dir, { now: () => at });
    const [a, b] = await Promise.all([store.write(sampleBackupText()), store.write(sampleBackupText())]);
    expect(a.name).toBe('snapshot-20240108T093000999Z.json');
    expect(b.name).toBe('snapshot-20240108T093001000Z.json');
    expect((await store.list()).map((s) => s.name)).toEqual([b.name, a.name]);
  });

  it('leaves no partial file and no new snapshot when the final rename fails', async () => {
    const dir = tempDir();
    const at = new Date('2024-01-08T10:00:00.000Z');
    const earlier = createSnapshotStore(dir, { now: () => new Date('2024-01-08T09:00:00.000Z') });
    const kept = await earlier.write(sampleBackupText());
    // A folder squatting on the exact target name makes rename() fail for real (EISDIR).
    const squatter = path.join(dir, snapshotName(at));
    mkdirSync(path.join(squatter, 'inside'), { recursive: true });
    const store = createSnapshotStore(dir, { now: () => at });
    await expect(store.write(sampleBackupText())).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual([kept.name, path.basename(squatter)].sort());
    expect((await store.list()).map((s) => s.name)).toEqual([kept.name]);
  });

  it('removes temp files left by a crashed write, but not one that may still be in progress', async () => {
    const dir = tempDir();
    const now = new Date('2024-01-08T10:00:00.000Z');
    const stale = path.join(dir, 'snapshot-20240108T080000000Z.json.123-abcd.tmp');
    const fresh = path.join(dir, 'snapshot-20240108T095959000Z.json.456-ef01.tmp');
    writeFileSync(stale, '{"half');
    writeFileSync(fresh, '{"half');
    utimesSync(stale, new Date(now.getTime() - 3_600_000), new Date(now.getTime() - 3_600_000));
    utimesSync(fresh, now, now);
    await createSnapshotStore(dir, { now: () => now }).write(sampleBackupText());
    expect(readdirSync(dir).sort()).toEqual(['snapshot-20240108T095959000Z.json.456-ef01.tmp', 'snapshot-20240108T100000000Z.json']);
  });

  it('refuses to read a name outside the pattern, and says when a snapshot is missing', async () => {
    const store = createSnapshotStore(tempDir());
    await expect(store.read('../../etc/passwd')).rejects.toThrow('快照文件名无效：../../etc/passwd');
    await expect(store.read('snapshot-20240108T093000123Z.json')).rejects.toThrow('找不到快照：snapshot-20240108T093000123Z.json');
  });
});
