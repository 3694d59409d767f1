import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '#shared/backup/index.ts';
import { DEMO_HOSPITAL_NAME, generateSample } from '#shared/sample/index.ts';
import { cliWorkspace } from '#tests/helpers/cli.ts';

const { work, inProcess } = cliWorkspace('assess');
const demo = generateSample({ size: 'demo' });
writeFileSync(join(work, 'demo.json'), JSON.stringify(makeBackup(demo, 'test')));

describe('planner assess', { timeout: 60_000 }, () => {
  it('prints each contract-year of the demo with its score and grade, one year with --year', async () => {
    const all = await inProcess('assess', '--in', 'demo.json');
    expect(all).toMatchObject({ code: 0, stderr: '' });
    expect(all.stdout).toContain(`Assessed ${DEMO_HOSPITAL_NAME}:`);
    expect(all.stdout).toMatch(/责任书\s+科主任\s+考核年度\s+得分\s+等级/);

    const year = await inProcess('assess', '--in', 'demo.json', '--year', '2025', '--json');
    const report = JSON.parse(year.stdout) as { rows: { contract: string; year: number; grade: string; total: number | string }[] };
    expect(report.rows.length).toBeGreaterThan(5);
    expect(report.rows.every((r) => r.year === 2025)).toBe(true);
    // The demo's 急诊医学科 awaits the assessor's qualitative score: no grade, and no partial sum passed off as a score.
    const waiting = report.rows.find((r) => r.contract.startsWith('急诊医学科'))!;
    expect(waiting).toMatchObject({ grade: '待定性评分', total: '待定性评分' });
    expect(report.rows.some((r) => ['优秀', '良好', '合格', '不合格'].includes(r.grade))).toBe(true);
  });

  it('refuses a bad year and a missing file with the reason, exit 2', async () => {
    const bad = await inProcess('assess', '--in', 'demo.json', '--year', '25');
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain("--year must be a year like 2025, not '25'");
    const missing = await inProcess('assess', '--in', 'absent.json');
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('找不到文件');
  });
});
