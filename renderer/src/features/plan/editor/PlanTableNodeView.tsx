import { Button, Flex, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { PLAN_TABLE_SOURCES, type PlanTableSource } from '#shared/domain/index.ts';
import { PLAN_TABLE_SOURCE_LABELS } from '../labels.ts';
import { useTablePreview } from '../tablePreviews.tsx';
import { TableViewPreview } from '../TableViewPreview.tsx';

const asSource = (value: unknown): PlanTableSource => PLAN_TABLE_SOURCES.find((s) => s === value) ?? 'specialties';

/**
 * A table block inside the editor: the source's current rows, read-only. The rows are never part of the
 * document; only the source is stored, and exports pull the same table in again.
 */
export function PlanTableNodeView({ node, editor, deleteNode, selected }: ReactNodeViewProps) {
  const source = asSource(node.attrs.source);
  const build = useTablePreview();
  const label = PLAN_TABLE_SOURCE_LABELS[source];
  return (
    <NodeViewWrapper
      className={`plan-table-block${selected ? ' is-selected' : ''}`}
      data-testid={`plan-table-${source}`}
      data-drag-handle=""
      contentEditable={false}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
        <Flex gap={8} align="center">
          <Tag color="blue">专科表格</Tag>
          <Typography.Text strong>{label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            自动引用当前数据，在对应页面修改
          </Typography.Text>
        </Flex>
        {editor.isEditable && (
          <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={deleteNode} aria-label={`删除表格「${label}」`} />
        )}
      </Flex>
      {/* The plan page shows the editors only once the previews are built (PlanPage). */}
      {build && <TableViewPreview view={build(source)} />}
    </NodeViewWrapper>
  );
}
