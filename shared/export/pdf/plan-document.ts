import { View } from '@react-pdf/renderer';
import { PText } from './text.ts';
import { createElement as h, type ReactNode } from 'react';
import type { Hospital } from '#shared/domain/hospital.ts';
import { PLAN_SECTION_LABELS, PLAN_SECTIONS } from '#shared/domain/specialties/enums.ts';
import { PLAN_TABLE_SOURCES, type Plan, type PlanTableSource } from '#shared/domain/specialties/plan.ts';
import type { TableView } from '#shared/export/tables/types.ts';
import { chineseNumeral, heading, planBlocks } from './blocks.ts';
import { LANDSCAPE, PAGE } from './geometry.ts';
import { OfficialDocument, type Orientation, type PageRun } from './page.ts';
import type { OfficialStyles } from './styles.ts';
import { printable } from './printable.ts';
import { isTooWideForPortrait, PdfTable } from './table.ts';

/** 成文日期 in Arabic numerals without leading zeros: 2024年1月8日. A draft without a date leaves blanks. */
export function documentDate(iso: string | null): string {
  // Blanks to write the date in by hand; full-width spaces, since the layout drops runs of ASCII spaces.
  if (iso === null) return '\u3000\u3000年\u3000\u3000月\u3000\u3000日';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export interface PlanDocumentInput {
  styles: OfficialStyles;
  hospital: Hospital;
  plan: Plan;
  table: (source: PlanTableSource) => TableView;
}

/** The tables the body does not quote, printed after it as numbered annexes (附件) of the plan. */
export function annexSources(plan: Plan): PlanTableSource[] {
  const quoted = new Set(PLAN_SECTIONS.flatMap((key) => plan.sections[key].flatMap((b) => (b.type === 'table' ? [b.source] : []))));
  return PLAN_TABLE_SOURCES.filter((source) => !quoted.has(source));
}

/**
 * 规划正文 as a 公文: 版头 (发文机关标志 in red, 发文字号 with 〔〕, the red rule), 2号小标宋 title, the five
 * sections under 一、… headings, the 附件 list, the issuer and 成文日期, the annex tables on their own pages
 * (landscape pages for a table too wide for portrait), and the 版记 on the last page.
 */
export function PlanDocument(input: PlanDocumentInput): ReactNode {
  const { styles, hospital, plan } = input;
  const issuer = plan.issuingOrgan || hospital.name;
  const table = (source: PlanTableSource) => printable(input.table(source));
  const annexes = annexSources(plan).map(table);
  const body = PLAN_SECTIONS.flatMap((key, i) => [
    heading(styles, 1, `${chineseNumeral(i + 1)}、${PLAN_SECTION_LABELS[key]}`, `h${key}`),
    ...planBlocks(styles, plan.sections[key], (block) => table(block.source), key),
  ]);
  const runs: PageRun[] = [
    {
      key: 'body',
      orientation: 'portrait',
      children: [
        h(PText, { key: 'masthead', style: styles.masthead }, `${issuer}文件`),
        plan.docNumber ? h(PText, { key: 'docNumber', style: styles.docNumber }, plan.docNumber) : null,
        h(View, { key: 'rule', style: styles.redRule }),
        h(PText, { key: 'title', style: styles.title }, plan.title),
        ...body,
        annexes.length > 0 ? annexList(styles, annexes) : null,
        h(View, { key: 'issuer', style: { marginTop: 28 }, wrap: false }, h(PText, { style: styles.signature }, issuer), h(PText, { style: styles.signature }, documentDate(plan.issueDate))),
      ],
    },
  ];
  annexes.forEach((view, i) => {
    const orientation: Orientation = isTooWideForPortrait(view) ? 'landscape' : 'portrait';
    const page = annexPage(styles, view, i + 1, orientation);
    const last = runs.at(-1)!;
    if (last.orientation === orientation) last.children.push(page);
    else runs.push({ key: `annex${i + 1}`, orientation, children: [page] });
  });
  return h(OfficialDocument, {
    styles,
    closing: { copyTo: `${hospital.city}卫生健康委员会`, issuer: `${issuer}办公室`, issueDate: documentDate(plan.issueDate) },
    runs,
  });
}

/** 附件N, its title and its table, from the top of a page of the given orientation. */
function annexPage(styles: OfficialStyles, view: TableView, n: number, orientation: Orientation): ReactNode {
  return h(
    View,
    { key: `annex${n}`, break: true },
    h(PText, { style: styles.annexLabel }, `附件${n}`),
    h(PText, { style: styles.annexTitle }, view.title),
    h(PdfTable, { styles, view, width: orientation === 'portrait' ? PAGE.blockWidth : LANDSCAPE.blockWidth }),
  );
}

/** 附件：1. … under the body, one character in, each further line aligned under the first title. */
function annexList(styles: OfficialStyles, annexes: TableView[]): ReactNode {
  return h(
    View,
    { key: 'annexList', style: { marginTop: 28 }, wrap: false },
    annexes.map((view, i) => h(PText, { key: view.id, style: [styles.plain, { paddingLeft: i === 0 ? 32 : 32 + 48 }] }, `${i === 0 ? '附件：' : ''}${i + 1}. ${view.title}`)),
  );
}
