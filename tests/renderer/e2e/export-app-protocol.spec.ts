import { expect, test } from './fixtures.ts';
import { startAppProtocolServer } from './app-protocol-server.ts';
import { ExportPage } from './pages/export-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

// The export worker, the PDF layout engine (WebAssembly), the bundled fonts and pdf.js under the desktop
// app's Content-Security-Policy, which vite preview does not send. The Electron runtime itself cannot be
// downloaded here, so its protocol handler serves the build over HTTP instead.

let server: Awaited<ReturnType<typeof startAppProtocolServer>>;
test.beforeAll(async () => {
  server = await startAppProtocolServer();
});
test.afterAll(() => server.close());

test('under the app:// headers a contract PDF builds in the worker and 打印预览 draws it', async ({ page, outsideRequests }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${server.url}/#/settings`);
  await new SettingsPage(page).loadDemoSample();
  await page.goto(`${server.url}/#/export`);
  const exporter = new ExportPage(page);
  await expect(exporter.panel).toBeVisible();
  await exporter.choose('contracts');
  await exporter.pickSubject(0);
  await exporter.start();
  await expect(exporter.preview).toBeVisible({ timeout: 180_000 });
  await expect(exporter.preview.locator('[data-testid="pdf-page"][data-rendered="1"]')).toBeVisible({ timeout: 60_000 });
  await expect(exporter.error).toHaveCount(0);
  expect(problems).toEqual([]);
  expect(outsideRequests).toEqual([]);
});
