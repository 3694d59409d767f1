// The formal PDF documents of the demo hospital, rendered for real and read back with poppler-utils
// (pdfinfo, pdffonts, pdftotext), the way a commission's reviewer's tools would see them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf, currentContracts } from '#shared/export/pdf/index.ts';
import { PLAN_SECTION_LABELS } from '#shared/domain/specialties/enums.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
import { DEMO_HOSPITAL_NAME, generateSample } from '#shared/sample/index.ts';
import { fontRows, poppler, wordBoxes } from '#tests/helpers/poppler.ts';

// The demo hospital with two of its specialties and three contract lineages: every kind of document and
// page, at a third of the demo's 200 pages (the unit tests share two cores with everything else).
const demo = generateSample({ size: 'demo' });
const keptSpecialties = new Set(demo.specialties.slice(0, 2).map((s) => s.id));
// 心血管内科 (assessed), 神经内科 (amended: version 2 in force) and 康复医学科 (a draft).
const keptUnits = ['心血管内科主任', '神经内科主任', '康复医学科主任'];
const keptRoots = new Set(demo.contracts.filter((c) => keptUnits.some((u) => c.title.startsWith(u))).map((c) => c.rootId));
const tables = {
  ...demo,
  specialties: demo.specialties.filter((s) => keptSpecialties.has(s.id)),
  contracts: demo.contracts.filter((c) => keptRoots.has(c.rootId)),
};
const hospital = tables.hospitals.find((h) => h.name === DEMO_HOSPITAL_NAME)!;
const specialties = tables.specialties.filter((s) => s.hospitalId === hospital.id);
const contracts = currentContracts(tables.contracts, hospital.id);
const work = mkdtempSync(join(tmpdir(), 'planner-pdf-'));
const file = join(work, 'all.pdf');
let pages: string[] = [];
const progress: [number, number][] = [];

beforeAll(async () => {
  const bytes = await buildPdf(tables, {
    hospitalId: hospital.id,
    doc: 'all',
    fonts: nodePdfFonts({ preferSystem: false }),
    onProgress: (done, total) => progress.push([done, total]),
  });
  writeFileSync(file, bytes);
  pages = poppler('pdftotext', [file, '-']).split('\f').slice(0, -1);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Index of the first page of each document: every document starts at — 1 —. */
const firstPages = () => pages.flatMap((text, i) => (/— 1 —/.test(text) ? [i] : []));

describe('PDF documents of the demo hospital', () => {
  it('is A4 throughout, portrait but for the plan’s wide annex tables, and reports progress up to the end', () => {
    const info = poppler('pdfinfo', ['-f', '1', '-l', String(pages.length), file]);
    const sizes = [...info.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map(([, w, h]) => [Number(w), Number(h)]);
    expect(sizes).toHaveLength(pages.length);
    const turned = sizes.flatMap((size, i) => (size[0]! > size[1]! ? [i] : []));
    for (const size of sizes) expect([...size].sort()).toEqual([595.28, 841.89]);
    // The demo plan's 要素需求 annex is too wide for portrait pages; the body, task sheets and contracts are not.
    expect(turned.length).toBeGreaterThan(0);
    expect(pages[turned[0]!]).toContain('要素需求');
    expect(turned.at(-1)!).toBeLessThan(firstPages()[1]!);
    expect(progress.at(-1)).toEqual([1 + specialties.length + contracts.length + 1, 1 + specialties.length + contracts.length + 1]);
  });

  it('embeds every font as a subset with a Unicode map', () => {
    const fonts = fontRows(file);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/FandolFang/);
  });

  it('holds the plan, one task sheet per specialty and one contract per director, each numbered from — 1 —', () => {
    const starts = firstPages();
    expect(starts).toHaveLength(1 + specialties.length + contracts.length);
    expect(pages[0]).toContain(`${DEMO_HOSPITAL_NAME}文件`);
    expect(pages[0]).toContain('示医发〔2024〕12号');
    for (const [i, label] of Object.values(PLAN_SECTION_LABELS).entries()) expect(pages.join('')).toContain(`${'一二三四五'[i]}、${label}`);
    for (const s of specialties) expect(pages.some((p) => p.includes(`${s.name}建设任务书`)), s.name).toBe(true);
    for (const c of contracts) expect(pages.some((p) => p.includes(c.title.slice(0, 12))), c.title).toBe(true);
    expect(pages[1]).toContain('— 2 —');
  });

  it('puts the 版记 at the foot of the plan’s last page and the signature blocks in every contract', () => {
    const planLast = pages[firstPages()[1]! - 1]!;
    expect(planLast).toMatch(/抄送：.+。/);
    expect(planLast).toMatch(/印发/);
    const contractPages = pages.slice(firstPages()[1 + specialties.length]);
    expect(contractPages.join('').match(/科主任（签字）/g)).toHaveLength(contracts.length);
  });

  it('marks an amendment and a text not yet signed under the contract title', () => {
    const titlePage = (unit: string) => pages.find((p) => p.includes(`${unit}主任任期目标责任书`))!;
    expect(keptRoots.size).toBe(3);
    expect(titlePage('心血管内科')).not.toMatch(/（.*(补充协议|草稿|送审稿)）/);
    expect(titlePage('神经内科')).toMatch(/（第2版\s补充协议）/); // pdftotext reads the 全角 space as a space
    expect(titlePage('康复医学科')).toContain('（草稿）');
  });

  it('places the text block 37 mm from the top and 28 mm from the left, page numbers 7 mm below it', () => {
    for (const [index, words] of wordBoxes(file, 2, 3).entries()) {
      const body = words.filter((w) => w.top < 262);
      expect(Math.min(...body.map((w) => w.top))).toBeCloseTo(37, 0);
      expect(Math.abs(Math.min(...body.map((w) => w.left)) - 28)).toBeLessThanOrEqual(1);
      expect(Math.max(...body.map((w) => w.bottom))).toBeLessThanOrEqual(37 + 225 + 0.5);
      const number = words.filter((w) => w.top >= 262);
      expect(number.map((w) => w.text).join('')).toBe(`—${index + 2}—`);
      expect(Math.abs(number[0]!.top - (37 + 225 + 7))).toBeLessThanOrEqual(1);
      // Page 2 is even: left-aligned one character (4号, 4.9 mm) in; page 3 is odd: right-aligned one character in.
      if (index === 0) expect(number[0]!.left).toBeCloseTo(28 + 4.94, 0);
      else expect(number.at(-1)!.right).toBeCloseTo(210 - 26 - 4.94, 0);
    }
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const lines = pages.flatMap((p) => p.split('\n')).map((l) => l.trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.filter((l) => /^[，。、；：！？）》」』】〕]/.test(l))).toEqual([]);
    expect(lines.filter((l) => /[（《「『【〔“]$/.test(l))).toEqual([]);
    expect(lines.filter((l) => /[\u4e00-\u9fff]-$/.test(l))).toEqual([]);
  });

  it('repeats a long table’s header on every page it runs onto', () => {
    const milestonePages = pages.slice(0, firstPages()[1]).filter((p) => p.includes('任务名称'));
    expect(milestonePages.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves no heading alone at the foot of a page', () => {
    const headings = new Set(Object.values(PLAN_SECTION_LABELS).map((l, i) => `${'一二三四五'[i]}、${l}`));
    for (const block of tables.plans.find((p) => p.hospitalId === hospital.id)!.sections.TASKS) if (block.type === 'heading') headings.add(block.text);
    const planPages = wordBoxes(file, 1, firstPages()[1]!);
    for (const [i, words] of planPages.entries()) {
      const body = words.filter((w) => w.top < 262);
      expect(headings.has(body.at(-1)?.text ?? ''), `page ${i + 1} ends with a heading`).toBe(false);
    }
  });
});
