import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/helpers/chromium.ts';

// E2E_PORT (with PLANNER_OUT_DIR for the build) lets two runs of the suite share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const PREVIEW_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  // Generous: a loaded 2-core machine runs these several times slower; no test asserts a time.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: process.env.CI ? 1 : 2,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      // The production build in real Chromium with a real IndexedDB.
      name: 'renderer',
      testDir: 'tests/renderer/e2e',
      use: {
        baseURL: PREVIEW_URL,
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
        // The app follows the system's reduce-motion setting: no menu is still sliding in when a test clicks it.
        reducedMotion: 'reduce',
        launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
      },
    },
    {
      // Skips with a printed reason where no Electron runtime exists (see tests/electron/e2e).
      name: 'electron',
      testDir: 'tests/electron/e2e',
    },
  ],
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: PREVIEW_URL,
    // Never reuse: a server left on the port may serve an older build than the one under test.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
