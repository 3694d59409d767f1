import { useMemo } from 'react';
import { Col, Form, Input, Row, Select, Tag, type FormRule } from 'antd';
import dayjs from 'dayjs';
import {
  GOAL_HORIZON_LABELS,
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
  dateRangeProblem,
  isOverdue,
  isPointMilestone,
  type Milestone,
  type PlanPeriod,
} from '#shared/domain/index.ts';
import { milestoneFieldIssue, type SpecialtyDetail } from '#renderer/db/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';
import { ChildRowsTable } from '../ChildRowsTable.tsx';
import { rowFields, type ChildFields, type ChildRowsConfig } from '../childRows.ts';
import { DateField } from './fields.tsx';

type Values = ChildFields<'milestones'>;

const STATUS_OPTIONS = MILESTONE_STATUSES.map((s) => ({ value: s, label: MILESTONE_STATUS_LABELS[s] }));
const STATUS_COLORS: Record<Milestone['status'], string> = { PLANNED: 'default', IN_PROGRESS: 'blue', DONE: 'success', CANCELLED: 'default' };

/**
 * A date field's rule: the end not before the start, and the task inside the plan period (五.（一）), reported
 * on the field that is outside — the same sentence the repository and the readiness check use.
 */
function dateRule(field: 'start' | 'end', periods: readonly PlanPeriod[]): FormRule {
  return ({ getFieldValue }) => ({
    validator: () => {
      const m = { title: (getFieldValue('title') as string) || '该任务', start: getFieldValue('start') as string, end: getFieldValue('end') as string };
      if (!m.start || !m.end) return Promise.resolve();
      const range = field === 'end' ? dateRangeProblem(m.start, m.end) : null;
      const issue = milestoneFieldIssue(m, periods);
      const message = range ?? (issue?.field === field ? issue.message : null);
      return message ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  });
}

/** 里程碑 (五.（一）): tasks with dates, owner, finish-to-start dependencies, status and the goal they serve. */
export function MilestonesTab({ detail }: { detail: SpecialtyDetail }) {
  const { goals, milestones } = detail.children;
  const { periods } = detail;
  const config = useMemo((): ChildRowsConfig<'milestones', Values> => {
    const goalText = new Map(goals.map((g) => [g.id, `${GOAL_HORIZON_LABELS[g.horizon]}：${g.statement}`]));
    const titles = new Map(milestones.map((m) => [m.id, m.title]));
    const today = dayjs().format('YYYY-MM-DD');
    return {
      table: 'milestones',
      noun: '里程碑',
      describe: (m) => m.title,
      blank: () => ({ title: '', start: '', end: '', owner: '', dependsOn: [], status: 'PLANNED', goalId: null }),
      toValues: rowFields,
      toFields: (v) => ({ ...v, owner: v.owner ?? '', dependsOn: v.dependsOn ?? [], goalId: v.goalId ?? null }),
      textFields: ['title', 'owner'],
      order: (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
      columns: [
        { title: '任务', dataIndex: 'title', render: (t: string, m: Milestone) => (isPointMilestone(m) ? <span>◆ {t}</span> : t) },
        { title: '开始', dataIndex: 'start', width: 104 },
        { title: '结束', dataIndex: 'end', width: 104 },
        { title: '负责人', dataIndex: 'owner', width: 84 },
        {
          title: '状态',
          key: 'status',
          width: 130,
          render: (_, m: Milestone) => (
            <>
              <Tag color={STATUS_COLORS[m.status]}>{MILESTONE_STATUS_LABELS[m.status]}</Tag>
              {isOverdue(m, today) && <Tag color="red">已逾期</Tag>}
            </>
          ),
        },
        { title: '前置任务', key: 'deps', width: 160, ellipsis: true, render: (_, m: Milestone) => m.dependsOn.map((id) => titles.get(id) ?? '（已删除）').join('、') || '—' },
        { title: '关联目标', key: 'goal', width: 200, ellipsis: true, render: (_, m: Milestone) => (m.goalId ? (goalText.get(m.goalId) ?? '—') : '—') },
      ],
      fields: <MilestoneFields periods={periods} goalText={goalText} titles={titles} />,
      modalWidth: 720,
    };
  }, [goals, milestones, periods]);
  return <ChildRowsTable config={config} specialtyId={detail.specialty.id} rows={milestones} />;
}

interface MilestoneFieldsProps {
  periods: readonly PlanPeriod[];
  goalText: Map<string, string>;
  titles: Map<string, string>;
}

function MilestoneFields({ periods, goalText, titles }: MilestoneFieldsProps) {
  const period = periods.map((p) => `${p.startYear}–${p.endYear} 年`).join('、');
  return (
    <Row gutter={16}>
      <Col span={16}>
        <Form.Item name="title" label="任务名称" required rules={[damagedTextRule]}>
          <Input placeholder="如：通过省级临床重点专科评审" data-testid="milestone-title" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="owner" label="负责人" rules={[damagedTextRule]}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="start" label="开始日期" required dependencies={['end']} rules={[dateRule('start', periods)]} extra={period ? `规划期 ${period}` : undefined}>
          <DateField testId="milestone-start" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="end" label="结束日期" required dependencies={['start']} rules={[dateRule('end', periods)]} extra="与开始日期相同即为里程碑节点">
          <DateField testId="milestone-end" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="status" label="状态" required>
          <Select options={STATUS_OPTIONS} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="goalId" label="关联建设目标">
          <Select allowClear options={[...goalText].map(([value, label]) => ({ value, label }))} placeholder="不关联" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="dependsOn" label="前置任务（结束后才能开始）">
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={[...titles].map(([value, label]) => ({ value, label }))} placeholder="无" />
        </Form.Item>
      </Col>
    </Row>
  );
}
