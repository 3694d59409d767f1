import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { BackupSchema } from '#shared/backup/format.ts';
import type { PlannerBridge } from '#shared/ipc/bridge.ts';
import { findElectronRuntime } from './runtime.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const runtime = findElectronRuntime(ROOT);
if (!runtime.executablePath) console.log(`[electron e2e] skipped: ${runtime.reason}`);

/**
 * Each test launches the app on a fresh user-data folder, so IndexedDB and snapshots start empty, and on an
 * empty system fonts folder instead of %WINDIR%\Fonts, so a Windows machine's own fonts change nothing.
 */
const test = base.extend<{ userData: string; systemFonts: string; app: ElectronApplication; mainWindow: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  userData: async ({}, provide) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planner-e2e-'));
    await provide(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  systemFonts: async ({}, provide) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planner-e2e-fonts-'));
    await provide(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ userData, systemFonts }, provide) => {
    if (!existsSync(path.join(ROOT, 'dist/electron/main.cjs'))) throw new Error('dist/electron is missing: run `npm run build` first');
    const app = await _electron.launch({
      executablePath: runtime.executablePath ?? '',
      args: [ROOT],
      env: { ...process.env, PLANNER_USER_DATA_DIR: userData, PLANNER_SYSTEM_FONTS_DIR: systemFonts },
    });
    await provide(app);
    await app.close().catch(() => undefined);
  },
  mainWindow: async ({ app }, provide) => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await provide(page);
  },
});

test.skip(!runtime.executablePath, runtime.reason);

/** The bridge as the page sees it (evaluate callbacks run in the page, so each one reads it itself). */
type PageWindow = Window & { planner: PlannerBridge };

test('opens one window with the Chinese title and the app shell', async ({ app, mainWindow }) => {
  expect(mainWindow.url()).toMatch(/^app:\/\/planner\//);
  await expect(mainWindow.getByRole('heading', { name: '临床专科建设规划' })).toBeVisible();
  expect(await mainWindow.title()).toBe('临床专科建设规划');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(['临床专科建设规划']);
});

test('the page has no Node and sees only window.planner', async ({ mainWindow }) => {
  const globals = await mainWindow.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    planner: Object.keys((window as unknown as PageWindow).planner).sort(),
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', planner: ['invoke', 'onSnapshotRequest'] });
});

test('blocks window.open and navigation away from the app', async ({ app, mainWindow }) => {
  expect(await mainWindow.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
  await mainWindow.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await mainWindow.waitForTimeout(500);
  expect(mainWindow.url()).toMatch(/^app:\/\/planner\//);
  expect(app.windows()).toHaveLength(1);
});

test('validates IPC payloads in main', async ({ mainWindow }) => {
  const message = await mainWindow.evaluate(() =>
    (window as unknown as PageWindow).planner
      .invoke('snapshot-read', { name: '../../etc/passwd' })
      .then(() => 'resolved', (error: Error) => error.message),
  );
  expect(message).toContain('参数无效');
  expect(await mainWindow.evaluate(() => (window as unknown as PageWindow).planner.invoke('snapshot-list'))).toEqual([]);
});

test('offers the system fonts of its fonts folder to the export page, and serves only those', async ({ mainWindow, systemFonts }) => {
  const simhei = path.join(systemFonts, 'simhei.ttf');
  copyFileSync(path.join(ROOT, 'build/fonts/NotoSansSC-GB.ttf'), simhei);
  const listed = await mainWindow.evaluate(() => (window as unknown as PageWindow).planner.invoke('pdf-system-fonts'));
  expect(listed).toEqual([{ face: 'hei', file: 'simhei.ttf', label: '黑体 simhei.ttf（系统字体）' }]);
  const answers = await mainWindow.evaluate(() =>
    Promise.all(
      ['hei', 'fang', '..%2fsimhei.ttf', 'simhei.ttf'].map(async (face) => {
        const response = await fetch(`app://planner/system-fonts/${face}`);
        return [response.status, (await response.arrayBuffer()).byteLength];
      }),
    ),
  );
  expect(answers[0]).toEqual([200, statSync(simhei).size]);
  expect(answers.slice(1).map(([status]) => status)).toEqual([404, 404, 404]);

  const go = (hash: string) =>
    mainWindow.evaluate((to) => {
      window.location.hash = to;
    }, hash);
  await go('#/settings');
  await mainWindow.getByTestId('load-demo-sample').click();
  await expect(mainWindow.getByText('已载入示例数据')).toBeVisible();
  await go('#/export');
  await mainWindow.getByTestId('export-kind-plan').click();
  await expect(mainWindow.getByTestId('export-system-fonts')).toBeChecked();
  await expect(mainWindow.getByTestId('export-fonts')).toContainText('一级标题：黑体 simhei.ttf（系统字体）');
  await expect(mainWindow.getByTestId('export-fonts')).toContainText('正文：仿宋 FandolFang-GB.otf（内置）');
});

test('closing the app writes a final snapshot of the database', async ({ app, mainWindow, userData }) => {
  await expect(mainWindow.getByRole('heading', { name: '临床专科建设规划' })).toBeVisible();
  await app.close();
  const dir = path.join(userData, 'snapshots');
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  expect(BackupSchema.safeParse(JSON.parse(readFileSync(path.join(dir, files[0]!), 'utf8'))).success).toBe(true);
});
