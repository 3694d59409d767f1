import { Table, Typography } from 'antd';
import type { CellValue, TableColumn, TableView } from '#shared/export/tables/index.ts';

const PREVIEW_ROWS = 8;

function display(value: CellValue, column: TableColumn): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (column.kind === 'percent') return `${(value * 100).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}%`;
  if (column.kind === 'money') return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  // Integer columns hold years and counts: 2025 must not read 2,025.
  if (column.kind === 'integer') return String(value);
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

const numeric = (column: TableColumn) => column.kind !== 'text' && column.kind !== 'date';

/** A table view as a small read-only table: the first rows and a count of the rest (the export has them all). */
export function TableViewPreview({ view }: { view: TableView }) {
  const rows = view.rows.slice(0, PREVIEW_ROWS).map((row, i) => ({ ...row, __key: i }));
  return (
    <>
      <Table
        size="small"
        pagination={false}
        bordered
        rowKey="__key"
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        locale={{ emptyText: `暂无${view.title}数据` }}
        columns={view.columns.map((column) => ({
          key: column.key,
          title: column.label,
          align: numeric(column) ? 'right' : 'left',
          render: (_: unknown, row: Record<string, CellValue>) => display(row[column.key] ?? null, column),
        }))}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="plan-table-count">
        {view.rows.length > PREVIEW_ROWS ? `共 ${view.rows.length} 行，此处显示前 ${PREVIEW_ROWS} 行` : `共 ${view.rows.length} 行`}
      </Typography.Text>
    </>
  );
}
