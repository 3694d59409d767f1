import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';

export interface Figure {
  name: string;
  unit: 'ms';
  samples: number[];
  /** The floor this figure is compared against, measured in the same run. */
  peer?: { name: string; samples: number[] };
  budget?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** Prints figures as a Markdown table: median (min–max), the peer's median, and the ratio of medians. */
export function printTable(title: string, figures: Figure[]): void {
  console.log(`\n### ${title}\n`);
  console.log('| figure | median ms (min–max) | budget | peer (floor) | peer median ms | ratio |');
  console.log('|---|---|---|---|---|---|');
  for (const f of figures) {
    const m = median(f.samples);
    const range = `${fmt(m)} (${fmt(Math.min(...f.samples))}–${fmt(Math.max(...f.samples))})`;
    const budget = f.budget === undefined ? '' : `${f.budget} ${m <= f.budget ? '✓' : '✗ over'}`;
    const peer = f.peer ? median(f.peer.samples) : undefined;
    const ratio = peer ? `${(m / peer).toFixed(2)}×` : '';
    console.log(`| ${f.name} | ${range} | ${budget} | ${f.peer?.name ?? ''} | ${peer === undefined ? '' : fmt(peer)} | ${ratio} |`);
  }
}

/** Serves the production renderer build on 127.0.0.1 for the duration of the benchmark. */
export async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--config', 'renderer/vite.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid!, 'SIGTERM') };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-child.pid!, 'SIGTERM');
  throw new Error(`vite preview did not answer on ${url}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * Records in the page when `condition` (a JavaScript expression over `document`) first holds and the frame after
 * that has painted, as milliseconds since navigation start. A MutationObserver installed before the app loads:
 * Playwright's own waiting polls at intervals of up to half a second, which would be measured as the app's time.
 * Call before navigating; the returned function waits for the time and returns it.
 */
export async function watchFirstPaint(page: Page, condition: string): Promise<() => Promise<number>> {
  await page.addInitScript(`(() => {
    const observer = new MutationObserver(() => {
      if (!(${condition})) return;
      observer.disconnect();
      requestAnimationFrame(() => (window.__shownAt = performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  })()`);
  return async () => {
    await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, null, { timeout: 30_000 });
    return page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  };
}
