// `npm run bench`: figures measured in the production build in Chromium, each beside a floor measured in the
// same run. Timings are reported, never asserted: tests do not fail on wall-clock time.
import { generateSample } from '#shared/sample/index.ts';
import { benchDisciplines } from './disciplines.bench.ts';
import { launchBrowser, printTable, startPreview } from './harness.ts';
import { benchReadiness } from './readiness.bench.ts';
import { benchScoring } from './scoring.bench.ts';
import { benchWorkbook, printWorkbookBench } from './workbook.bench.ts';

const preview = await startPreview(4174);
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
  printTable('Contract assessment (pure scoring in Node)', benchScoring());
  printTable('提交前检查 over the province sample (pure shared code in Node)', benchReadiness(sample));
  printWorkbookBench(await benchWorkbook());
} finally {
  await browser.close();
  preview.stop();
}
