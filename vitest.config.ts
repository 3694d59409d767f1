import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { CHROMIUM_ARGS, chromiumPath } from './tests/helpers/chromium.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Several files build the province sample (43,000 rows); on a loaded 2-core machine that alone can
          // pass the 5 s default. Speed is measured in npm run bench, not here.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts', 'tests/electron/**/*.test.ts'],
        },
      },
      {
        // Renderer code that needs a real IndexedDB runs inside Chromium, not in a Node shim.
        plugins: [react()],
        // Pre-bundled before the first test: discovering pdf.js mid-run makes Vite reload the page under the test.
        optimizeDeps: { include: ['pdfjs-dist/legacy/build/pdf.mjs'] },
        test: {
          name: 'renderer',
          include: ['tests/renderer/db/**/*.test.ts', 'tests/renderer/db/**/*.test.tsx', 'tests/renderer/components/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
