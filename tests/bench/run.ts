// `npm run bench`: figures measured in the production build in Chromium, each beside a floor measured in the
// same run. Timings are reported, never asserted: tests do not fail on wall-clock time.
// `npm run bench -- roadmap` runs only the named groups; BENCH_PORT moves the preview server off 4174.
import { generateSample } from '#shared/sample/index.ts';
import { benchDisciplines } from './disciplines.bench.ts';
import { benchImport } from './import.bench.ts';
import { benchPdf } from './pdf.bench.ts';
import { launchBrowser, printTable, startPreview } from './harness.ts';
import { benchRoadmap, printFrameTable } from './roadmap.bench.ts';
import { benchReadiness } from './readiness.bench.ts';
import { benchScoring } from './scoring.bench.ts';
import { benchWorkbook, printWorkbookBench } from './workbook.bench.ts';

const only = process.argv.slice(2);
const wants = (group: string) => only.length === 0 || only.includes(group);
const preview = await startPreview(Number(process.env.BENCH_PORT ?? 4174));
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ baseURL: preview.url, viewport: { width: 1440, height: 900 } });
  const setup = await context.newPage();
  const sample = generateSample({ size: 'large' });
  const demo = sample.hospitals[0]!;
  await setup.goto('/#/settings');
  const t0 = Date.now();
  await setup.getByTestId('load-large-sample').click();
  await setup.getByText('已载入示例数据').waitFor({ timeout: 60_000 });
  const loadMs = Date.now() - t0;
  await setup.close();

  if (wants('disciplines')) {
    const figures = await benchDisciplines(
      () => context.newPage(),
      sample.disciplines.length,
      demo.id,
      sample.disciplines.filter((d) => d.hospitalId === demo.id).length,
    );
    printTable(`学科梳理 with the province sample (${sample.hospitals.length} hospitals, ${sample.disciplines.length} disciplines)`, [
      { name: 'load the province sample (generate + one transaction)', unit: 'ms', samples: [loadMs] },
      ...figures,
    ]);
  }
  if (wants('roadmap')) {
    const roadmap = await benchRoadmap(() => context.newPage(), sample.milestones.length, sample.specialties.length);
    printTable(`路线图 with the province sample (${sample.milestones.length} tasks)`, roadmap.figures);
    printFrameTable('路线图 frame times (requestAnimationFrame deltas in the page)', roadmap.frames);
  }
  if (wants('scoring')) printTable('Contract assessment (pure scoring in Node)', benchScoring());
  if (wants('readiness')) printTable('提交前检查 over the province sample (pure shared code in Node)', benchReadiness(sample));
  if (wants('workbook')) printWorkbookBench(await benchWorkbook());
  if (wants('import')) printTable('学科清单 import, 50,000 rows (shared/import in Node)', await benchImport());
  if (wants('pdf')) printTable('Formal PDF documents: a ~100-page plan, react-pdf in Node vs headless Chromium page.pdf()', await benchPdf(browser));
} finally {
  await browser.close();
  preview.stop();
}
