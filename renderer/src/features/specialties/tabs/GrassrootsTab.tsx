import { useMemo } from 'react';
import { Col, Form, Input, Row, Select } from 'antd';
import { GRASSROOTS_KINDS, GRASSROOTS_UNITS, type GrassrootsActivity } from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';
import { ChildRowsTable } from '../ChildRowsTable.tsx';
import { rowFields, type ChildFields, type ChildRowsConfig } from '../childRows.ts';
import { plainOptions } from '../labels.ts';
import { NotesField, YearValueList } from './fields.tsx';

type Values = ChildFields<'grassrootsActivities'>;

const byYear = (a: { year: number }, b: { year: number }) => a.year - b.year;

/** 四.13 支持基层: 培训、远程医疗、下沉、巡诊 for one partner, with the planned count per year. */
export function GrassrootsTab({ detail }: { detail: SpecialtyDetail }) {
  const config = useMemo(
    (): ChildRowsConfig<'grassrootsActivities', Values> => ({
      table: 'grassrootsActivities',
      noun: '基层帮扶',
      describe: (g) => `${g.kind} · ${g.partner}`,
      blank: () => ({ kind: '培训', partner: '', plannedCounts: [], notes: '' }),
      toValues: rowFields,
      toFields: (v) => ({ ...v, plannedCounts: [...(v.plannedCounts ?? [])].sort(byYear), notes: v.notes ?? '' }),
      textFields: ['partner', 'notes'],
      columns: [
        { title: '帮扶方式', dataIndex: 'kind', width: 96 },
        { title: '帮扶对象', dataIndex: 'partner', width: 220 },
        {
          title: '计划数量',
          key: 'counts',
          render: (_, g: GrassrootsActivity) =>
            g.plannedCounts.map((c) => `${c.year}年 ${c.count}${GRASSROOTS_UNITS[g.kind]}`).join('；') || '—',
        },
        {
          title: '合计',
          key: 'total',
          width: 100,
          align: 'right',
          render: (_, g: GrassrootsActivity) => `${g.plannedCounts.reduce((n, c) => n + c.count, 0)}${GRASSROOTS_UNITS[g.kind]}`,
        },
      ],
      fields: <GrassrootsFields />,
      modalWidth: 680,
    }),
    [],
  );
  return <ChildRowsTable config={config} specialtyId={detail.specialty.id} rows={detail.children.grassrootsActivities} />;
}

function GrassrootsFields() {
  const kind = Form.useWatch<Values['kind']>('kind');
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item name="kind" label="帮扶方式" required>
          <Select options={plainOptions(GRASSROOTS_KINDS)} data-testid="grassroots-kind" />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="partner" label="帮扶对象" required rules={[damagedTextRule]}>
          <Input placeholder="如：示例县人民医院（县域医共体）" data-testid="grassroots-partner" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <YearValueList name="plannedCounts" label={`计划数量（${kind ? GRASSROOTS_UNITS[kind] : '次'}）`} valueKey="count" valueLabel="计划数量" firstYear={new Date().getFullYear()} integer />
      </Col>
      <Col span={24}>
        <NotesField />
      </Col>
    </Row>
  );
}
