// Where the 版记 lands and whether its page is numbered (GB/T 9704 7.5), with the body filled to a chosen
// height, rendered for real and read back with pdftotext.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, pdf, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE } from '#shared/export/pdf/geometry.ts';
import { OfficialPage } from '#shared/export/pdf/page.ts';
import { registerFonts } from '#shared/export/pdf/register.ts';
import { officialStyles } from '#shared/export/pdf/styles.ts';
import { PText } from '#shared/export/pdf/text.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
import { poppler } from '#tests/helpers/poppler.ts';

const styles = officialStyles(registerFonts(nodePdfFonts({ preferSystem: false })));
const work = mkdtempSync(join(tmpdir(), 'planner-closing-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A one-document PDF whose body is a line of text and a block leaving `roomLeft` points of the first page. */
async function pagesWithRoom(roomLeft: number): Promise<string[]> {
  const line = h(PText, { style: styles.plain }, '正文');
  const filler = h(View, { style: { height: PAGE.blockHeight - roomLeft - 40 }, wrap: false });
  const closing = { copyTo: '示例市卫生健康委员会', issuer: '示例市第一人民医院办公室', issueDate: '2024年3月1日' };
  const bytes = await pdf(h(Document, {}, h(OfficialPage, { styles, closing }, line, filler))).toBuffer();
  const file = join(work, `room-${roomLeft}.pdf`);
  const chunks: Buffer[] = [];
  for await (const chunk of bytes) chunks.push(Buffer.from(chunk as Uint8Array));
  writeFileSync(file, Buffer.concat(chunks));
  return poppler('pdftotext', [file, '-']).split('\f').slice(0, -1);
}

describe('版记 page numbering', () => {
  it('puts the 版记 under the body on a numbered last page when there is room', async () => {
    const pages = await pagesWithRoom(120);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('抄送：示例市卫生健康委员会。');
    expect(pages[0]).toContain('— 1 —');
  });

  it('gives a 版记 that needs a page of its own no page number', async () => {
    const pages = await pagesWithRoom(10);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('— 1 —');
    expect(pages[0]).not.toContain('抄送');
    expect(pages[1]).toContain('抄送：示例市卫生健康委员会。');
    expect(pages[1]).not.toMatch(/—\s*2\s*—/);
  });
});
