import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { ExportPage } from './pages/export-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

const DATED = String.raw`\d{4}-\d{2}-\d{2}`;

test('the demo workbook downloads as a real xlsx, with the progress bar shown while it builds', async ({ page, outsideRequests }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  const exporter = new ExportPage(page);
  await exporter.open();
  await expect(page.getByTestId('export-readiness-BLOCKER')).toHaveText('阻断 2 项');

  const progressSeen = await exporter.watchProgress();
  await exporter.choose('workbook');
  await expect(exporter.fonts).toHaveCount(0); // a workbook has no fonts to choose
  const download = await exporter.download();
  expect(download.suggestedFilename()).toMatch(new RegExp(`^示例市第一人民医院-临床专科建设规划-${DATED}\\.xlsx$`));
  await expect(page.getByText(/^已保存「示例市第一人民医院-临床专科建设规划-/)).toBeVisible();
  expect((await progressSeen()).some((text) => text.includes('数据工作簿'))).toBe(true);
  await expect(exporter.progress).toHaveCount(0);

  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(await download.path());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const names = workbook.worksheets.map((s) => s.name);
  expect(names[0]).toBe('封面');
  expect(names).toContain('学科梳理');
  const disciplines: string[] = [];
  workbook.getWorksheet('学科梳理')!.eachRow((row) => disciplines.push(row.getCell(1).text, row.getCell(2).text));
  expect(disciplines.some((row) => row.includes('日间手术中心'))).toBe(true);
  expect(outsideRequests).toEqual([]);
});

test('取消 during a province-sample export saves nothing, and the page keeps responding', async ({ page }) => {
  test.setTimeout(180_000);
  const settings = new SettingsPage(page);
  await settings.open();
  await page.getByTestId('load-large-sample').click();
  await expect(page.getByText('已载入示例数据')).toBeVisible({ timeout: 120_000 });

  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const exporter = new ExportPage(page);
  await exporter.open();
  // 全部: the workbook and every PDF of the hospital, long enough to work with the page while it builds.
  await exporter.choose('all');
  await exporter.start();
  await expect(exporter.progress).toBeVisible();

  // The page answers while the worker builds: the readiness list switches to every hospital.
  await page.getByTestId('readiness-scope').getByText('全部医院').click();
  await expect(page.getByTestId('readiness-panel')).toBeVisible();
  await expect(exporter.progress).toBeVisible();

  await exporter.cancelButton.click();
  await expect(page.getByText('已取消导出，未保存任何文件')).toBeVisible();
  await expect(exporter.progress).toHaveCount(0);
  await page.getByRole('menuitem', { name: '学科梳理' }).click();
  await expect(page.getByTestId('discipline-count')).toBeVisible();
  expect(downloads).toEqual([]);

  // A fresh worker takes the next export.
  await exporter.open();
  await exporter.choose('workbook');
  const download = await exporter.download();
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(downloads).toHaveLength(1);
});

test('one director contract: 打印预览 draws page 1, pages and zooms, then saves the PDF', async ({ page, outsideRequests }) => {
  test.setTimeout(240_000);
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  const exporter = new ExportPage(page);
  await exporter.open();
  await exporter.choose('contracts');
  // The browser reads no system fonts: every face is the bundled subset, and there is nothing to switch.
  await expect(exporter.fonts).toContainText('正文：仿宋 FandolFang-GB.otf（内置）');
  await expect(exporter.fonts).toContainText('标题：小标宋 NotoSerifSC-Bold-GB.ttf（内置）');
  await expect(exporter.systemFontsSwitch).toHaveCount(0);
  const label = await exporter.pickSubject(0);
  const title = label.replace(/（[^（）]*）$/, ''); // 'title（director，status）'
  await exporter.start();
  await expect(exporter.preview).toBeVisible({ timeout: 180_000 });
  await expect(exporter.preview).toContainText(`打印预览 · 示例市第一人民医院-${title}-`);
  const pageLabel = exporter.preview.getByTestId('pdf-page-label');
  await expect(pageLabel).toHaveText(/^第 1 \/ \d+ 页$/);
  const pages = Number(/\/ (\d+) 页/.exec(await pageLabel.innerText())?.[1]);
  expect(pages).toBeGreaterThan(1);
  await exporter.expectPreviewPage(1, pages);
  const canvas = exporter.preview.getByTestId('pdf-page');
  const width = (await canvas.boundingBox())!.width;
  expect(Math.round(width)).toBe(Math.floor(595.28 * (96 / 72))); // A4 at 100%

  await exporter.preview.getByTestId('pdf-next').click();
  await exporter.expectPreviewPage(2, pages);
  await exporter.preview.getByTestId('pdf-zoom-in').click();
  await expect(exporter.preview.getByTestId('pdf-zoom')).toHaveText('125%');
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(width);

  const download = page.waitForEvent('download');
  await exporter.preview.getByTestId('pdf-save').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`示例市第一人民医院-${title}-${/\d{4}-\d{2}-\d{2}/.exec(file.suggestedFilename())?.[0]}.pdf`);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(exporter.preview).toHaveCount(0);
  expect(outsideRequests).toEqual([]);
});
