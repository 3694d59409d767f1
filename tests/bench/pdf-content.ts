// The content of the PDF benchmark: the demo hospital with a plan long enough for about 100 pages, and the
// same plan as HTML for the Chromium peer (same text, same tables from the shared view builders, same fonts).
import { pathToFileURL } from 'node:url';
import { PLAN_SECTION_LABELS, PLAN_SECTIONS } from '#shared/domain/specialties/enums.ts';
import type { PlanBlock } from '#shared/domain/specialties/plan.ts';
import type { AllTables } from '#shared/domain/tables.ts';
import { chineseNumeral } from '#shared/export/pdf/blocks.ts';
import { annexSources } from '#shared/export/pdf/plan-document.ts';
import { BUNDLED_FONTS } from '#shared/export/pdf/font-files.ts';
import { tidySpaces } from '#shared/export/pdf/line-break.ts';
import { printable } from '#shared/export/pdf/printable.ts';
import { formatCell, isTooWideForPortrait } from '#shared/export/pdf/table.ts';
import { buildTableView } from '#shared/export/tables/index.ts';
import { BUNDLED_FONT_DIR } from '#shared/node/pdf-fonts.ts';
import { DEMO_HOSPITAL_NAME, generateSample } from '#shared/sample/index.ts';

/** The demo sample whose plan's 主要任务 repeats its text until the plan runs to about 100 pages. */
export function longPlanSample(rounds = 10): { tables: AllTables; hospitalId: string } {
  const tables = generateSample({ size: 'demo' });
  const hospital = tables.hospitals.find((h) => h.name === DEMO_HOSPITAL_NAME)!;
  const plan = tables.plans.find((p) => p.hospitalId === hospital.id)!;
  const prose = PLAN_SECTIONS.flatMap((key) => plan.sections[key].filter((b) => b.type !== 'table'));
  const tasks: PlanBlock[] = [];
  for (let r = 0; r < rounds; r++) {
    tasks.push({ type: 'heading', level: 2, text: `（${chineseNumeral(r + 1)}）第${r + 1}组建设任务` });
    tasks.push(...prose, ...prose);
    if (r % 3 === 0) tasks.push({ type: 'table', source: 'goals' });
  }
  plan.sections = { ...plan.sections, TASKS: tasks };
  return { tables, hospitalId: hospital.id };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same plan as one HTML page printed with @page A4 and the GB/T 9704 margins, fonts from build/fonts. */
export function planHtml(tables: AllTables, hospitalId: string): string {
  const plan = tables.plans.find((p) => p.hospitalId === hospitalId)!;
  const font = (family: string, file: string) => `@font-face { font-family: ${family}; src: url('${pathToFileURL(`${BUNDLED_FONT_DIR}/${file}`).href}'); }`;
  const table = (source: Parameters<typeof buildTableView>[0]) => {
    const view = printable(buildTableView(source, tables, { hospitalId }));
    const head = view.columns.map((c) => `<th>${esc(c.label)}</th>`).join('');
    const rows = view.rows.map((r) => `<tr>${view.columns.map((c) => `<td class="${c.kind === 'text' ? '' : 'n'}">${esc(formatCell(r[c.key] ?? null, c.kind))}</td>`).join('')}</tr>`).join('');
    return `<div class="cap">${esc(view.title)}</div><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  };
  const block = (b: PlanBlock): string => {
    switch (b.type) {
      case 'heading':
        return `<h${b.level + 1}>${esc(b.text)}</h${b.level + 1}>`;
      case 'paragraph':
        return `<p>${esc(tidySpaces(b.text))}</p>`;
      case 'list':
        return b.items.map((item, i) => `<p>${b.ordered ? `${i + 1}.` : ''}${esc(tidySpaces(item))}</p>`).join('');
      case 'table':
        return table(b.source);
    }
  };
  // A wide annex goes on landscape pages, as buildPdf prints it (a named page; Chromium breaks around it).
  const annexes = annexSources(plan)
    .map((source, i) => {
      const wide = isTooWideForPortrait(printable(buildTableView(source, tables, { hospitalId })));
      return `<section class="${wide ? 'wide' : ''}"><h2 style="break-before: page; text-indent: 0">附件${i + 1}</h2>${table(source)}</section>`;
    })
    .join('');
  const body = PLAN_SECTIONS.map((key, i) => `<h2>${chineseNumeral(i + 1)}、${PLAN_SECTION_LABELS[key]}</h2>${plan.sections[key].map(block).join('')}`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
${font('Fang', BUNDLED_FONTS.fang)} ${font('Hei', BUNDLED_FONTS.hei)} ${font('Kai', BUNDLED_FONTS.kai)} ${font('Song', BUNDLED_FONTS.song)} ${font('XBS', BUNDLED_FONTS.songBold)}
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-right { content: '— ' counter(page) ' —'; font: 14pt Song; } }
@page wide { size: A4 landscape; margin: 28mm 37mm 26mm 35mm; } .wide { page: wide; }
body { margin: 0; font: 16pt/28.95pt Fang; letter-spacing: -0.2pt; line-break: strict; }
h1 { font: 22pt/36pt XBS; text-align: center; margin: 0 0 28.95pt; }
h2 { font: 16pt/28.95pt Hei; margin: 0; text-indent: 2em; break-after: avoid; }
h3 { font: 16pt/28.95pt Kai; margin: 0; text-indent: 2em; break-after: avoid; }
h4 { font: 16pt/28.95pt Fang; margin: 0; text-indent: 2em; break-after: avoid; }
p { margin: 0; text-indent: 2em; }
.cap { font: 12pt/20pt Hei; text-align: center; }
table { border-collapse: collapse; width: 100%; font: 10.5pt/15pt Fang; margin-bottom: 14pt; }
th { font-family: Hei; } th, td { border: 0.75pt solid #000; padding: 2pt; } td.n { text-align: right; } tr { break-inside: avoid; }
</style></head><body><h1>${esc(plan.title)}</h1>${body}${annexes}</body></html>`;
}
