import { memo, useMemo } from 'react';
import { Button, Flex, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { SPECIALTY_TYPE_LABELS, hasQcOfficer } from '#shared/domain/index.ts';
import { TYPE_COLORS, formatAmount } from './labels.ts';
import type { SpecialtyRow } from './useSpecialties.ts';
import { compareText } from '#renderer/i18n/collate.ts';

interface SpecialtyTableProps {
  rows: SpecialtyRow[];
  onEdit: (row: SpecialtyRow) => void;
  onDelete: (row: SpecialtyRow) => void;
  emptyText: string;
}

const COUNT_COLUMNS = [
  { key: 'coreDiseases', title: '核心病种' },
  { key: 'goals', title: '建设目标' },
  { key: 'resourceNeeds', title: '资源需求' },
  { key: 'milestones', title: '里程碑' },
] as const;

/** 临床专科 list: one row per specialty, its 1+N group, people and how far its plan entry has got. */
export const SpecialtyTable = memo(function SpecialtyTable({ rows, onEdit, onDelete, emptyText }: SpecialtyTableProps) {
  const columns = useMemo<TableColumnsType<SpecialtyRow>>(
    () => [
      {
        title: '专科名称',
        key: 'name',
        ellipsis: true,
        sorter: (a, b) => compareText(a.specialty.name, b.specialty.name),
        render: (_, r) => (
          <Link to={`/specialties/${encodeURIComponent(r.specialty.id)}`} style={{ fontWeight: 600 }} data-testid="specialty-link">
            {r.specialty.name}
          </Link>
        ),
      },
      { title: '类型', key: 'type', width: 88, render: (_, r) => <Tag color={TYPE_COLORS[r.specialty.type]}>{SPECIALTY_TYPE_LABELS[r.specialty.type]}</Tag> },
      { title: '重大疾病领域', key: 'area', width: 112, render: (_, r) => r.areaName },
      { title: '牵头学科', key: 'lead', width: 112, ellipsis: true, render: (_, r) => r.leadName },
      {
        title: 'N',
        key: 'participants',
        width: 48,
        align: 'center',
        render: (_, r) => (
          <Tooltip title={r.participantNames.join('、') || '尚无参与学科'}>
            {r.participantNames.length === 0 ? <Tag color="red">0</Tag> : <span>{r.participantNames.length}</span>}
          </Tooltip>
        ),
      },
      { title: '负责人', key: 'head', width: 76, render: (_, r) => r.specialty.headName || <Tag color="orange">未填写</Tag> },
      {
        title: '质控专员',
        key: 'qc',
        width: 88,
        render: (_, r) => (hasQcOfficer(r.specialty) ? r.specialty.qcOfficer : <Tag color="warning" data-testid="qc-missing">未设置</Tag>),
      },
      {
        title: '病种 / 目标 / 需求 / 里程碑',
        key: 'counts',
        width: 176,
        align: 'center',
        render: (_, r) => (
          <span data-testid="specialty-counts">
            {COUNT_COLUMNS.map(({ key, title }, i) => (
              <span key={key} title={`${title} ${r.counts[key]} 条`}>
                {i > 0 && ' / '}
                {r.counts[key] === 0 ? <strong style={{ color: '#d46b08' }}>0</strong> : r.counts[key]}
              </span>
            ))}
          </span>
        ),
      },
      {
        title: '预算（万元）',
        key: 'budget',
        width: 104,
        align: 'right',
        sorter: (a, b) => a.budget - b.budget,
        render: (_, r) => formatAmount(r.budget),
      },
      {
        title: '操作',
        key: 'actions',
        width: 104,
        render: (_, r) => (
          <Flex gap={0}>
            <Button type="link" size="small" onClick={() => onEdit(r)} data-testid={`edit-${r.specialty.id}`}>
              编辑
            </Button>
            <Button type="link" size="small" danger onClick={() => onDelete(r)} data-testid={`delete-${r.specialty.id}`}>
              删除
            </Button>
          </Flex>
        ),
      },
    ],
    [onEdit, onDelete],
  );
  return (
    <Table<SpecialtyRow>
      data-testid="specialty-table"
      size="middle"
      rowKey={(r) => r.specialty.id}
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText }}
    />
  );
});
