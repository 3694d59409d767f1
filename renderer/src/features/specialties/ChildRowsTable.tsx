import { useMemo, useState, type ReactNode } from 'react';
import { App, Button, Flex, Popconfirm, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ChildTableName, SpecialtyRecord } from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import type { ChildRowsConfig } from './childRows.ts';
import { ChildRowModal } from './ChildRowModal.tsx';
import { useSpecialtyActions } from './useSpecialties.ts';

interface ChildRowsTableProps<T extends ChildTableName, V extends object> {
  config: ChildRowsConfig<T, V>;
  specialtyId: string;
  rows: SpecialtyRecord<T>[];
  /** Shown under the table (totals, links). */
  footer?: ReactNode;
  /** Shown beside the add button. */
  toolbar?: ReactNode;
}

/**
 * The one "child rows of a specialty" table every detail tab uses: the rows, an add button, 编辑/删除 per row,
 * and a dialog form whose save goes through the repository (zod messages land under the fields).
 */
export function ChildRowsTable<T extends ChildTableName, V extends object>({ config, specialtyId, rows, footer, toolbar }: ChildRowsTableProps<T, V>) {
  const { message } = App.useApp();
  const actions = useSpecialtyActions();
  const [editing, setEditing] = useState<{ row: SpecialtyRecord<T> | null } | null>(null);
  const { table, noun, describe } = config;

  const columns = useMemo<TableColumnsType<SpecialtyRecord<T>>>(
    () => [
      ...config.columns,
      {
        title: '操作',
        key: 'actions',
        width: 116,
        render: (_, row) => (
          <Flex gap={0}>
            <Button type="link" size="small" onClick={() => setEditing({ row })} data-testid={`edit-${row.id}`}>
              {COMMON.edit}
            </Button>
            <Popconfirm
              title={`删除${noun}「${describe(row)}」？`}
              okText={COMMON.delete}
              okButtonProps={{ danger: true }}
              cancelText={COMMON.cancel}
              onConfirm={() =>
                void actions.removeChild(table, row.id).then(
                  () => message.success(`已删除${noun}「${describe(row)}」`),
                  (error: unknown) => message.error(`未删除：${error instanceof Error ? error.message : String(error)}`),
                )
              }
            >
              <Button type="link" size="small" danger data-testid={`delete-${row.id}`}>
                {COMMON.delete}
              </Button>
            </Popconfirm>
          </Flex>
        ),
      },
    ],
    [config.columns, noun, describe, table, actions, message],
  );

  const { order } = config;
  const sorted = useMemo(() => (order ? [...rows].sort(order) : rows), [rows, order]);

  return (
    <div data-testid={`${table}-tab`}>
      <Flex align="center" gap={12} style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ row: null })} data-testid={`${table}-add`}>
          添加{noun}
        </Button>
        {toolbar}
        <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
          共 {rows.length} 条
        </Typography.Text>
      </Flex>
      <Table<SpecialtyRecord<T>>
        data-testid={`${table}-table`}
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={sorted}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: `尚无${noun}，点击“添加${noun}”` }}
      />
      {footer}
      {editing && <ChildRowModal config={config} specialtyId={specialtyId} row={editing.row} onClose={() => setEditing(null)} />}
    </div>
  );
}
