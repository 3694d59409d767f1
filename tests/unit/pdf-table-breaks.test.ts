// A table that ends near a page foot, rendered for real with the body filled to a range of heights and read
// back with pdftotext: the space after the table never takes a repeated header row onto a page of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE } from '#shared/export/pdf/geometry.ts';
import { OfficialPage } from '#shared/export/pdf/page.ts';
import { registerFonts } from '#shared/export/pdf/register.ts';
import { officialStyles } from '#shared/export/pdf/styles.ts';
import { PdfTable } from '#shared/export/pdf/table.ts';
import { PText } from '#shared/export/pdf/text.ts';
import type { TableView } from '#shared/export/tables/types.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
import { renderPdf } from '#tests/helpers/render-pdf.ts';

const styles = officialStyles(registerFonts(nodePdfFonts({ preferSystem: false })));
const work = mkdtempSync(join(tmpdir(), 'planner-table-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const view: TableView = {
  id: 'goals',
  title: '建设目标',
  columns: [
    { key: 'name', label: '目标名称', kind: 'text', width: 20 },
    { key: 'value', label: '目标值', kind: 'decimal', width: 8 },
  ],
  rows: [1, 2, 3].map((n) => ({ name: `第${n}项目标`, value: n })),
};

function pagesWithRoom(room: number): Promise<string[]> {
  const filler = h(View, { style: { height: PAGE.blockHeight - room }, wrap: false });
  const after = h(PText, { style: styles.plain }, '表后正文。');
  return renderPdf(h(OfficialPage, { styles }, filler, h(PdfTable, { styles, view }), after), join(work, `room-${room}.pdf`));
}

describe('a table ending near the foot of a page', () => {
  it('never leaves a repeated header row without a row under it', async () => {
    // The table is about 80 pt high and 15 pt of space follows it: these rooms end it at every point of the
    // last rows and of that space, 3 pt apart.
    for (let room = 60; room <= 110; room += 3) {
      const pages = await pagesWithRoom(room);
      for (const [i, page] of pages.entries()) {
        if (!page.includes('目标名称')) continue;
        expect(page, `room ${room} pt, page ${i + 1}`).toMatch(/第\d项目标/);
      }
      expect(pages.join('')).toContain('第3项目标');
    }
  });
});
