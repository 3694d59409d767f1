import { App, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { QC_DIRECTION_LABELS, QC_STATUS_LABELS, formatPlainNumber, qcYearStatus, type QcIndicator } from '#shared/domain/index.ts';
import { saveQcObservation, useDatabase } from '#renderer/db/index.ts';
import { MeasuredInput } from '#renderer/ui/MeasuredInput.tsx';
import { QC_STATUS_COLORS } from './labels.ts';
import type { QcRow } from './useQcBoard.ts';

const show = (value: number | null | undefined, unit: string) => (value === null || value === undefined ? '—' : `${formatPlainNumber(value)}${unit}`);

/** Every year of one indicator: target, observation and status, for the expanded row. */
function YearHistory({ indicator }: { indicator: QcIndicator }) {
  const years = [...new Set([...indicator.annualTargets, ...indicator.observations].map((v) => v.year))].sort((a, b) => a - b);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="year"
      dataSource={years.map((year) => qcYearStatus(indicator, year))}
      columns={[
        { title: '年度', dataIndex: 'year', width: 80 },
        { title: '年度目标', dataIndex: 'target', align: 'right', render: (v: number | null) => show(v, indicator.unit) },
        { title: '监测值', dataIndex: 'observed', align: 'right', render: (v: number | null) => show(v, indicator.unit) },
        { title: '状态', dataIndex: 'status', render: (s: QcRow['status']['status']) => <Tag color={QC_STATUS_COLORS[s]}>{QC_STATUS_LABELS[s]}</Tag> },
      ]}
    />
  );
}

/** One specialty's QC indicators in one year: baseline, the year's target, the observation (editable) and status. */
export function QcIndicatorTable({ rows, year }: { rows: QcRow[]; year: number }) {
  const db = useDatabase();
  const { message } = App.useApp();

  const record = (indicator: QcIndicator, value: number | null) =>
    saveQcObservation(db, indicator.id, year, value).then(
      () => message.success(value === null ? `已清除「${indicator.name}」${year} 年监测值` : `已记录「${indicator.name}」${year} 年监测值`),
      (error: unknown) => message.error(error instanceof Error ? error.message : String(error)),
    );

  const columns: ColumnsType<QcRow> = [
    { title: '质控指标', render: (_, r) => <Typography.Text strong>{r.indicator.name}</Typography.Text> },
    { title: '方向', width: 110, render: (_, r) => QC_DIRECTION_LABELS[r.indicator.direction] },
    {
      title: '基线',
      width: 130,
      align: 'right',
      render: (_, r) => (r.indicator.baseline ? `${show(r.indicator.baseline.value, r.indicator.unit)}（${r.indicator.baseline.year}）` : <Typography.Text type="warning">未填基线</Typography.Text>),
    },
    { title: `${year} 年目标`, width: 110, align: 'right', render: (_, r) => show(r.status.target, r.indicator.unit) },
    {
      title: `${year} 年监测值`,
      width: 140,
      render: (_, r) => (
        <MeasuredInput
          value={r.status.observed}
          label={`${year} 年监测值`}
          allowEmpty
          suffix={r.indicator.unit || undefined}
          width={120}
          testId={`qc-observed-${r.indicator.id}`}
          onCommit={(value) => void record(r.indicator, value)}
        />
      ),
    },
    {
      title: '状态',
      width: 110,
      render: (_, r) => (
        <Tag color={QC_STATUS_COLORS[r.status.status]} data-testid={`qc-status-${r.indicator.id}`}>
          {QC_STATUS_LABELS[r.status.status]}
        </Tag>
      ),
    },
  ];

  return (
    <Table<QcRow>
      size="small"
      rowKey={(r) => r.indicator.id}
      pagination={false}
      columns={columns}
      dataSource={rows}
      expandable={{ expandedRowRender: (r) => <YearHistory indicator={r.indicator} /> }}
      locale={{ emptyText: '尚未设置质控指标：请在临床专科的“质控指标”页签添加' }}
    />
  );
}
