import { View } from '@react-pdf/renderer';
import { PText } from './text.ts';
import { createElement as h, type ReactNode } from 'react';
import type { CellValue, TableColumn, TableView } from '#shared/export/tables/types.ts';
import { PAGE, TABLE_SIZE } from './geometry.ts';
import type { OfficialStyles } from './styles.ts';

const NUMERIC_KINDS = new Set<TableColumn['kind']>(['integer', 'decimal', 'percent', 'money']);

/** A cell as printed: numbers without grouping (years and counts read as written), money with two decimals. */
export function formatCell(value: CellValue, kind: TableColumn['kind']): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'integer':
      return String(Math.round(value));
    case 'money':
      return value.toFixed(2);
    case 'percent':
      return `${Math.round(value * 100) / 100}%`;
    default:
      return String(Math.round(value * 10_000) / 10_000);
  }
}

/** Width of a string in ems: Han and full-width characters one, everything else about half. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.55;
  return ems;
}

const CELL_PADDING_EMS = 0.6;
/** No column is narrower than two characters, so a header wraps no narrower than 2 字. */
const MIN_COLUMN_EMS = 2 + CELL_PADDING_EMS;

export interface ColumnLayout {
  /** Column widths in points, adding up to the width given. */
  widths: number[];
  /**
   * The share of the width they ask for that the text columns get once numbers, dates and short codes have
   * theirs: 1 when everything fits, 0 when those alone overfill the width.
   */
  textShare: number;
}

/**
 * Column widths in points. Numbers, dates and short codes get the width of their longest value, so they never
 * wrap; the rest of the block goes to text columns in proportion to the width their view asks for (at least
 * two characters each). A table narrower than the block is widened.
 */
export function layoutColumns(columns: readonly TableColumn[], rows: readonly Record<string, CellValue>[], fontSize: number, total = PAGE.blockWidth): ColumnLayout {
  const totalEms = total / fontSize;
  const longest = columns.map((c) => Math.max(0, ...rows.map((r) => textEms(formatCell(r[c.key] ?? null, c.kind)))) + CELL_PADDING_EMS);
  const rigid = columns.map((c, i) => NUMERIC_KINDS.has(c.kind) || c.kind === 'date' || longest[i]! <= 4.6);
  const wanted = columns.map((c, i) => (rigid[i] ? Math.max(longest[i]!, MIN_COLUMN_EMS) : Math.max(MIN_COLUMN_EMS, Math.min(c.width ?? 10, longest[i]!))));
  const rigidEms = wanted.reduce((sum, w, i) => sum + (rigid[i] ? w : 0), 0);
  const flexEms = wanted.reduce((sum, w, i) => sum + (rigid[i] ? 0 : w), 0);
  const room = totalEms - rigidEms;
  const scale = flexEms === 0 ? 1 : Math.max(room, 0) / flexEms;
  const ems = wanted.map((w, i) => (rigid[i] ? w : Math.max(MIN_COLUMN_EMS, w * scale)));
  const sum = ems.reduce((a, b) => a + b, 0);
  return { widths: ems.map((e) => (e / sum) * total), textShare: room < 0 ? 0 : Math.min(1, scale) };
}

/**
 * Below this share of the width they ask for, a table's text columns wrap into columns of a few characters
 * (three, four lines a cell) and the table reads better on a landscape page, whose block is 225 mm wide
 * instead of 156.
 */
const LANDSCAPE_BELOW_SHARE = 0.5;

/**
 * Whether a table is too wide for a portrait page: laid out on the portrait block at the table size, its text
 * columns would get less than half the width their content asks for (their longest value, up to the width the
 * view gives the column), or its numbers and dates alone would not fit.
 */
export function isTooWideForPortrait(view: TableView): boolean {
  return layoutColumns(view.columns, view.rows, TABLE_SIZE).textShare < LANDSCAPE_BELOW_SHARE;
}

/**
 * A table as a 公文 prints it: the header row is `fixed` inside the table, so react-pdf repeats it at the top
 * of every page the table runs onto (and only those); each row is kept whole (rows are horizontal views,
 * which never split); numbers are right-aligned.
 *
 * The table's rules belong to its cells: a border on the table's own box would run on to the foot of every
 * page the table breaks on (react-pdf stretches a broken box to the page end), past the last row. The space
 * after the table is the last row's margin, so it moves with that row: a margin of the table's own would be
 * carried to the next page when it does not fit, with a repeated header row and nothing under it.
 */
export function PdfTable(props: { styles: OfficialStyles; view: TableView; caption?: string; width?: number }): ReactNode {
  const { styles, view, width = PAGE.blockWidth } = props;
  const { widths } = layoutColumns(view.columns, view.rows, TABLE_SIZE, width);
  // A cell is one Text carrying its own borders: half the nodes of a View around a Text, and layout time
  // grows with the node count.
  const cell = (text: string, index: number, header: boolean, numeric: boolean, key: string) => {
    const box = index === 0 ? [styles.tableCellBox, styles.tableFirstCell] : [styles.tableCellBox];
    return h(PText, { key, style: [header ? styles.tableHeaderCell : styles.tableCell, ...box, { width: widths[index]!, textAlign: header ? 'center' : numeric ? 'right' : 'left' }] }, text);
  };
  const header = h(
    View,
    { style: styles.tableHeaderRow, fixed: true, key: 'header' },
    view.columns.map((c, i) => cell(c.label, i, true, false, c.key)),
  );
  const rows = view.rows.map((row, r) =>
    h(
      View,
      { style: r === view.rows.length - 1 ? [styles.tableRow, styles.tableLastRow] : styles.tableRow, key: `r${r}`, wrap: false },
      view.columns.map((c, i) => cell(formatCell(row[c.key] ?? null, c.kind), i, false, NUMERIC_KINDS.has(c.kind), c.key)),
    ),
  );
  const empty =
    view.rows.length === 0
      ? h(View, { style: [styles.tableRow, styles.tableLastRow], key: 'empty' }, h(PText, { style: [styles.tableCell, styles.tableCellBox, styles.tableFirstCell, { width, textAlign: 'center' }] }, '（无）'))
      : null;
  return h(
    View,
    {},
    props.caption === undefined ? null : h(PText, { style: styles.tableCaption, minPresenceAhead: 60 }, props.caption),
    h(View, { style: styles.table }, header, ...rows, empty),
  );
}
