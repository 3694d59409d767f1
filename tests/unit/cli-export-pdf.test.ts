// `planner export --pdf`: the command's dispatcher, in process (a child process would add a third busy process
// on the two shared cores; cli-export.test.ts already runs the binary itself), writes a PDF poppler reads back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '#shared/backup/index.ts';
import { DEMO_HOSPITAL_NAME, generateSample } from '#shared/sample/index.ts';
import { cliWorkspace } from '#tests/helpers/cli.ts';
import { poppler } from '#tests/helpers/poppler.ts';

const { work, inProcess: planner } = cliWorkspace('export-pdf');
// The demo with a two-paragraph plan: the command is under test here, the layout in pdf-documents.test.ts.
const demo = generateSample({ size: 'demo' });
const shortPlans = demo.plans.map((plan) => ({
  ...plan,
  sections: { ...plan.sections, TASKS: plan.sections.TASKS.filter((b) => b.type === 'paragraph'), BACKGROUND: [], GOALS: [], SAFEGUARDS: [] },
}));
writeFileSync(join(work, 'demo.json'), JSON.stringify(makeBackup({ ...demo, plans: shortPlans }, 'test')));

describe('planner export --pdf', { timeout: 600_000 }, () => {
  it('writes the plan of the only hospital as an A4 PDF', async () => {
    const run = await planner('export', '--in', 'demo.json', '--pdf', 'plan.pdf', '--doc', 'plan');
    expect(run.stderr).toBe('');
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(new RegExp(`Wrote .*plan\\.pdf: PDF \\(plan\\) of ${DEMO_HOSPITAL_NAME}`));
    const file = join(work, 'plan.pdf');
    expect(poppler('pdfinfo', [file])).toMatch(/Page size: +595\.28 x 841\.89 pts \(A4\)/);
    const text = poppler('pdftotext', [file, '-']);
    expect(text).toContain(`${DEMO_HOSPITAL_NAME}临床专科能力建设规划`);
    expect(text).toContain('— 1 —');
  });
});
