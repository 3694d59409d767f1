import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '#shared/backup/index.ts';
import { cliWorkspace } from '#tests/helpers/cli.ts';
import { GOOD_LINES, officeDisciplineWorkbook, zipBomb } from '#tests/helpers/import-files.ts';

const { work, inProcess: planner } = cliWorkspace('import');

const backupOf = (name: string) => {
  const parsed = parseBackup(readFileSync(join(work, name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.backup.tables;
};

beforeAll(async () => {
  expect((await planner('sample', '--out', 'demo.json')).code).toBe(0);
  writeFileSync(join(work, 'good.xlsx'), await officeDisciplineWorkbook([...GOOD_LINES, ['新设学科', '', '孙', 5, 3]]));
  const bad = structuredClone(GOOD_LINES);
  bad[2] = ['普通外科', '基础学科', '王强', 'abc', 52];
  writeFileSync(join(work, 'bad.xlsx'), await officeDisciplineWorkbook(bad));
  writeFileSync(join(work, 'bomb.xlsx'), zipBomb());
});

describe('planner import', () => {
  it('writes a new backup with the rows when every row is good (exit 0)', async () => {
    const before = backupOf('demo.json');
    const run = await planner('import', '--in', 'demo.json', '--disciplines', 'good.xlsx', '--out', 'new.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Sheet '学科清单', header on row 3–4: 5 rows read, 5 good, 0 with errors");
    const after = backupOf('new.json');
    const hospitalId = before.hospitals[0]!.id;
    const added = after.disciplines.filter((d) => d.hospitalId === hospitalId && d.name === '新设学科');
    expect(added).toHaveLength(1);
    const updatedCount = after.disciplines.length - before.disciplines.length;
    expect(run.stdout).toMatch(new RegExp(`Wrote .*new\\.json: ${updatedCount} disciplines added, ${5 - updatedCount} updated in `));
    expect(after.specialties).toEqual(before.specialties);
  });

  it('exits 2 with a row-level report and writes nothing when a row is bad', async () => {
    const run = await planner('import', '--in', 'demo.json', '--disciplines', 'bad.xlsx', '--out', 'bad.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 7 行 D 列（床位数）「abc」：床位数应为数字');
    expect(run.stderr).toContain('Nothing written');
    expect(existsSync(join(work, 'bad.json'))).toBe(false);
  });

  it('refuses a zip bomb with the reason, writing nothing', async () => {
    const run = await planner('import', '--in', 'demo.json', '--disciplines', 'bomb.xlsx', '--out', 'bomb.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('疑似“压缩炸弹”，已拒绝');
    expect(existsSync(join(work, 'bomb.json'))).toBe(false);
  });

  it('reads a GBK CSV and says which encoding it used', async () => {
    const csv = new URL('../fixtures/import/disciplines-gbk.csv', import.meta.url);
    const run = await planner('import', '--in', 'demo.json', '--disciplines', csv.pathname, '--out', 'gbk.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Encoding: GBK / GB18030（简体）（自动识别');
  });

  it('checks its arguments', async () => {
    expect((await planner('import', '--in', 'demo.json', '--out', 'x.json')).stderr).toContain('--disciplines SHEET.xlsx|.csv is required');
    expect((await planner('import', '--in', 'demo.json', '--disciplines', 'good.xlsx', '--out', 'demo.json')).stderr).toContain('--out must be a new file');
    const missing = await planner('import', '--in', 'demo.json', '--disciplines', 'none.xlsx', '--out', 'x.json');
    expect([missing.code, missing.stderr.includes('找不到文件')]).toEqual([2, true]);
    expect((await planner('import', '--in', 'demo.json', '--disciplines', 'good.xlsx', '--out', 'x.json', '--encoding', 'latin1')).code).toBe(2);
  });
});
