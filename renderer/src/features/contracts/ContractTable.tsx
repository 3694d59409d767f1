import { memo, useMemo } from 'react';
import { Button, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { CONTRACT_STATUS_LABELS, SELECTION_MODE_LABELS, formatPlainNumber, type GradeScale } from '#shared/domain/index.ts';
import { STATUS_COLORS, gradeColor, shortTerm } from './labels.ts';
import type { ContractRow } from './useContracts.ts';
import { compareText } from '#renderer/i18n/collate.ts';

interface ContractTableProps {
  rows: ContractRow[];
  onOpen: (row: ContractRow) => void;
  emptyText: string;
  /** The hospital's grade bands, for the colour of the 考核等级 tag. */
  scale: GradeScale;
}


/** 目标责任书 list: one row per contract (its newest version). */
export const ContractTable = memo(function ContractTable({ rows, onOpen, emptyText, scale }: ContractTableProps) {
  const columns = useMemo<TableColumnsType<ContractRow>>(
    () => [
      {
        title: '责任单位',
        key: 'unit',
        width: 170,
        ellipsis: true,
        sorter: (a, b) => compareText(a.unitName, b.unitName),
        render: (_, r) => <strong style={{ fontWeight: 600 }}>{r.unitName}</strong>,
      },
      { title: '科主任', key: 'director', width: 100, render: (_, r) => r.latest.director.name, sorter: (a, b) => compareText(a.latest.director.name, b.latest.director.name) },
      { title: '选拔方式', key: 'mode', width: 100, render: (_, r) => SELECTION_MODE_LABELS[r.latest.selectionMode] },
      { title: '任期', key: 'term', width: 150, render: (_, r) => shortTerm(r.latest.term), sorter: (a, b) => compareText(a.latest.term.start, b.latest.term.start) },
      {
        title: '状态',
        key: 'status',
        width: 96,
        render: (_, r) => <Tag color={STATUS_COLORS[r.latest.status]}>{CONTRACT_STATUS_LABELS[r.latest.status]}</Tag>,
      },
      { title: '版本', key: 'version', width: 80, align: 'center', render: (_, r) => `第 ${r.latest.versionNo} 版` },
      {
        title: '权重合计',
        key: 'weight',
        width: 96,
        align: 'right',
        sorter: (a, b) => a.weight - b.weight,
        render: (_, r) => (
          <span style={r.weight === 100 ? undefined : { color: '#cf1322', fontWeight: 600 }} title={r.weight === 100 ? undefined : '计分指标权重合计应为 100'}>
            {formatPlainNumber(r.weight)}
          </span>
        ),
      },
      {
        title: '最近考核',
        key: 'grade',
        width: 150,
        render: (_, r) =>
          r.lastGrade ? (
            <span>
              {r.lastGrade.year} 年 <Tag color={gradeColor(r.lastGrade.grade, scale)}>{r.lastGrade.grade}</Tag>
            </span>
          ) : (
            <span style={{ color: 'rgba(0,0,0,0.45)' }}>尚未考核</span>
          ),
      },
      {
        title: '操作',
        key: 'actions',
        width: 80,
        render: (_, r) => (
          <Button type="link" size="small" onClick={() => onOpen(r)} data-testid={`open-${r.latest.rootId}`}>
            打开
          </Button>
        ),
      },
    ],
    [onOpen, scale],
  );
  return (
    <Table<ContractRow>
      data-testid="contract-table"
      size="middle"
      rowKey={(r) => r.latest.rootId}
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      onRow={(r) => ({ onDoubleClick: () => onOpen(r) })}
      locale={{ emptyText }}
    />
  );
});
