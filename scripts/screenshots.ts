// `npm run screenshots`: the pictures in docs/screenshots, taken from the production build in Chromium with the
// demo hospital loaded. Re-run after changing a page and look at what changed before committing.
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { launchBrowser, startPreview } from '../tests/bench/harness.ts';

const OUT = 'docs/screenshots';

/** Each shot: file name, hash route, and what to do before the picture (open a tab, wait for a chart). */
const SHOTS: { name: string; route: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'dashboard', route: '/home' },
  { name: 'hospital', route: '/hospital' },
  { name: 'disciplines', route: '/disciplines' },
  { name: 'specialties', route: '/specialties' },
  { name: 'plan', route: '/plan' },
  { name: 'roadmap', route: '/roadmap' },
  { name: 'contracts-list', route: '/contracts' },
  { name: 'qc', route: '/qc' },
  {
    name: 'qc-expanded',
    route: '/qc',
    prepare: async (page) => {
      await page.getByRole('button', { name: '展开行' }).first().click();
    },
  },
  { name: 'export', route: '/export' },
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
    await page.screenshot({ path: `${OUT}/${shot.name}.png` });
    console.log(`${OUT}/${shot.name}.png`);
  }
} finally {
  await browser.close();
  preview.stop();
}
