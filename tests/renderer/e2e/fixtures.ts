import { test as base, expect } from '@playwright/test';

/**
 * Every renderer e2e test runs with a guard: the app must not ask for anything outside 127.0.0.1
 * (no CDN fonts, scripts, telemetry). Each test gets a fresh browser context, so a fresh IndexedDB.
 */
export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: async ({ page }, use) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      const local = url.hostname === '127.0.0.1' || ['data:', 'blob:'].includes(url.protocol);
      if (!local) outside.push(request.url());
    });
    await use(outside);
    expect(outside, 'requests outside 127.0.0.1').toEqual([]);
  },
});

export { expect };
