import { useMemo, useState } from 'react';
import { App, Button, Card, Flex, Input, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  KPI_BY_ID,
  assessContract,
  formatKpiValue,
  formatPlainNumber,
  assessmentYears,
  latestReportedYear,
  type Actual,
  type ContractVersion,
  type DirectorContract,
  type QualitativeScore,
  type TargetScore,
} from '#shared/domain/index.ts';
import { useContractFilters } from '#renderer/stores/contractFilters.ts';
import { useGradeScale } from '#renderer/features/hospital/useHospitals.ts';
import { gradeColor } from './labels.ts';
import { MeasuredInput } from '#renderer/ui/MeasuredInput.tsx';
import { ActualImportButton } from '#renderer/features/imports/ActualImport.tsx';
import { QualitativeModal } from './QualitativeModal.tsx';
import { TrendChart, hasTrend } from './TrendChart.tsx';
import { useContractActions, versionOfYear } from './useContracts.ts';

interface AssessmentPanelProps {
  /** Every version ever signed, oldest first: each year is scored by the one signed by then (versionForYear). */
  versions: ContractVersion[];
  actuals: Actual[];
  qualitative: QualitativeScore[];
}

const STATUS_TAGS: Record<TargetScore['status'], { color: string; text: string } | null> = {
  SCORED: null,
  MISSING: { color: 'default', text: '未填报' },
  PENDING_QUALITATIVE: { color: 'gold', text: '待评分' },
  NO_TARGET: { color: 'orange', text: '无年度目标' },
  VETOED: { color: 'red', text: '一票否决' },
  VETO_CLEAR: { color: 'green', text: '未触发' },
};

/** The latest year with an entered value, else last year (what an office assesses in spring), within the years offered. */
function defaultYear(contract: DirectorContract, years: number[], actuals: Actual[]): number {
  const wanted = latestReportedYear(contract, actuals) ?? new Date().getFullYear() - 1;
  return Math.min(Math.max(wanted, years[0]!), years[years.length - 1]!);
}

const isDrg = (kpiId: string | null) => kpiId !== null && KPI_BY_ID.get(kpiId)?.drg === true;

/** 年度考核: actuals per target, per-target score with its reason, veto, total and grade; a trend per KPI. */
export function AssessmentPanel({ versions, actuals, qualitative }: AssessmentPanelProps) {
  const { message } = App.useApp();
  const actions = useContractActions();
  const { operator, setOperator } = useContractFilters();
  const newest = versions.at(-1)!.contract;
  const years = assessmentYears(newest);
  const [year, setYear] = useState(() => defaultYear(newest, years, actuals));
  const version = versionOfYear(versions, year);
  const { contract, targets } = version;
  const [drgVersion, setDrgVersion] = useState('CHS-DRG 2.0');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [scoring, setScoring] = useState<TargetScore | null>(null);

  const scale = useGradeScale(contract.hospitalId);
  const result = useMemo(() => assessContract(contract, targets, actuals, year, scale, qualitative), [contract, targets, actuals, year, scale, qualitative]);
  // The chart opens on the first measured KPI, so the trend is there before anyone clicks.
  const selected = targets.find((t) => t.key === selectedKey) ?? targets.find(hasTrend);

  const enter = async (score: TargetScore, value: number | null) => {
    if (value === null) return;
    const by = operator.trim();
    if (!by) return void message.error('请先在上方填写“当前用户”（填报人）');
    const drg = isDrg(score.target.kpiId);
    if (drg && !drgVersion.trim()) return void message.error(`「${score.target.name}」取自 DRG 系统，请先填写 DRG 版本/参考集`);
    await actions.saveActual({
      contractRootId: contract.rootId,
      targetKey: score.target.key,
      year,
      value,
      source: drg ? 'DRG_SYSTEM' : 'MANUAL',
      enteredBy: by,
      enteredAt: new Date().toISOString(),
      drgVersion: drg ? drgVersion.trim() : null,
      note: '',
    });
  };

  const columns: TableColumnsType<TargetScore> = [
    {
      title: '考核指标',
      key: 'name',
      width: 220,
      render: (_, s) =>
        hasTrend(s.target) ? (
          <a onClick={() => setSelectedKey(s.target.key)} style={{ fontWeight: s.target.key === selected?.key ? 600 : undefined }} title="查看趋势">
            {s.target.name}
          </a>
        ) : (
          s.target.name
        ),
    },
    {
      title: `${year} 年目标`,
      key: 'goal',
      width: 120,
      render: (_, s) =>
        s.target.rule.kind === 'VETO' ? '不发生' : s.goal ? (s.goal.kind === 'VALUE' ? formatKpiValue(s.goal.value, s.target.unit) : `${formatPlainNumber(s.goal.min)}–${formatKpiValue(s.goal.max, s.target.unit)}`) : '—',
    },
    {
      title: '实际值',
      key: 'actual',
      width: 150,
      render: (_, s) =>
        s.target.rule.kind === 'QUALITATIVE' ? (
          <Button size="small" onClick={() => setScoring(s)} data-testid={`qualitative-${s.target.order}`}>
            {s.qualitative ? '修改评分' : '评分'}
          </Button>
        ) : (
          <MeasuredInput
            key={`${s.target.key}-${year}`}
            value={s.actual?.value ?? null}
            label={s.target.rule.kind === 'VETO' ? '发生起数' : '实际值'}
            testId={`actual-${s.target.order}`}
            width={110}
            suffix={s.target.unit && s.target.unit.length <= 3 ? s.target.unit : undefined}
            onCommit={(v) => void enter(s, v)}
          />
        ),
    },
    {
      title: '得分',
      key: 'points',
      width: 96,
      align: 'right',
      render: (_, s) => {
        const tag = STATUS_TAGS[s.status];
        return tag ? <Tag color={tag.color}>{tag.text}</Tag> : <strong>{s.points!.toFixed(2)}</strong>;
      },
    },
    { title: '权重', key: 'weight', width: 64, align: 'right', render: (_, s) => (s.target.rule.kind === 'VETO' ? '—' : formatPlainNumber(s.target.weight)) },
    { title: '计分说明', key: 'reason', render: (_, s) => <Typography.Text type={s.status === 'SCORED' ? undefined : 'secondary'}>{s.reason}</Typography.Text> },
  ];

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex gap={16} align="center" wrap>
          <Segmented value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y} 年` }))} data-testid="assessment-year" />
          <Input style={{ width: 220 }} prefix={<Typography.Text type="secondary">当前用户</Typography.Text>} value={operator} onChange={(e) => setOperator(e.target.value)} aria-label="当前用户" />
          <Input style={{ width: 260 }} prefix={<Typography.Text type="secondary">DRG 版本</Typography.Text>} value={drgVersion} onChange={(e) => setDrgVersion(e.target.value)} aria-label="DRG 版本" />
          <ActualImportButton version={version} operator={operator} drgVersion={drgVersion} />
        </Flex>
        <Flex gap={32} align="center" wrap style={{ marginTop: 16 }}>
          <Statistic title={`${year} 年总分`} value={result.total.toFixed(2)} data-testid="assessment-total" />
          <div data-testid="assessment-grade">
            <Typography.Text type="secondary">等级</Typography.Text>
            <div style={{ fontSize: 22 }}>
              {result.grade ? <Tag color={gradeColor(result.grade, scale)} style={{ fontSize: 18, padding: '4px 10px' }}>{result.grade}</Tag> : <Typography.Text type="secondary">未完成</Typography.Text>}
            </div>
          </div>
          {versions.length > 1 && (
            <Tag data-testid="assessment-version" title="每年按当年年底前签署的最新版本考核">
              按第 {contract.versionNo} 版考核
            </Tag>
          )}
          <Typography.Text type={result.vetoed ? 'danger' : 'secondary'} data-testid="assessment-summary">
            {result.vetoed
              ? '触发一票否决：本年度考核不合格'
              : result.complete
                ? '全部指标已计分'
                : `未填报 ${result.missing} 项${result.pending ? `，待定性评分 ${result.pending} 项` : ''}${result.noTarget ? `，缺年度目标 ${result.noTarget} 项` : ''}；全部完成后给出等级（未填报不按 0 分计）`}
          </Typography.Text>
        </Flex>
      </Card>
      <Table<TargetScore>
        size="small"
        data-testid="assessment-table"
        rowKey={(s) => s.target.id}
        columns={columns}
        dataSource={result.perTarget}
        pagination={false}
        onRow={(s) => ({ onClick: () => hasTrend(s.target) && setSelectedKey(s.target.key) })}
      />
      <TrendChart versions={versions} targetKey={selected?.key} actuals={actuals} />
      {scoring && (
        <QualitativeModal
          target={scoring.target}
          year={year}
          current={scoring.qualitative}
          onClose={() => setScoring(null)}
          onSave={async (points, reason) => {
            const by = operator.trim() || contract.hospitalSide;
            await actions.saveQualitative({ contractRootId: contract.rootId, targetKey: scoring.target.key, year, points, reason, assessedBy: by, assessedAt: new Date().toISOString() });
          }}
        />
      )}
    </Flex>
  );
}
