// 路线图 with the province sample (every hospital: ~5,000 tasks): opening to the first painted timeline beside a
// bare IndexedDB read of the milestones, and frame times (requestAnimationFrame deltas in the page) during a
// scripted scroll and a scripted mouse drag, beside the idle frames of the same page.
import type { Page } from '@playwright/test';
import { median, watchFirstPaint, type Figure } from './harness.ts';

const RUNS = 5;
const SCROLL_FRAMES = 180;
const DRAG_STEPS = 60;

/** Waits, in the page, for the timeline to show its bars (see watchFirstPaint). */
function watchTimeline(page: Page, rows: number): Promise<() => Promise<number>> {
  const selector = `[data-testid="roadmap-timeline"][data-rows="${rows}"] [data-testid^="roadmap-bar-"]`;
  return watchFirstPaint(page, `document.querySelector(${JSON.stringify(selector)})`);
}

/** Milliseconds from navigation start to the painted timeline, and the first paint of the shell on the way. */
async function openTimeline(page: Page, rows: number): Promise<{ timeline: number; shell: number }> {
  const shown = await watchTimeline(page, rows);
  await page.goto('/#/roadmap?hospital=all');
  const timeline = await shown();
  // First contentful paint: the shell with its menu, before any record is read. Boot cost, not data cost.
  const shell = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  return { timeline, shell };
}

/** Milliseconds from following a link to 路线图 inside the running app (from 设置) to the painted timeline. */
async function switchToTimeline(page: Page, rows: number): Promise<number> {
  const shown = await watchTimeline(page, rows);
  await page.goto('/#/settings');
  await page.getByTestId('load-large-sample').waitFor();
  await page.waitForTimeout(300);
  const start = await page.evaluate(() => {
    const t = performance.now();
    location.hash = '#/roadmap?hospital=all';
    return t;
  });
  return (await shown()) - start;
}

/** The floor: a bare IndexedDB open + getAll of the milestones, no Dexie, no React. */
function bareRead(page: Page) {
  return page.evaluate(async () => {
    const t0 = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('specialty-planner');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction('milestones').objectStore('milestones').getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    db.close();
    return { ms: performance.now() - t0, count: rows.length };
  });
}

// The two in-page loops below are strings: tsx names inner functions with a helper (__name) the page lacks.

/** Starts recording requestAnimationFrame deltas in the page; `stopFrames` returns them. */
function startFrames(page: Page) {
  return page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1); // the first delta measures the wait for the first frame, not a frame
  });
}

/** Idle frames of the same page: the floor every frame figure is compared against. */
async function idleFrames(page: Page): Promise<number[]> {
  await startFrames(page);
  await page.waitForTimeout(1500);
  return stopFrames(page);
}

/** Scrolls the timeline down by 3 rows a frame for SCROLL_FRAMES frames (≈ 540 rows), in the page. */
async function scriptedScroll(page: Page): Promise<number[]> {
  await startFrames(page);
  await page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('[data-testid="roadmap-timeline"]');
    let n = 0;
    const step = () => {
      el.scrollTop += 96;
      if (++n < ${SCROLL_FRAMES}) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  })`);
  return stopFrames(page);
}

/** Presses on a visible bar and drags it 120 px right and back in DRAG_STEPS mouse moves, then lets go. */
async function scriptedDrag(page: Page): Promise<number[]> {
  const bar = page.locator('.rt-bar').nth(3);
  const box = (await bar.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await startFrames(page);
  await page.mouse.down();
  await page.mouse.move(x + 120, y, { steps: DRAG_STEPS / 2 });
  await page.mouse.move(x + 20, y, { steps: DRAG_STEPS / 2 });
  await page.mouse.up();
  await page.waitForTimeout(500); // the write, the live query over every task and the re-render
  return stopFrames(page);
}

export interface FrameFigure {
  name: string;
  frames: number[];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const fmt = (n: number) => n.toFixed(1);

/** Frame-time table: median / p95 / max and the frames over one 60 Hz frame and over 50 ms (a visible hitch). */
export function printFrameTable(title: string, figures: FrameFigure[]): void {
  console.log(`\n### ${title}\n`);
  console.log('| frames | count | median ms | p95 ms | max ms | > 16.7 ms | > 50 ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const f of figures) {
    const sorted = [...f.frames].sort((a, b) => a - b);
    const over = (ms: number) => f.frames.filter((d) => d > ms).length;
    console.log(`| ${f.name} | ${f.frames.length} | ${fmt(median(sorted))} | ${fmt(quantile(sorted, 0.95))} | ${fmt(sorted.at(-1) ?? NaN)} | ${over(16.7)} | ${over(50)} |`);
  }
}

export async function benchRoadmap(newPage: () => Promise<Page>, tasks: number, specialties: number) {
  const rows = tasks + specialties;
  const open: number[] = [];
  const shell: number[] = [];
  const floor: number[] = [];
  const switched: number[] = [];
  let read = 0;
  for (let run = 0; run < RUNS; run++) {
    const page = await newPage();
    const opened = await openTimeline(page, rows);
    open.push(opened.timeline);
    shell.push(opened.shell);
    const bare = await bareRead(page);
    floor.push(bare.ms);
    read = bare.count;
    await page.close();
    const inApp = await newPage();
    switched.push(await switchToTimeline(inApp, rows));
    await inApp.close();
  }
  if (read !== tasks) throw new Error(`read ${read} milestones, expected ${tasks}`);

  const page = await newPage();
  await openTimeline(page, rows);
  await page.waitForTimeout(500);
  const idle = await idleFrames(page);
  const scroll = await scriptedScroll(page);
  await page.evaluate(() => (document.querySelector<HTMLElement>('[data-testid="roadmap-timeline"]')!.scrollTop = 0));
  await page.waitForTimeout(300);
  const drag = await scriptedDrag(page);
  await page.close();

  const figures: Figure[] = [
    { name: 'first paint of the app shell (no records yet)', unit: 'ms', samples: shell },
    { name: `open 路线图, all hospitals (${tasks} tasks in ${specialties} specialties) to the first painted timeline`, unit: 'ms', samples: open, budget: 1000, peer: { name: 'bare IndexedDB read of the milestones', samples: floor } },
    { name: '… the same from 设置 inside the running app (a link to 路线图)', unit: 'ms', samples: switched, budget: 1000, peer: { name: 'bare IndexedDB read of the milestones', samples: floor } },
  ];
  const frames: FrameFigure[] = [
    { name: 'idle page (floor)', frames: idle },
    { name: `scripted scroll, 96 px a frame for ${SCROLL_FRAMES} frames`, frames: scroll },
    { name: `scripted mouse drag (${DRAG_STEPS} moves), then the write and re-render`, frames: drag },
  ];
  return { figures, frames };
}
