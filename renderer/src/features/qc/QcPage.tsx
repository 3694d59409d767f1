import { useState } from 'react';
import { Card, Empty, Flex, Segmented, Skeleton, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { QC_STATUS_LABELS, SPECIALTY_TYPE_LABELS, diseaseAreaName, type QcStatus } from '#shared/domain/index.ts';
import { useCurrentHospital } from '#renderer/features/hospital/useHospitals.ts';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { QcIndicatorTable } from './QcIndicatorTable.tsx';
import { QcOfficer } from './QcOfficer.tsx';
import { boardYears, defaultYear, useQcBoard, useRowsBySpecialty, type QcRow } from './useQcBoard.ts';

const SUMMARY: { status: QcStatus; color: string }[] = [
  { status: 'GREEN', color: '#389e0d' },
  { status: 'AMBER', color: '#d48806' },
  { status: 'RED', color: '#cf1322' },
  { status: 'NOT_REPORTED', color: '#8c8c8c' },
];

function StatusSummary({ rows }: { rows: QcRow[] }) {
  const count = (status: QcStatus) => rows.filter((r) => r.status.status === status).length;
  return (
    <Flex gap={16} wrap data-testid="qc-summary">
      {SUMMARY.map(({ status, color }) => (
        <Card key={status} size="small" style={{ minWidth: 150 }}>
          <Statistic title={QC_STATUS_LABELS[status]} value={count(status)} suffix="项" styles={{ content: { color } }} />
        </Card>
      ))}
    </Flex>
  );
}

/**
 * 质控指标 (四.11): each specialty's quality-and-safety indicators with baseline, the year's target, the
 * observation and a red/amber/green status; the 质控专员 is named on each specialty and can be set here.
 */
export function QcPage() {
  const hospital = useCurrentHospital();
  const board = useQcBoard(hospital?.id ?? null);
  const [chosenYear, setYear] = useState<number>();
  const years = board ? boardYears(board) : [];
  const year = chosenYear ?? (board ? defaultYear(board, years) : undefined);
  const rowsBySpecialty = useRowsBySpecialty(board, year);

  if (hospital === null) return <EmptyDatabase />;
  if (!hospital || !board) return <Skeleton active />;

  return (
    <>
      <PageHeader
        title="质控指标"
        article="四.11"
        description="各专科设置质控专员，明确医疗质量安全基线和年度目标，逐年记录监测值。达标为绿，未达标但优于基线或与目标相差 5% 以内为黄，其余为红；未填报不计为未达标。"
        extra={
          years.length > 0 && (
            <Segmented<number> data-testid="qc-year" value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y} 年` }))} />
          )
        }
      />
      {board.specialties.length === 0 ? (
        <Card>
          <Empty description="尚未建立临床专科">
            <Link to="/specialties">前往临床专科</Link>
          </Empty>
        </Card>
      ) : (
        <Flex vertical gap={16}>
          <StatusSummary rows={[...rowsBySpecialty.values()].flat()} />
          {board.specialties.map((specialty) => (
            <Card
              key={specialty.id}
              data-testid="qc-specialty"
              title={
                <Flex align="center" gap={8}>
                  <Link to={`/specialties/${encodeURIComponent(specialty.id)}?tab=qc`}>{specialty.name}</Link>
                  <Tag>{SPECIALTY_TYPE_LABELS[specialty.type]}</Tag>
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    {diseaseAreaName(specialty)}
                  </Typography.Text>
                </Flex>
              }
              extra={<QcOfficer specialty={specialty} />}
            >
              {year === undefined ? (
                <Typography.Text type="secondary">尚未设置年度目标</Typography.Text>
              ) : (
                <QcIndicatorTable rows={rowsBySpecialty.get(specialty.id) ?? []} year={year} />
              )}
            </Card>
          ))}
        </Flex>
      )}
    </>
  );
}
