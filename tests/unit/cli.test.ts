import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '#shared/backup/index.ts';
import { cliWorkspace } from '#tests/helpers/cli.ts';
import { makePlan } from '#tests/helpers/factories.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/backup/', import.meta.url));
const { work, planner, inProcess } = cliWorkspace('cli');

describe('planner CLI (child process)', () => {
  it('writes the demo sample, and check reports its deliberate gaps with exit 1', async () => {
    const written = await planner('sample', '--out', 'demo.json');
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toContain(`Wrote ${join(work, 'demo.json')}: 1 hospital, 42 disciplines`);

    const [table, json] = await Promise.all([planner('check', '--in', 'demo.json'), planner('check', '--in', 'demo.json', '--json')]);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/BLOCKER 阻断 \(2\)[\s\S]*DISC-UNCLASSIFIED\s+四\.3\s+学科「日间手术中心」尚未分类/);
    expect(table.stdout).toMatch(/SPEC-NO-QC-OFFICER\s+四\.11\s+专科「骨质疏松与代谢性骨病专科」尚未设置质控专员/);
    expect(table.stdout).toContain('WARNING 警告 (3)');
    expect(table.stdout).toMatch(/CONTRACT-WEIGHTS\s+四\.9\s+目标责任书「.*慢阻肺专科.*」权重合计为 95，应为 100/);

    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { clean: boolean; summary: Record<string, number>; findings: { ruleId: string }[] };
    expect(report.clean).toBe(false);
    expect(report.summary).toEqual({ hospitals: 1, disciplines: 42, BLOCKER: 2, WARNING: 3, INFO: 0 });
    // The demo's specialties, plan and contracts are otherwise complete: only the deliberate gaps remain.
    expect(report.findings.map((f) => f.ruleId)).toEqual([
      'DISC-UNCLASSIFIED',
      'SPEC-NO-QC-OFFICER',
      'DISC-FACTORS-MISSING',
      'DISC-RATIONALE-MISSING',
      'CONTRACT-WEIGHTS',
    ]);
  });

  it('exits 2 with the reason on stderr for a truncated file and for another program’s JSON', async () => {
    copyFileSync(join(FIXTURES, 'truncated.json'), join(work, 'truncated.json'));
    copyFileSync(join(FIXTURES, 'foreign-dexie-export.json'), join(work, 'foreign.json'));
    const [truncated, foreign] = await Promise.all([planner('check', '--in', 'truncated.json'), planner('check', '--in', 'foreign.json')]);
    expect(truncated).toMatchObject({ code: 2, stdout: '' });
    expect(truncated.stderr).toMatch(/Invalid input .*truncated\.json:\n\s+文件不完整/);
    expect(foreign).toMatchObject({ code: 2, stdout: '' });
    expect(foreign.stderr).toContain('不是本软件的备份文件（缺少 format 字段');
  });

  it('writes the province sample', async () => {
    const run = await planner('sample', '--size', 'large', '--out', 'province.json', '--seed', '7');
    expect(run.code).toBe(0);
    const backup = JSON.parse(readFileSync(join(work, 'province.json'), 'utf8')) as { producer: string; tables: { hospitals: unknown[] } };
    expect(backup.producer).toBe('planner-cli sample');
    expect(backup.tables.hospitals.length).toBeGreaterThanOrEqual(190);
  });
});

describe('planner CLI (in process)', () => {
  it('prints usage: exit 0 for --help, exit 2 for no command or an unknown one', async () => {
    const help = await inProcess('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run planner -- <command>');
    const unknown = await inProcess('frobnicate');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain("planner: unknown command 'frobnicate'");
    expect((await inProcess()).code).toBe(2);
  });

  it('refuses bad flags with the command’s usage', async () => {
    expect((await inProcess('sample')).stderr).toContain('--out FILE is required');
    expect((await inProcess('sample', '--out', 'x.json', '--size', 'huge')).stderr).toContain("--size must be demo or large, not 'huge'");
    expect((await inProcess('sample', '--out', 'x.json', '--seed', 'abc')).code).toBe(2);
    expect((await inProcess('check', '--in')).code).toBe(2);
    expect((await inProcess('check', '--bogus')).stderr).toContain("Unknown option '--bogus'");
    expect(readdirSync(work)).not.toContain('x.json');
  });

  it('writes atomically: same seed, same bytes apart from exportedAt, and no temporary file left', async () => {
    await inProcess('sample', '--out', 'a.json', '--seed', '5');
    await inProcess('sample', '--out', 'b.json', '--seed', '5');
    const strip = (name: string) => readFileSync(join(work, name), 'utf8').replace(/"exportedAt": "[^"]+"/, '');
    expect(strip('a.json')).toBe(strip('b.json'));
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 when the output cannot be written or the input is missing', async () => {
    const blocked = await inProcess('sample', '--out', join(work, 'no-such-folder', 'x.json'));
    expect(blocked).toMatchObject({ code: 2 });
    expect(blocked.stderr).toContain('the folder does not exist');
    const missing = await inProcess('check', '--in', 'absent.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });

  it('exits 0 for a file whose only findings are INFO', async () => {
    // The clean v1 fixture, brought to the current version, plus the plan that version 2 expects (四.4).
    const parsed = parseBackup(readFileSync(join(FIXTURES, 'v1-clean.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { tables } = parsed.backup;
    tables.plans.push(makePlan({ hospitalId: tables.hospitals[0]!.id }));
    const path = join(work, 'clean-v2.json');
    writeFileSync(path, JSON.stringify(parsed.backup));

    const clean = await inProcess('check', '--in', path);
    expect(clean.stdout).toContain('0 blockers, 0 warnings, 2 info — clean');
    expect(clean.code).toBe(0);
  });
});
