import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { listSystemFonts } from '#electron/system-fonts.ts';
import type { PlannerBridge } from '#shared/ipc/bridge.ts';
import type { SystemFont } from '#shared/ipc/index.ts';
import { expect, test } from './fixtures.ts';
import { startAppProtocolServer } from './app-protocol-server.ts';
import { ExportPage } from './pages/export-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

// The export worker, the PDF layout engine (WebAssembly), the bundled fonts and pdf.js under the desktop
// app's Content-Security-Policy, which vite preview does not send. The Electron runtime itself cannot be
// downloaded here, so its protocol handler serves the build over HTTP instead.

const ROOT = path.resolve(import.meta.dirname, '../../..');

let server: Awaited<ReturnType<typeof startAppProtocolServer>>;
test.beforeAll(async () => {
  server = await startAppProtocolServer();
});
test.afterAll(() => server.close());

/** The demo hospital loaded from `url`, and the export page there with its first director contract picked. */
async function openContractExport(page: Page, url: string): Promise<ExportPage> {
  await page.goto(`${url}/#/settings`);
  await new SettingsPage(page).loadDemoSample();
  await page.goto(`${url}/#/export`);
  const exporter = new ExportPage(page);
  await expect(exporter.panel).toBeVisible();
  await exporter.choose('contracts');
  await exporter.pickSubject(0);
  return exporter;
}

test('under the app:// headers a contract PDF builds in the worker and 打印预览 draws it', async ({ page, outsideRequests }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  const exporter = await openContractExport(page, server.url);
  await exporter.start();
  await expect(exporter.preview).toBeVisible({ timeout: 180_000 });
  await expect(exporter.preview.locator('[data-testid="pdf-page"][data-rendered="1"]')).toBeVisible({ timeout: 60_000 });
  await expect(exporter.error).toHaveCount(0);
  expect(problems).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

// The desktop app's system-font path without Electron (whose runtime cannot be downloaded here): main's own
// protocol handler serves the build and a stand-in fonts folder over HTTP, and a stand-in bridge answers
// pdf-system-fonts with what main's listSystemFonts finds there. The "system" 仿宋 is a copy of Noto Sans SC
// named simfang.ttf, so the saved PDF tells by its embedded fonts which 仿宋 the worker used.

/** window.planner as the preload would expose it, for the few calls these pages make. */
async function installBridge(page: Page, fonts: SystemFont[]) {
  await page.addInitScript((systemFonts) => {
    const saved: unknown[] = [];
    const answers: Record<string, (args: { content?: unknown; suggestedName?: string }) => unknown> = {
      'app-info': () => ({ version: 'e2e', platform: 'win32', userDataPath: '', snapshotDir: '', isElectron: true }),
      'snapshot-list': () => [],
      'pdf-system-fonts': () => systemFonts,
      'file-save-dialog': (args) => {
        saved.push(args.content);
        return { saved: true, name: args.suggestedName };
      },
    };
    const bridge = {
      invoke: (name: string, args: { content?: unknown; suggestedName?: string }) => {
        const answer = answers[name];
        return answer ? Promise.resolve(answer(args)) : Promise.reject(new Error(`测试桥不支持 ${name}`));
      },
      onSnapshotRequest: () => () => {},
    };
    Object.assign(window, { planner: bridge as unknown as PlannerBridge, savedFiles: saved });
  }, fonts);
}

/** The PostScript names of the fonts embedded in the last PDF the page saved. */
function embeddedFonts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const saved = (window as unknown as { savedFiles: Uint8Array[] }).savedFiles;
    const text = new TextDecoder('latin1').decode(saved.at(-1));
    return [...new Set([...text.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]!))].sort();
  });
}

/** Builds the chosen PDF, saves it from 打印预览, and waits until it is the page's `nth` saved file. */
async function buildAndSave(page: Page, exporter: ExportPage, nth: number) {
  await exporter.start();
  await expect(exporter.preview).toBeVisible({ timeout: 180_000 });
  await expect(exporter.preview.locator('[data-testid="pdf-page"][data-rendered="1"]')).toBeVisible({ timeout: 60_000 });
  await exporter.preview.getByTestId('pdf-save').click();
  await expect(exporter.preview).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { savedFiles: unknown[] }).savedFiles.length)).toBe(nth);
}

test('a system 仿宋 is offered, embedded in the PDF, and 使用系统字体 off returns to the bundled one in the same worker', async ({
  page,
  outsideRequests,
}) => {
  test.setTimeout(360_000);
  const fontsDir = mkdtempSync(path.join(tmpdir(), 'planner-fonts-'));
  copyFileSync(path.join(ROOT, 'build/fonts/NotoSansSC-GB.ttf'), path.join(fontsDir, 'simfang.ttf'));
  const fontServer = await startAppProtocolServer({ systemFontsDir: fontsDir });
  try {
    const fonts = await listSystemFonts(fontsDir);
    expect(fonts).toEqual([{ face: 'fang', file: 'simfang.ttf', label: '仿宋 simfang.ttf（系统字体）' }]);
    await installBridge(page, fonts);
    const exporter = await openContractExport(page, fontServer.url);
    await expect(exporter.systemFontsSwitch).toBeChecked();
    await expect(exporter.fonts).toContainText('正文：仿宋 simfang.ttf（系统字体）');
    await expect(exporter.fonts).toContainText('二级标题：楷体 PlannerKaiGB.ttf（内置）'); // no system 楷体 here

    await buildAndSave(page, exporter, 1);
    expect(await embeddedFonts(page)).not.toContain('FandolFang-Regular');

    await exporter.systemFontsSwitch.click();
    await expect(exporter.systemFontsSwitch).not.toBeChecked();
    await expect(exporter.fonts).toContainText('正文：仿宋 FandolFang-GB.otf（内置）');
    await buildAndSave(page, exporter, 2);
    expect(await embeddedFonts(page)).toContain('FandolFang-Regular');

    // Remembered on this installation: the page opened again keeps the switch off.
    await page.reload();
    await exporter.choose('contracts');
    await expect(exporter.fonts).toContainText('正文：仿宋 FandolFang-GB.otf（内置）');
    await expect(exporter.systemFontsSwitch).not.toBeChecked();
    expect(outsideRequests).toEqual([]);
  } finally {
    await fontServer.close();
    rmSync(fontsDir, { recursive: true, force: true });
  }
});

test('a system font that went missing after the page asked fails the PDF in Chinese; switched off, or back, it works again', async ({ page }) => {
  test.setTimeout(240_000);
  const fontsDir = mkdtempSync(path.join(tmpdir(), 'planner-fonts-'));
  const simfang = path.join(fontsDir, 'simfang.ttf');
  copyFileSync(path.join(ROOT, 'build/fonts/NotoSansSC-GB.ttf'), simfang);
  const fontServer = await startAppProtocolServer({ systemFontsDir: fontsDir });
  try {
    await installBridge(page, await listSystemFonts(fontsDir));
    const exporter = await openContractExport(page, fontServer.url);
    await expect(exporter.fonts).toContainText('正文：仿宋 simfang.ttf（系统字体）');
    rmSync(simfang);
    await exporter.start();
    await expect(exporter.error).toHaveText('导出失败：无法读取系统字体文件，请关闭「使用系统字体」后重试', { timeout: 180_000 });
    // The way out works in the same worker: the bundled fonts are registered apart from the failed one.
    // The switch shows the stored choice: wait for it, or the export may start with the one before.
    await exporter.systemFontsSwitch.click();
    await expect(exporter.systemFontsSwitch).not.toBeChecked();
    await buildAndSave(page, exporter, 1);
    // With the file back and the switch on again, the same worker loads it afresh.
    copyFileSync(path.join(ROOT, 'build/fonts/NotoSansSC-GB.ttf'), simfang);
    await exporter.systemFontsSwitch.click();
    await expect(exporter.systemFontsSwitch).toBeChecked();
    await buildAndSave(page, exporter, 2);
    expect(await embeddedFonts(page)).not.toContain('FandolFang-Regular');
  } finally {
    await fontServer.close();
    rmSync(fontsDir, { recursive: true, force: true });
  }
});
