import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  DIMENSION_LABELS,
  DIRECTION_ARROWS,
  contractProblems,
  describeRule,
  formatKpiValue,
  formatPlainNumber,
  goalFor,
  isContractLocked,
  termYears,
  weightTotal,
  type AnnualTarget,
  type ContractTarget,
  type DirectorContract,
} from '#shared/domain/index.ts';
import { TargetImportButton } from '#renderer/features/imports/TargetImport.tsx';
import { MeasuredInput } from '#renderer/ui/MeasuredInput.tsx';
import { TargetForm } from './TargetForm.tsx';
import { useContractActions } from './useContracts.ts';

interface TargetEditorProps {
  contract: DirectorContract;
  targets: ContractTarget[];
}

function withGoal(target: ContractTarget, year: number, value: number | null): AnnualTarget[] {
  const rest = target.annualTargets.filter((g) => g.year !== year);
  const next: AnnualTarget[] = value === null ? rest : [...rest, { kind: 'VALUE', year, value }];
  return next.sort((a, b) => a.year - b.year);
}

/** 考核指标: the target table with inline weights and annual targets, the live weight total and the problems. */
export function TargetEditor({ contract, targets }: TargetEditorProps) {
  const { message } = App.useApp();
  const actions = useContractActions();
  const locked = isContractLocked(contract);
  const [pending, setPending] = useState<Record<string, number | null>>({});
  const [editing, setEditing] = useState<ContractTarget | 'new' | null>(null);
  const { first, last } = termYears(contract.term);
  const years = useMemo(() => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i), [first, last]);

  const live = useMemo(
    () => targets.map((t) => (pending[t.id] != null ? { ...t, weight: pending[t.id]! } : t)),
    [targets, pending],
  );
  const total = weightTotal(live);
  const problems = useMemo(() => contractProblems(contract, live), [contract, live]);
  const flagged = new Set(problems.map((p) => p.targetId));
  // The weight total has its own message above the table; the list holds everything else.
  const listed = problems.filter((p) => p.code !== 'WEIGHT_SUM');
  // After the term is shortened the years beyond it have no column to clear them in: one button does it.
  const outsideTerm = problems.filter((p) => p.code === 'TARGET_OUTSIDE_TERM').length;
  const notSaved = (error: unknown) => void message.error(`未保存：${error instanceof Error ? error.message : String(error)}`);
  const removeOutsideTerm = () =>
    actions.removeGoalsOutsideTerm(contract.id).then((count) => void message.success(`已移除 ${count} 项指标中任期外的年度目标`), notSaved);

  const save = (target: ContractTarget, patch: (current: ContractTarget) => Partial<ContractTarget>) =>
    actions.patchTarget(contract.id, target.id, patch).then(() => setPending(({ [target.id]: _, ...rest }) => rest), notSaved);

  const columns: TableColumnsType<ContractTarget> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_, __, i) => i + 1 },
    {
      title: '考核指标',
      key: 'name',
      width: 220,
      render: (_, t) => (
        <span title={t.definition} style={flagged.has(t.id) ? { color: '#cf1322' } : undefined}>
          <strong style={{ fontWeight: 600 }}>{t.name}</strong> {t.kpiId === null && <Tag>自定义</Tag>}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {DIMENSION_LABELS[t.dimension]} · {DIRECTION_ARROWS[t.direction]} {t.unit || '无单位'}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: '基线',
      key: 'baseline',
      width: 140,
      render: (_, t) => (t.baseline.year === null ? <Typography.Text type="danger">未设定</Typography.Text> : `${t.baseline.year} 年 ${t.baseline.value === null ? '—' : formatKpiValue(t.baseline.value, t.unit)}`),
    },
    ...years.map((year) => ({
      title: `${year} 年目标`,
      key: `y${year}`,
      width: 104,
      render: (_: unknown, t: ContractTarget) => {
        const goal = goalFor(t, year);
        if (t.rule.kind === 'VETO') return <Typography.Text type="secondary">0 起</Typography.Text>;
        if (goal?.kind === 'RANGE' || t.direction === 'MONITOR') return goal?.kind === 'RANGE' ? `${formatPlainNumber(goal.min)}–${formatPlainNumber(goal.max)}` : '—';
        if (locked) return goal ? formatPlainNumber(goal.value) : '—';
        return (
          <MeasuredInput
            value={goal?.value ?? null}
            allowEmpty
            label={`「${t.name}」${year} 年目标`}
            testId={`goal-${t.order}-${year}`}
            onCommit={(value) => void save(t, (current) => ({ annualTargets: withGoal(current, year, value) }))}
          />
        );
      },
    })),
    {
      title: '权重',
      key: 'weight',
      width: 90,
      render: (_, t) =>
        locked || t.rule.kind === 'VETO' ? (
          t.rule.kind === 'VETO' ? <Tag color="red">否决项</Tag> : formatPlainNumber(t.weight)
        ) : (
          <MeasuredInput
            value={t.weight}
            label={`「${t.name}」的权重`}
            width={72}
            testId={`weight-${t.order}`}
            onDraft={(value) => setPending((p) => ({ ...p, [t.id]: value }))}
            onCommit={(value) => void save(t, () => ({ weight: value ?? 0 }))}
          />
        ),
    },
    { title: '计分方式', key: 'rule', ellipsis: true, render: (_, t) => <span title={describeRule(t.rule, t.unit)}>{describeRule(t.rule, t.unit)}</span> },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, t) => (
        <Flex gap={4}>
          <Button type="link" size="small" onClick={() => setEditing(t)} data-testid={`target-edit-${t.order}`}>
            {locked ? '查看' : '编辑'}
          </Button>
          {!locked && (
            <Popconfirm title={`删除指标「${t.name}」？`} okText="删除" cancelText="取消" onConfirm={() => void actions.deleteTarget(contract.id, t.id)}>
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  const ok = total === 100;
  return (
    <Card
      size="small"
      title="考核指标"
      extra={
        <Flex gap={12} align="center">
          <span data-testid="weight-total" style={{ color: ok ? '#389e0d' : '#cf1322', fontWeight: 600 }}>
            权重合计 {formatPlainNumber(total)} / 100
          </span>
          {!locked && (
            <Button icon={<PlusOutlined />} size="small" onClick={() => setEditing('new')} data-testid="target-add">
              新增指标
            </Button>
          )}
          <TargetImportButton contract={contract} targets={targets} />
        </Flex>
      }
    >
      {!locked && !ok && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="weight-message"
          title={`计分指标的权重合计为 ${formatPlainNumber(total)}，应恰好为 100（${total > 100 ? `多出 ${formatPlainNumber(total - 100)}` : `还差 ${formatPlainNumber(100 - total)}`}）；一票否决指标不计权重。`}
        />
      )}
      {!locked && listed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="contract-problems"
          title={`提交审核前${ok ? '' : '还'}需解决 ${listed.length} 个问题`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 120, overflow: 'auto' }}>
              {listed.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          }
          action={
            outsideTerm > 0 && (
              <Button size="small" onClick={() => void removeOutsideTerm()} data-testid="remove-goals-outside-term">
                移除任期外的年度目标（{outsideTerm} 项）
              </Button>
            )
          }
        />
      )}
      <Table<ContractTarget>
        data-testid="target-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={targets}
        pagination={false}
        scroll={{ x: 56 + 220 + 140 + years.length * 104 + 90 + 200 + 110 }}
      />
      {editing && (
        <TargetForm
          contract={contract}
          target={editing === 'new' ? undefined : editing}
          nextOrder={targets.reduce((m, t) => Math.max(m, t.order + 1), 0)}
          readOnly={locked}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
