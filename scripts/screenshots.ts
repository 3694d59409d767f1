// `npm run screenshots`: the pictures in docs/screenshots, taken from the production build in Chromium with the
// demo hospital loaded. Re-run after changing a page and look at what changed before committing.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchBrowser, startPreview } from '../tests/bench/harness.ts';
import { GOOD_TARGETS, officeDisciplineWorkbook, officeTargetWorkbook } from '../tests/helpers/import-files.ts';
import { DEMO_WEIGHT_95_UNIT } from '../shared/sample/index.ts';
import { writePdfPreviews } from './pdf-previews.ts';

/** Opens 学科梳理's import with a generated 学科清单 (one bad row) and waits for the mapping preview. */
async function openImport(page: Page): Promise<void> {
  const file = join(await mkdtemp(join(tmpdir(), 'planner-shots-')), '学科清单.xlsx');
  await writeFile(file, await officeDisciplineWorkbook([
    ['疼痛科', '重点扶持', '孙丽', 12, '8'],
    ['睡眠医学中心', '平台学科', '周强', '6', 5],
    ['医学美容科', '基础学科', '吴敏', 'abc', 4],
    ['变态反应科', '重点学科', '郑华', 4, '3'],
    ['临床心理科', '', '钱进', 10, 9],
  ]));
  await page.getByTestId('discipline-import').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick-file').click();
  await (await chooser).setFiles(file);
  await page.getByTestId('import-preview').waitFor();
}

/** 导入指标 on the 康复医学科 draft with a generated 考核指标 sheet (one bad weight), up to the report. */
async function openTargetImport(page: Page): Promise<void> {
  const file = join(await mkdtemp(join(tmpdir(), 'planner-shots-')), '考核指标.xlsx');
  const lines = structuredClone(GOOD_TARGETS);
  lines[3] = { ...lines[3]!, weight: '二十' };
  await writeFile(file, await officeTargetWorkbook(lines));
  await page.getByRole('row').filter({ hasText: '康复医学科' }).first().getByRole('button', { name: '打开' }).click();
  await page.getByTestId('target-import').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick-file').click();
  await (await chooser).setFiles(file);
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-mode').waitFor();
}

/** Opens one demo contract at a tab; the assessment tab also waits for its trend chart to draw. */
async function openContractTab(page: Page, unit: string, tab: string | RegExp): Promise<void> {
  await page.getByRole('row').filter({ hasText: unit }).first().getByRole('button', { name: '打开' }).click();
  await page.getByRole('tab', { name: tab }).click();
  if (tab === '年度考核') await page.getByTestId('trend-chart').locator('canvas').waitFor();
}

const OUT = 'docs/screenshots';

/** Each shot: file name, hash route, and what to do before the picture (open a tab, wait for a chart). */
const SHOTS: { name: string; route: string; prepare?: (page: Page) => Promise<void>; fullPage?: boolean }[] = [
  {
    name: 'dashboard',
    route: '/home',
    prepare: async (page) => {
      // echarts loads on first use: wait until every chart has drawn its canvas.
      for (const id of ['chart-disease-area', 'chart-specialty-type', 'chart-goals', 'chart-budget-source', 'chart-readiness']) {
        await page.getByTestId(id).locator('canvas').waitFor();
      }
      await page.waitForTimeout(1000);
    },
  },
  { name: 'hospital', route: '/hospital' },
  { name: 'disciplines', route: '/disciplines' },
  { name: 'import-mapping', route: '/disciplines', prepare: openImport },
  {
    name: 'import-report',
    route: '/disciplines',
    prepare: async (page) => {
      // Taken right after import-mapping: the same hash route keeps that dialog open.
      if (!(await page.getByTestId('import-preview').isVisible())) await openImport(page);
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-report').waitFor();
    },
  },
  { name: 'specialties', route: '/specialties' },
  ...(['diseases', 'needs', 'milestones'] as const).map((tab) => ({
    name: `specialty-${tab}`,
    route: '/specialties',
    fullPage: tab === 'needs', // the budget totals sit under the table
    prepare: async (page: Page) => {
      await page.getByTestId('specialty-link').filter({ hasText: '胸痛中心' }).click();
      await page.getByTestId('specialty-tabs').waitFor();
      const url = new URL(page.url());
      await page.goto(`${url.pathname}${url.hash}?tab=${tab}`);
      await page.getByTestId('specialty-tabs').waitFor();
    },
  })),
  {
    name: 'specialty-form',
    route: '/specialties',
    prepare: async (page) => {
      // A new specialty with a 基础学科 chosen as lead, so the picture shows the 四.6 refusal at the field.
      // Last of the specialty shots: the drawer stays open until the next route.
      await page.getByTestId('specialty-add').click();
      await page.getByTestId('specialty-name').fill('肝胆胰肿瘤专科');
      await page.getByTestId('specialty-lead').click();
      await page.keyboard.type('消化内科');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await page.getByTestId('lead-blocked').waitFor();
    },
  },
  { name: 'plan', route: '/plan' },
  {
    name: 'plan-tables',
    route: '/plan',
    prepare: async (page) => {
      // 主要任务: numbered headings with the specialty tables pulled in live.
      await page.getByTestId('plan-section-TASKS').scrollIntoViewIfNeeded();
      await page.getByTestId('plan-table-budgetTotals').locator('tr.ant-table-row').first().waitFor();
      await page.evaluate(() => document.querySelector('[data-testid="plan-section-TASKS"]')?.scrollIntoView({ block: 'start' }));
    },
  },
  { name: 'roadmap', route: '/roadmap' },
  { name: 'contracts-list', route: '/contracts' },
  { name: 'import-targets', route: '/contracts', prepare: openTargetImport },
  // The demo's draft whose weights sum to 95: the editor with the live total and what blocks leaving draft.
  { name: 'contracts-editor', route: '/contracts', prepare: (page) => openContractTab(page, DEMO_WEIGHT_95_UNIT, '责任书内容') },
  // 神经内科: in force since 2022 with an amendment (第 2 版) and four years of actuals.
  { name: 'contracts-assessment', route: '/contracts', fullPage: true, prepare: (page) => openContractTab(page, '神经内科', '年度考核') },
  { name: 'contracts-history', route: '/contracts', prepare: (page) => openContractTab(page, '神经内科', /版本与流程/) },
  { name: 'qc', route: '/qc' },
  {
    name: 'qc-expanded',
    route: '/qc',
    prepare: async (page) => {
      await page.getByRole('button', { name: '展开行' }).first().click();
    },
  },
  {
    // 规划正文 chosen: the panel shows the PDF fonts each face uses.
    name: 'export',
    route: '/export',
    prepare: async (page) => {
      await page.getByTestId('export-kind-plan').click();
      await page.getByTestId('export-fonts').waitFor();
    },
  },
  {
    // 打印预览 of the plan (规划正文), built in the export worker with the bundled fonts: takes a while.
    name: 'export-preview',
    route: '/export',
    prepare: async (page) => {
      await page.getByTestId('export-kind-plan').click();
      await page.getByTestId('export-start').click();
      await page.getByRole('button', { name: '仍然导出草稿' }).click();
      await page.locator('[data-testid="pdf-page"][data-rendered="1"]').waitFor({ timeout: 240_000 });
    },
  },
  { name: 'settings', route: '/settings' },
  { name: 'policy', route: '/policy/四.11' },
];

const only = process.argv.slice(2);
const preview = await startPreview(Number(process.env.SCREENSHOT_PORT ?? 4179));
const browser = await launchBrowser();
try {
  await mkdir(OUT, { recursive: true });
  const context = await browser.newContext({ baseURL: preview.url, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/#/settings');
  await page.getByTestId('load-demo-sample').click();
  await page.getByText('已载入示例数据').waitFor();
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
  for (const shot of SHOTS.filter((s) => only.length === 0 || only.includes(s.name))) {
    await page.goto(`/#${shot.route}`);
    await page.waitForLoadState('networkidle');
    await page.locator('.ant-skeleton').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
    await shot.prepare?.(page);
    await page.waitForTimeout(800); // charts animate in
    await page.screenshot({ path: `${OUT}/${shot.name}.png`, fullPage: shot.fullPage });
    console.log(`${OUT}/${shot.name}.png`);
  }
  if (only.length === 0 || only.includes('pdf')) await writePdfPreviews(OUT);
} finally {
  await browser.close();
  preview.stop();
}
