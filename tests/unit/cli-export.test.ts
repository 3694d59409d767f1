import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '#shared/backup/index.ts';
import { DEMO_HOSPITAL_NAME, generateSample } from '#shared/sample/index.ts';
import { cliWorkspace } from '#tests/helpers/cli.ts';
import { makeHospital } from '#tests/helpers/factories.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/backup/', import.meta.url));
const { work, planner, inProcess } = cliWorkspace('export');

const demo = generateSample({ size: 'demo' });
writeFileSync(join(work, 'demo.json'), JSON.stringify(makeBackup(demo, 'test')));

// Each export builds a whole workbook; on a loaded 2-core machine that takes seconds, not the default 5.
describe('planner export (child process)', { timeout: 60_000 }, () => {
  it('writes the demo workbook that exceljs opens, exit 0, and notes the readiness problems', async () => {
    const run = await planner('export', '--in', 'demo.json', '--xlsx', 'demo.xlsx');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Wrote ${join(work, 'demo.xlsx')}: workbook of ${DEMO_HOSPITAL_NAME}`);
    expect(run.stdout).toContain('2 blocker(s) and 3 warning(s)');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(work, 'demo.xlsx')) as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.name).toBe('封面');
    expect(book.getWorksheet('学科梳理')!.rowCount).toBe(demo.disciplines.length + 1);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 with the reason on stderr for a truncated backup, writing nothing', async () => {
    copyFileSync(join(FIXTURES, 'truncated.json'), join(work, 'truncated.json'));
    const run = await planner('export', '--in', 'truncated.json', '--xlsx', 'truncated.xlsx');
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/Invalid input .*truncated\.json:\n\s+文件不完整/);
    expect(readdirSync(work)).not.toContain('truncated.xlsx');
  });
});

describe('planner export (in process)', { timeout: 60_000 }, () => {
  it('refuses missing or bad flags with its usage', async () => {
    expect((await inProcess('export', '--xlsx', 'x.xlsx')).stderr).toContain('--in FILE is required');
    expect((await inProcess('export', '--in', 'demo.json')).stderr).toContain('give --xlsx OUT or --pdf OUT');
    const doc = await inProcess('export', '--in', 'demo.json', '--pdf', 'x.pdf', '--doc', 'memo');
    expect(doc).toMatchObject({ code: 2 });
    expect(doc.stderr).toContain("--doc must be plan, specialties, contracts, all, not 'memo'");
    expect((await inProcess('export', '--bogus')).stderr).toContain("Unknown option '--bogus'");
  });

  it('exits 2 for a missing file and for a folder that does not exist', async () => {
    const missing = await inProcess('export', '--in', 'absent.json', '--xlsx', 'x.xlsx');
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('找不到文件');
    const blocked = await inProcess('export', '--in', 'demo.json', '--xlsx', join(work, 'no-such-folder', 'x.xlsx'));
    expect(blocked).toMatchObject({ code: 2 });
    expect(blocked.stderr).toContain('the folder does not exist');
  });

  it('asks which hospital when the file holds several, and exports the one named by --hospital', async () => {
    const other = makeHospital({ name: '第二医院' });
    writeFileSync(join(work, 'two.json'), JSON.stringify(makeBackup({ ...demo, hospitals: [...demo.hospitals, other] }, 'test')));
    const ambiguous = await inProcess('export', '--in', 'two.json', '--xlsx', 'two.xlsx');
    expect(ambiguous).toMatchObject({ code: 2 });
    expect(ambiguous.stderr).toContain('备份中有 2 家医院');
    const unknown = await inProcess('export', '--in', 'two.json', '--xlsx', 'two.xlsx', '--hospital', '第三医院');
    expect(unknown.stderr).toContain('备份中没有医院「第三医院」');
    const named = await inProcess('export', '--in', 'two.json', '--xlsx', 'two.xlsx', '--hospital', '第二医院');
    expect(named).toMatchObject({ code: 0 });
    expect(named.stdout).toContain('workbook of 第二医院');
  });
});
