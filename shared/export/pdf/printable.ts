import type { CellValue, TableView } from '#shared/export/tables/types.ts';

/**
 * A table view trimmed for print: the columns a document already states elsewhere (the specialty of a task
 * sheet, the contract of a contract) and columns empty in every row are left out, since a page has no room
 * for them. Rows can be narrowed too. Values are never changed: they come from the shared view builder.
 */
export function printable(view: TableView, options: { omit?: readonly string[]; rows?: (row: Record<string, CellValue>) => boolean } = {}): TableView {
  const rows = options.rows ? view.rows.filter(options.rows) : view.rows;
  const omit = new Set(options.omit ?? []);
  const filled = (key: string) => rows.some((row) => row[key] !== null && row[key] !== undefined && row[key] !== '');
  const columns = view.columns.filter((c) => !omit.has(c.key) && (rows.length === 0 || filled(c.key)));
  return { ...view, columns, rows };
}

/** One row of a view as a two-column 项目 / 内容 table (a record's particulars on a task sheet). */
export function particulars(view: TableView, row: Record<string, CellValue> | undefined, title: string): TableView {
  return {
    id: view.id,
    title,
    columns: [
      { key: 'label', label: '项目', kind: 'text', width: 8 },
      { key: 'value', label: '内容', kind: 'text', width: 30 },
    ],
    rows: row === undefined ? [] : view.columns.filter((c) => row[c.key] !== '' && row[c.key] !== null).map((c) => ({ label: c.label, value: String(row[c.key]) })),
  };
}
