// PDF previews in docs/screenshots: the demo hospital's documents rendered by buildPdf and rasterised with
// pdftoppm at 60 dpi (first two plan pages, the first task sheet, the first contract). Part of
// `npm run screenshots`; standalone: `npx tsx scripts/pdf-previews.ts`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPdf } from '#shared/export/pdf/index.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
import { DEMO_HOSPITAL_NAME, generateSample } from '#shared/sample/index.ts';

export async function writePdfPreviews(outDir: string): Promise<void> {
  const tables = generateSample({ size: 'demo' });
  const hospital = tables.hospitals.find((h) => h.name === DEMO_HOSPITAL_NAME)!;
  const work = mkdtempSync(path.join(tmpdir(), 'pdf-previews-'));
  try {
    const file = path.join(work, 'all.pdf');
    writeFileSync(file, await buildPdf(tables, { hospitalId: hospital.id, doc: 'all', fonts: nodePdfFonts({ preferSystem: false }) }));
    // Each document starts at — 1 —: that is how the first page of the task sheets and contracts is found.
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 }).split('\f');
    const starts = pages.flatMap((text, i) => (/— 1 —/.test(text) ? [i + 1] : []));
    const shots: [string, number][] = [
      ['plan-pdf-1', 1],
      ['plan-pdf-2', 2],
      ['task-sheet-pdf-1', starts[1]!],
      ['contract-pdf-1', starts.at(-1)!],
    ];
    for (const [name, page] of shots) {
      const prefix = path.join(work, name);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
      renameSync(`${prefix}.png`, path.join(outDir, `${name}.png`));
      console.log(`${outDir}/${name}.png (page ${page})`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writePdfPreviews('docs/screenshots');
}
