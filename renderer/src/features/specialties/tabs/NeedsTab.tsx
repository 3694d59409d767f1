import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { FUNDING_SOURCES, RESOURCE_ELEMENTS, formatPlainNumber, resourceGap, type ResourceNeed } from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';
import { ChildRowsTable } from '../ChildRowsTable.tsx';
import { rowFields, type ChildFields, type ChildRowsConfig } from '../childRows.ts';
import { formatAmount, plainOptions } from '../labels.ts';
import { NotesField } from './fields.tsx';
import { BudgetSummary } from './BudgetSummary.tsx';

type Values = ChildFields<'resourceNeeds'>;

const withUnit = (n: number, r: ResourceNeed) => `${formatPlainNumber(n)}${r.unit ? ` ${r.unit}` : ''}`;

/** 四.6 要素需求: 人员、设备设施、医疗技术、药品、器械 — what the specialty has, needs, and the budget for it. */
export function NeedsTab({ detail }: { detail: SpecialtyDetail }) {
  const config = useMemo(
    (): ChildRowsConfig<'resourceNeeds', Values> => ({
      table: 'resourceNeeds',
      noun: '资源需求',
      describe: (r) => r.item,
      blank: () => ({ element: '人员', item: '', current: 0, required: 0, unit: '', budget: 0, fundingSource: '财政', year: new Date().getFullYear(), notes: '' }),
      toValues: rowFields,
      toFields: (v) => ({ ...v, unit: v.unit ?? '', notes: v.notes ?? '' }),
      textFields: ['item', 'unit', 'notes'],
      order: (a, b) => RESOURCE_ELEMENTS.indexOf(a.element) - RESOURCE_ELEMENTS.indexOf(b.element) || a.year - b.year,
      modalWidth: 720,
      columns: [
        { title: '要素', dataIndex: 'element', width: 90 },
        { title: '需求项目', dataIndex: 'item' },
        { title: '现有', key: 'current', width: 90, align: 'right', render: (_, r: ResourceNeed) => withUnit(r.current, r) },
        { title: '需求', key: 'required', width: 90, align: 'right', render: (_, r: ResourceNeed) => withUnit(r.required, r) },
        { title: '缺口', key: 'gap', width: 90, align: 'right', render: (_, r: ResourceNeed) => withUnit(resourceGap(r), r) },
        { title: '预算（万元）', dataIndex: 'budget', width: 110, align: 'right', render: (n: number) => formatAmount(n) },
        { title: '年度', dataIndex: 'year', width: 70 },
        { title: '经费来源', dataIndex: 'fundingSource', width: 84 },
      ],
      fields: <NeedFields />,
    }),
    [],
  );
  const needs = detail.children.resourceNeeds;
  return <ChildRowsTable config={config} specialtyId={detail.specialty.id} rows={needs} footer={<BudgetSummary needs={needs} />} />;
}

function NeedFields() {
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item name="element" label="要素类型" required>
          <Select options={plainOptions(RESOURCE_ELEMENTS)} data-testid="need-element" />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="item" label="需求项目" required rules={[damagedTextRule]}>
          <Input placeholder="如：数字减影血管造影机（DSA）" data-testid="need-item" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="current" label="现有数量" required>
          <InputNumber style={{ width: '100%' }} data-testid="need-current" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="required" label="需求数量" required>
          <InputNumber style={{ width: '100%' }} data-testid="need-required" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="unit" label="单位" rules={[damagedTextRule]}>
          <Input placeholder="台、人、项" />
        </Form.Item>
      </Col>
      {/* No min on the number fields: a negative entry reaches the schema, which says why it is refused. */}
      <Col span={8}>
        <Form.Item name="budget" label="预算（万元）" required>
          <InputNumber style={{ width: '100%' }} data-testid="need-budget" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="year" label="年度" required>
          <InputNumber precision={0} style={{ width: '100%' }} data-testid="need-year" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="fundingSource" label="经费来源" required>
          <Select options={plainOptions(FUNDING_SOURCES)} data-testid="need-source" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <NotesField />
      </Col>
    </Row>
  );
}
