// Issue 7 benchmark: a ~100-page plan PDF with CJK text, react-pdf (buildPdf) against headless Chromium
// printing the same content as HTML with the same fonts (page.pdf()), measured in the same run. Timings are
// printed, never asserted. Standalone: `npx tsx tests/bench/pdf.bench.ts`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { buildPdf } from '#shared/export/pdf/index.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
import { launchBrowser, median, printTable, type Figure } from './harness.ts';
import { longPlanSample, planHtml } from './pdf-content.ts';

const RUNS = Number(process.env.PDF_BENCH_RUNS ?? 3);

const pageCount = (bytes: Uint8Array, dir: string, name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
};

/** Wall time, and this process's CPU time (the machine is shared: CPU time shows react-pdf's own cost). */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await run();
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, value };
}

export async function benchPdf(browser: Browser): Promise<Figure[]> {
  const { tables, hospitalId } = longPlanSample();
  const fonts = nodePdfFonts({ preferSystem: false });
  const work = mkdtempSync(path.join(tmpdir(), 'pdf-bench-'));
  try {
    const htmlFile = path.join(work, 'plan.html');
    writeFileSync(htmlFile, planHtml(tables, hospitalId));
    const render = () => buildPdf(tables, { hospitalId, doc: 'plan', fonts });
    const print = async () => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(htmlFile).href);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const bytes = await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true });
      await page.close();
      return new Uint8Array(bytes);
    };
    // First calls pay font parsing (react-pdf) and font loading (Chromium) once per process; reported apart.
    const coldReact = await timed(render);
    const coldChromium = await timed(print);
    const pages = pageCount(coldReact.value, work, 'react.pdf');
    const peerPages = pageCount(coldChromium.value, work, 'chromium.pdf');
    const react: number[] = [];
    const reactCpu: number[] = [];
    const chromium: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await timed(render);
      react.push(r.ms);
      reactCpu.push(r.cpuMs);
      chromium.push((await timed(print)).ms);
    }
    return [
      { name: `first plan PDF in the process (${pages} pages; fonts parsed)`, unit: 'ms', samples: [coldReact.ms], peer: { name: `Chromium page.pdf(), first (${peerPages} pages)`, samples: [coldChromium.ms] } },
      {
        name: `plan PDF, ${pages} pages of CJK text and tables (buildPdf)`,
        unit: 'ms',
        samples: react,
        peer: { name: `Chromium page.pdf() of the same HTML (${peerPages} pages)`, samples: chromium },
        budget: Math.round(3 * median(chromium)),
      },
      { name: 'the same buildPdf runs, CPU time of the Node process', unit: 'ms', samples: reactCpu },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = await launchBrowser();
  try {
    printTable('Formal PDF documents (react-pdf in Node vs headless Chromium)', await benchPdf(browser));
  } finally {
    await browser.close();
  }
}
