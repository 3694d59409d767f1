import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { QC_DIRECTIONS, QC_DIRECTION_LABELS, formatPlainNumber, type QcIndicator, type YearValue } from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';
import { ChildRowsTable } from '../ChildRowsTable.tsx';
import type { ChildFields, ChildRowsConfig } from '../childRows.ts';
import { YearValueList } from './fields.tsx';

/** The baseline is two optional numbers on the form; both empty means "not measured yet" (baseline null). */
type Values = Omit<ChildFields<'qcIndicators'>, 'baseline' | 'observations'> & { baselineYear: number | null; baselineValue: number | null };

const DIRECTION_OPTIONS = QC_DIRECTIONS.map((d) => ({ value: d, label: QC_DIRECTION_LABELS[d] }));
const byYear = (a: YearValue, b: YearValue) => a.year - b.year;
const show = (v: YearValue, unit: string) => `${v.year}年 ${formatPlainNumber(v.value)}${unit}`;

/** 四.11 质控指标: baseline and annual targets; observations are recorded on the 质控指标 page. */
export function QcTab({ detail }: { detail: SpecialtyDetail }) {
  const config = useMemo(
    (): ChildRowsConfig<'qcIndicators', Values> => ({
      table: 'qcIndicators',
      noun: '质控指标',
      describe: (q) => q.name,
      blank: () => ({ name: '', unit: '%', direction: 'UP', baselineYear: null, baselineValue: null, annualTargets: [] }),
      toValues: (q) => ({
        name: q.name, unit: q.unit, direction: q.direction, annualTargets: q.annualTargets,
        baselineYear: q.baseline?.year ?? null, baselineValue: q.baseline?.value ?? null,
      }),
      toFields: ({ baselineYear, baselineValue, ...v }, row) => ({
        ...v,
        unit: v.unit ?? '',
        annualTargets: [...(v.annualTargets ?? [])].sort(byYear),
        observations: row?.observations ?? [],
        // A half-filled baseline goes to the schema as is, so it says which number is missing.
        baseline: baselineYear == null && baselineValue == null ? null : ({ year: baselineYear, value: baselineValue } as YearValue),
      }),
      textFields: ['name', 'unit'],
      modalWidth: 680,
      columns: [
        { title: '质控指标', dataIndex: 'name' },
        { title: '方向', dataIndex: 'direction', width: 110, render: (d: QcIndicator['direction']) => QC_DIRECTION_LABELS[d] },
        { title: '基线', key: 'baseline', width: 130, render: (_, q: QcIndicator) => (q.baseline ? show(q.baseline, q.unit) : <Typography.Text type="warning">未填写</Typography.Text>) },
        {
          title: '年度目标',
          key: 'targets',
          render: (_, q: QcIndicator) => (q.annualTargets.length === 0 ? <Typography.Text type="warning">未填写</Typography.Text> : q.annualTargets.map((t) => show(t, q.unit)).join('；')),
        },
        { title: '监测值', key: 'observed', width: 80, align: 'center', render: (_, q: QcIndicator) => `${(q.observations ?? []).length} 年` },
      ],
      fields: <QcFields />,
    }),
    [],
  );
  return (
    <ChildRowsTable
      config={config}
      specialtyId={detail.specialty.id}
      rows={detail.children.qcIndicators}
      toolbar={
        <Link to="/qc" data-testid="to-qc-page">
          在 质控指标 页录入监测值、查看达标情况
        </Link>
      }
    />
  );
}

function QcFields() {
  return (
    <Row gutter={16}>
      <Col span={14}>
        <Form.Item name="name" label="质控指标名称" required rules={[damagedTextRule]}>
          <Input placeholder="如：急性心肌梗死患者院内死亡率" data-testid="qc-name" />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name="unit" label="单位" rules={[damagedTextRule]}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="direction" label="方向" required>
          <Select options={DIRECTION_OPTIONS} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="baselineYear" label="基线年份">
          <InputNumber precision={0} style={{ width: '100%' }} placeholder="如 2023" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="baselineValue" label="基线值">
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <YearValueList name="annualTargets" label="年度目标" valueKey="value" valueLabel="目标值" firstYear={new Date().getFullYear()} />
      </Col>
    </Row>
  );
}
