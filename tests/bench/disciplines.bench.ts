import type { Page } from '@playwright/test';
import { watchFirstPaint, type Figure } from './harness.ts';

const RUNS = 5;
const QUERIES = ['内科', '外科', '医学', '中心', '心'];

/** Milliseconds from navigation start until the table shows rows and the count reads "/ total" (painted). */
async function openTable(page: Page, url: string, total: number): Promise<{ table: number; shell: number }> {
  const shown = await watchFirstPaint(
    page,
    `document.querySelector('[data-testid="discipline-table"] [data-row-key]') && document.querySelector('[data-testid="discipline-count"]')?.textContent.includes(${JSON.stringify(`/ ${total} 个学科`)})`,
  );
  await page.goto(url);
  const table = await shown();
  // First contentful paint: the shell with its menu, before any record is read. Boot cost, not data cost.
  const shell = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  return { table, shell };
}

/** The floor for opening: a bare IndexedDB open + getAll of the same rows, no Dexie, no React. */
function bareRead(page: Page, hospitalId: string | null) {
  return page.evaluate(async (hospitalId) => {
    const t0 = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('specialty-planner');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    const store = db.transaction('disciplines').objectStore('disciplines');
    const source = hospitalId === null ? store : store.index('hospitalId');
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = hospitalId === null ? source.getAll() : source.getAll(IDBKeyRange.only(hospitalId));
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    db.close();
    return { ms: performance.now() - t0, count: rows.length };
  }, hospitalId);
}

/** Types `query` into the search box and waits for the count to change and the next frame to paint. */
function timedSearch(page: Page, query: string) {
  return page.evaluate((query) => {
    const count = document.querySelector('[data-testid="discipline-count"]')!;
    const input = document.querySelector<HTMLInputElement>('input[aria-label="搜索学科名称"]')!;
    return new Promise<number>((resolve) => {
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      });
      observer.observe(count, { childList: true, subtree: true, characterData: true });
      // React listens for the native input event; set the value the way a keystroke would.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }, query);
}

/** The floor for filtering: a plain array filter of the same rows by the same text. */
function bareFilter(page: Page, query: string) {
  return page.evaluate(async (query) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('specialty-planner');
      req.onsuccess = () => resolve(req.result);
    });
    const rows = await new Promise<{ name: string }[]>((resolve) => {
      const req = db.transaction('disciplines').objectStore('disciplines').getAll();
      req.onsuccess = () => resolve(req.result as { name: string }[]);
    });
    db.close();
    const t0 = performance.now();
    const hits = rows.filter((r) => r.name.toLowerCase().includes(query)).length;
    return { ms: performance.now() - t0, hits };
  }, query);
}

export async function benchDisciplines(newPage: () => Promise<Page>, total: number, hospitalId: string, hospitalTotal: number) {
  const figures: Figure[] = [];
  const allOpen: number[] = [], allFloor: number[] = [], oneOpen: number[] = [], oneFloor: number[] = [];
  const search: number[] = [], searchFloor: number[] = [], shell: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await newPage();
    const one = await openTable(page, '/#/disciplines', hospitalTotal);
    oneOpen.push(one.table);
    shell.push(one.shell);
    oneFloor.push((await bareRead(page, hospitalId)).ms);
    await page.close();

    const all = await newPage();
    allOpen.push((await openTable(all, '/#/disciplines?hospital=all', total)).table);
    allFloor.push((await bareRead(all, null)).ms);
    const query = QUERIES[run % QUERIES.length]!;
    search.push(await timedSearch(all, query));
    searchFloor.push((await bareFilter(all, query)).ms);
    await all.close();
  }
  figures.push(
    { name: 'first paint of the app shell (no records yet)', unit: 'ms', samples: shell },
    { name: `open 学科梳理, one hospital (${hospitalTotal} rows)`, unit: 'ms', samples: oneOpen, budget: 1500, peer: { name: 'bare IndexedDB read', samples: oneFloor } },
    { name: `open 学科梳理, all hospitals (${total} rows)`, unit: 'ms', samples: allOpen, budget: 1500, peer: { name: 'bare IndexedDB read', samples: allFloor } },
    { name: `search by name over ${total} rows`, unit: 'ms', samples: search, budget: 100, peer: { name: 'plain array filter', samples: searchFloor } },
  );
  return figures;
}
