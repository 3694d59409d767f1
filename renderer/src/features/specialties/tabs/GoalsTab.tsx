import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Radio, Row, Select, Tag } from 'antd';
import { GOAL_HORIZONS, GOAL_HORIZON_LABELS, KPI_CATALOGUE, findKpi, formatPlainNumber, type Goal } from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';
import { ChildRowsTable } from '../ChildRowsTable.tsx';
import { rowFields, type ChildFields, type ChildRowsConfig } from '../childRows.ts';
import { HORIZON_OPTIONS } from '../labels.ts';

type Values = ChildFields<'goals'>;

const KPI_OPTIONS = KPI_CATALOGUE.map((k) => ({ value: k.id, label: `${k.name}${k.unit ? `（${k.unit}）` : ''}` }));
const HORIZON_COLORS: Record<Goal['horizon'], string> = { END_2025: 'volcano', Y2030: 'blue', TERM: 'default' };

/** 二 and 四.4 建设目标: 2025年末, 2030年 and the plan's own term, each optionally measured by a KPI. */
export function GoalsTab({ detail }: { detail: SpecialtyDetail }) {
  const config = useMemo(
    (): ChildRowsConfig<'goals', Values> => ({
      table: 'goals',
      noun: '建设目标',
      describe: (g) => g.statement.slice(0, 24),
      blank: () => ({ horizon: 'END_2025', statement: '', kpiId: null, targetValue: null, unit: '' }),
      toValues: rowFields,
      toFields: (v) => ({ ...v, kpiId: v.kpiId ?? null, targetValue: v.targetValue ?? null, unit: v.unit ?? '' }),
      textFields: ['statement', 'unit'],
      order: (a, b) => GOAL_HORIZONS.indexOf(a.horizon) - GOAL_HORIZONS.indexOf(b.horizon),
      columns: [
        { title: '期限', dataIndex: 'horizon', width: 96, render: (h: Goal['horizon']) => <Tag color={HORIZON_COLORS[h]}>{GOAL_HORIZON_LABELS[h]}</Tag> },
        { title: '目标内容', dataIndex: 'statement' },
        { title: '衡量指标', key: 'kpi', width: 200, render: (_, g: Goal) => (g.kpiId ? (findKpi(g.kpiId)?.name ?? g.kpiId) : '—') },
        {
          title: '目标值',
          key: 'value',
          width: 110,
          align: 'right',
          render: (_, g: Goal) => (g.targetValue === null ? '—' : `${formatPlainNumber(g.targetValue)}${g.unit}`),
        },
      ],
      fields: <GoalFields />,
    }),
    [],
  );
  return <ChildRowsTable config={config} specialtyId={detail.specialty.id} rows={detail.children.goals} />;
}

function GoalFields() {
  const form = Form.useFormInstance<Values>();
  return (
    <>
      <Form.Item name="horizon" label="目标期限" required>
        <Radio.Group optionType="button" buttonStyle="solid" options={HORIZON_OPTIONS} data-testid="goal-horizon" />
      </Form.Item>
      <Form.Item name="statement" label="目标内容" required rules={[damagedTextRule]}>
        <Input.TextArea rows={3} placeholder="如：急性心肌梗死患者死亡率降至 4% 以下" data-testid="goal-statement" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="kpiId" label="衡量指标（可选）">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={KPI_OPTIONS}
              placeholder="从指标库选择"
              onChange={(id?: string) => form.setFieldValue('unit', (id && findKpi(id)?.unit) ?? '')}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="targetValue" label="目标值">
            <InputNumber style={{ width: '100%' }} data-testid="goal-value" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="unit" label="单位" rules={[damagedTextRule]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
