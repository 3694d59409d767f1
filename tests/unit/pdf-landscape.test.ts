// Landscape annex pages (GB/T 9704 §8 横排表格): which tables turn, and a plan with wide annexes rendered for
// real and read back with poppler-utils — page sizes, the page count running on through landscape pages, the
// turned page numbers, the repeated header row, and the 版记 on an even portrait page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement as h } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '#shared/domain/specialties/enums.ts';
import type { PlanTableSource } from '#shared/domain/specialties/plan.ts';
import { PlanDocument } from '#shared/export/pdf/plan-document.ts';
import { registerFonts } from '#shared/export/pdf/register.ts';
import { officialStyles } from '#shared/export/pdf/styles.ts';
import { isTooWideForPortrait } from '#shared/export/pdf/table.ts';
import type { CellKind, TableView } from '#shared/export/tables/types.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
import { DEMO_HOSPITAL_NAME, generateSample } from '#shared/sample/index.ts';
import { poppler, wordBoxes } from '#tests/helpers/poppler.ts';
import { renderPdf } from '#tests/helpers/render-pdf.ts';

/** A view of `rows` rows whose columns are [kind, width in characters, a cell's text or number]. */
function view(title: string, columns: [CellKind, number, string | number][], rows: number): TableView {
  return {
    id: 'goals',
    title,
    columns: columns.map(([kind, width], i) => ({ key: `c${i}`, label: `列${i + 1}`, kind, width })),
    rows: Array.from({ length: rows }, (_, r) => Object.fromEntries(columns.map(([, , value], i) => [`c${i}`, typeof value === 'number' ? value + r : `${value}${r + 1}`]))),
  };
}

const longText = '按年度完成专科建设任务并接受考核评估的具体内容';
const wide = (title: string, rows: number) =>
  view(title, [['text', 18, '示例专科'], ['text', 24, longText], ['text', 30, longText], ['text', 24, longText], ['integer', 6, 2024], ['money', 10, 615.8], ['decimal', 8, 12.5], ['text', 8, '自筹'], ['text', 20, longText]], rows);
const narrow = (title: string, rows: number) => view(title, [['text', 18, '示例专科'], ['text', 24, '核心病种名称'], ['integer', 6, 2024]], rows);

describe('which tables print on landscape pages', () => {
  it('keeps a table whose text columns get half the width they ask for or more on portrait pages', () => {
    expect(isTooWideForPortrait(narrow('窄表', 5))).toBe(false);
    // Short values need little room, however wide the view's columns are.
    expect(isTooWideForPortrait(view('短值', Array.from({ length: 9 }, () => ['text', 30, '甲乙丙丁戊'] as [CellKind, number, string]), 3))).toBe(false);
  });

  it('turns a table whose text columns would get less than half of it', () => {
    expect(isTooWideForPortrait(wide('宽表', 3))).toBe(true);
  });

  it('turns a table whose numbers alone overfill the portrait block, and keeps one whose numbers fit', () => {
    const money = (n: number) => view('经费', Array.from({ length: n }, () => ['money', 10, 123456.78] as [CellKind, number, number]), 3);
    expect(isTooWideForPortrait(money(4))).toBe(false);
    expect(isTooWideForPortrait(money(8))).toBe(true);
  });
});

// The demo plan with a short body that quotes six tables, leaving four annexes: 1 narrow, 2 wide and long
// (several landscape pages), 3 narrow, 4 wide, so the document ends on a landscape page.
const tables = generateSample({ size: 'demo' });
const hospital = tables.hospitals.find((x) => x.name === DEMO_HOSPITAL_NAME)!;
const plan = structuredClone(tables.plans.find((p) => p.hospitalId === hospital.id)!);
const quoted: PlanTableSource[] = ['budgetTotals', 'technologyProjects', 'talentEntries', 'grassrootsActivities', 'qcIndicators', 'milestones'];
for (const [i, key] of PLAN_SECTIONS.entries()) plan.sections[key] = [{ type: 'paragraph', text: '本节内容从略。' }, ...(i === 0 ? quoted.map((source) => ({ type: 'table' as const, source })) : [])];
const annexViews: Partial<Record<PlanTableSource, TableView>> = { specialties: narrow('窄表一', 4), coreDiseases: wide('宽表二', 40), goals: narrow('窄表三', 4), resourceNeeds: wide('宽表四', 3) };
const tableFor = (source: PlanTableSource) => annexViews[source] ?? view(`引用表${source}`, [['text', 10, '内容']], 1);

const work = mkdtempSync(join(tmpdir(), 'planner-landscape-'));
const file = join(work, 'plan.pdf');
let pages: string[] = [];
let sizes: [number, number][] = [];

beforeAll(async () => {
  const styles = officialStyles(registerFonts(nodePdfFonts({ preferSystem: false })));
  pages = await renderPdf(h(PlanDocument, { styles, hospital, plan, table: tableFor }), file);
  const info = poppler('pdfinfo', ['-f', '1', '-l', String(pages.length), file]);
  sizes = [...info.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PORTRAIT: [number, number] = [595.28, 841.89];
const LANDSCAPE: [number, number] = [841.89, 595.28];
const annexPages = (n: number) => {
  const first = pages.findIndex((p) => p.split('\n').some((line) => line.trim() === `附件${n}`));
  const next = pages.findIndex((p, i) => i > first && p.split('\n').some((line) => /^附件\d+$/.test(line.trim())));
  return { first, last: (next === -1 ? pages.findIndex((p) => p.includes('抄送')) : next) - 1 };
};

describe('a plan with wide annex tables', () => {
  it('prints the wide annexes on landscape A4 pages and the rest portrait', () => {
    expect(sizes).toHaveLength(pages.length);
    const two = annexPages(2);
    const four = annexPages(4);
    expect(two.last).toBeGreaterThan(two.first + 1);
    pages.forEach((_, i) => {
      const turned = (i >= two.first && i <= two.last) || (i >= four.first && i <= four.last);
      expect(sizes[i], `page ${i + 1}`).toEqual(turned ? LANDSCAPE : PORTRAIT);
    });
    expect(sizes[annexPages(1).first]).toEqual(PORTRAIT);
    expect(sizes[annexPages(3).first]).toEqual(PORTRAIT);
  });

  it('numbers every page on from the body through the landscape pages, the 版记 page aside', () => {
    const closing = pages.length - 1;
    expect(pages[closing]).toMatch(/抄送：.+。/);
    expect(sizes[closing]).toEqual(PORTRAIT);
    expect((closing + 1) % 2).toBe(0);
    for (let i = 0; i < closing; i++) {
      if (pages[i]!.trim() === '') continue; // the blank page before an even 版记 page
      expect(pages[i], `page ${i + 1}`).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`));
    }
    expect(pages[closing]).not.toMatch(/—\s*\d+\s*—/);
  });

  it('repeats the header row on every landscape page of a long table', () => {
    const { first, last } = annexPages(2);
    for (let i = first; i <= last; i++) expect(pages[i], `page ${i + 1}`).toMatch(/列1\s+列2\s+列3/);
    expect(pages.slice(first, last + 1).join('')).toContain('自筹40');
  });

  it('keeps the text block where it is on the sheet and turns the page number with it', () => {
    const { first } = annexPages(2);
    const boxes = wordBoxes(file, first + 1, first + 2);
    for (const [index, words] of boxes.entries()) {
      const n = first + 1 + index;
      // Turned a quarter clockwise: the portrait block's 28 mm left margin is the top, its 35 mm foot the left.
      const number = words.filter((w) => w.right < 35 - 3);
      const body = words.filter((w) => w.right >= 35 - 3);
      expect(number.map((w) => w.text).join('')).toBe(`—${n}—`);
      expect(Math.min(...body.map((w) => w.left))).toBeGreaterThanOrEqual(35 - 0.5);
      expect(Math.min(...body.map((w) => w.top))).toBeGreaterThanOrEqual(28 - 0.5);
      expect(Math.min(...body.map((w) => w.top))).toBeLessThanOrEqual(28 + 1.5);
      expect(Math.max(...body.map((w) => w.right))).toBeLessThanOrEqual(297 - 37 + 0.5);
      // The number's top faces the block 7 mm away; one character (4号, 4.94 mm) in from the portrait right end
      // (the bottom here) on odd pages, from the portrait left end (the top) on even pages.
      expect(Math.max(...number.map((w) => w.right))).toBeCloseTo(35 - 7, 0);
      if (n % 2 === 1) expect(Math.max(...number.map((w) => w.bottom))).toBeCloseTo(210 - 26 - 4.94, 0);
      else expect(Math.min(...number.map((w) => w.top))).toBeCloseTo(28 + 4.94, 0);
    }
  });
});
