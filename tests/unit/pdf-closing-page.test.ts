// Where the 版记 lands and whether its page is numbered (GB/T 9704 7.4, 7.5: the 版记 on the last page, 封四,
// which double-sided printing makes an even page; a 版记 page of its own and a blank page before it carry no
// number), with the body filled to a chosen height on a chosen page, rendered for real and read back with
// pdftotext.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { View } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE } from '#shared/export/pdf/geometry.ts';
import { OfficialDocument, OfficialPage } from '#shared/export/pdf/page.ts';
import { registerFonts } from '#shared/export/pdf/register.ts';
import { officialStyles } from '#shared/export/pdf/styles.ts';
import { PText } from '#shared/export/pdf/text.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
import { poppler } from '#tests/helpers/poppler.ts';
import { renderPdf } from '#tests/helpers/render-pdf.ts';

const styles = officialStyles(registerFonts(nodePdfFonts({ preferSystem: false })));
const work = mkdtempSync(join(tmpdir(), 'planner-closing-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const closing = { copyTo: '示例市卫生健康委员会', issuer: '示例市第一人民医院办公室', issueDate: '2024年3月1日' };

const pagesOf = (name: string, document: ReactNode) => renderPdf(document, join(work, `${name}.pdf`));

/** Full pages of body, then a line of text and a block leaving `roomLeft` points of page `lastPage`. */
function bodyEndingOn(lastPage: number, roomLeft: number) {
  const fullPages = Array.from({ length: lastPage - 1 }, (_, i) => h(View, { key: `p${i}`, style: { height: PAGE.blockHeight - 1 }, wrap: false }));
  const line = h(PText, { key: 'line', style: styles.plain }, '正文');
  const filler = h(View, { key: 'filler', style: { height: PAGE.blockHeight - roomLeft - 40 }, wrap: false });
  return [...fullPages, line, filler];
}

const numbered = (page: string | undefined, n: number) => new RegExp(`—\\s*${n}\\s*—`).test(page ?? '');

describe('版记 page and its numbering', () => {
  it('puts the 版记 under the body on a numbered last page when the body ends on an even page with room', async () => {
    const pages = await pagesOf('even-room', h(OfficialPage, { styles, closing }, ...bodyEndingOn(2, 120)));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('抄送：示例市卫生健康委员会。');
    expect(numbered(pages[1], 2)).toBe(true);
  });

  it('moves the 版记 off an odd last page onto the even page after it, unnumbered, even when there is room', async () => {
    const pages = await pagesOf('odd-room', h(OfficialPage, { styles, closing }, ...bodyEndingOn(1, 120)));
    expect(pages).toHaveLength(2);
    expect(numbered(pages[0], 1)).toBe(true);
    expect(pages[0]).not.toContain('抄送');
    expect(pages[1]).toContain('抄送：示例市卫生健康委员会。');
    expect(pages[1]).toContain('2024年3月1日印发');
    expect(numbered(pages[1], 2)).toBe(false);
  });

  it('gives a 版记 that needs a page of its own, an even one, no page number', async () => {
    const pages = await pagesOf('odd-full', h(OfficialPage, { styles, closing }, ...bodyEndingOn(3, 10)));
    expect(pages).toHaveLength(4);
    expect(numbered(pages[2], 3)).toBe(true);
    expect(pages[2]).not.toContain('抄送');
    expect(pages[3]).toContain('抄送：示例市卫生健康委员会。');
    expect(numbered(pages[3], 4)).toBe(false);
  });

  it('leaves a blank, unnumbered page when the body fills an even page, so the 版记 lands on the even page after', async () => {
    const pages = await pagesOf('even-full', h(OfficialPage, { styles, closing }, ...bodyEndingOn(2, 10)));
    expect(pages).toHaveLength(4);
    expect(numbered(pages[1], 2)).toBe(true);
    expect(pages[2]!.trim()).toBe('');
    expect(pages[3]).toContain('抄送：示例市卫生健康委员会。');
    expect(numbered(pages[3], 4)).toBe(false);
  });

  it('counts the landscape pages of a document ending on them, and closes it on an even portrait page', async () => {
    const runs = [
      { key: 'body', orientation: 'portrait' as const, children: bodyEndingOn(1, 300) },
      { key: 'annex', orientation: 'landscape' as const, children: [h(PText, { key: 'annex', style: styles.plain }, '附件1')] },
    ];
    // Body on page 1, the annex on page 2, so the 版记 needs a page 3 (odd): blank, then the 版记 on page 4.
    const pages = await pagesOf('landscape-end', h(OfficialDocument, { styles, closing, runs }));
    expect(pages).toHaveLength(4);
    expect(numbered(pages[0], 1)).toBe(true);
    expect(pages[1]).toContain('附件1');
    expect(numbered(pages[1], 2)).toBe(true);
    expect(pages[2]!.trim()).toBe('');
    expect(pages[3]).toContain('抄送：示例市卫生健康委员会。');
    expect(pages.slice(2).some((p) => /—\s*\d+\s*—/.test(p))).toBe(false);
    const info = poppler('pdfinfo', ['-f', '1', '-l', '4', join(work, 'landscape-end.pdf')]);
    const sizes = [...info.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map((m) => `${m[1]}x${m[2]}`);
    expect(sizes).toEqual(['595.28x841.89', '841.89x595.28', '595.28x841.89', '595.28x841.89']);
  });
});
