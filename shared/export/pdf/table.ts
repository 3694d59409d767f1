import { View } from '@react-pdf/renderer';
import { PText } from './text.ts';
import { createElement as h, type ReactNode } from 'react';
import type { CellValue, TableColumn, TableView } from '#shared/export/tables/types.ts';
import { PAGE } from './geometry.ts';
import type { OfficialStyles } from './styles.ts';

const NUMERIC_KINDS = new Set<TableColumn['kind']>(['integer', 'decimal', 'percent', 'money']);

/** A cell as printed: numbers with thousands separators and the decimals their kind calls for. */
export function formatCell(value: CellValue, kind: TableColumn['kind']): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'integer':
      return Math.round(value).toLocaleString('en-US');
    case 'money':
    case 'decimal':
      return value.toLocaleString('en-US', { minimumFractionDigits: kind === 'money' ? 2 : 0, maximumFractionDigits: 2 });
    case 'percent':
      return `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
    default:
      return String(value);
  }
}

/** Column widths in points: each column's character width, scaled so the table fills the text block. */
export function columnWidths(columns: readonly TableColumn[], total = PAGE.blockWidth): number[] {
  const chars = columns.map((c) => Math.max(2, c.width ?? Math.max(4, c.label.length)));
  const sum = chars.reduce((a, b) => a + b, 0);
  return chars.map((c) => (c / sum) * total);
}

/**
 * A table as a 公文 prints it: the header row is `fixed` inside the table, so react-pdf repeats it at the top
 * of every page the table runs onto (and only those); each row is kept whole (rows are horizontal views,
 * which never split); numbers are right-aligned.
 */
export function PdfTable(props: { styles: OfficialStyles; view: TableView; caption?: string }): ReactNode {
  const { styles, view } = props;
  const widths = columnWidths(view.columns);
  // A cell is one Text carrying its own borders: half the nodes of a View around a Text, and layout time
  // grows with the node count.
  const cell = (text: string, index: number, header: boolean, numeric: boolean, key: string) =>
    h(PText, { key, style: [header ? styles.tableHeaderCell : styles.tableCell, styles.tableCellBox, { width: widths[index]!, textAlign: header ? 'center' : numeric ? 'right' : 'left' }] }, text);
  const header = h(
    View,
    { style: styles.tableHeaderRow, fixed: true, key: 'header' },
    view.columns.map((c, i) => cell(c.label, i, true, false, c.key)),
  );
  const rows = view.rows.map((row, r) =>
    h(
      View,
      { style: styles.tableRow, key: `r${r}`, wrap: false },
      view.columns.map((c, i) => cell(formatCell(row[c.key] ?? null, c.kind), i, false, NUMERIC_KINDS.has(c.kind), c.key)),
    ),
  );
  const empty = view.rows.length === 0 ? h(View, { style: styles.tableRow, key: 'empty' }, h(PText, { style: [styles.tableCell, styles.tableCellBox, { width: PAGE.blockWidth, textAlign: 'center' }] }, '（无）')) : null;
  return h(
    View,
    {},
    props.caption === undefined ? null : h(PText, { style: styles.tableCaption, minPresenceAhead: 60 }, props.caption),
    h(View, { style: styles.table }, header, ...rows, empty),
  );
}
