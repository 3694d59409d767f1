import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Row, Select, Tag } from 'antd';
import { MINIMALLY_INVASIVE_SUBTYPES, TECHNOLOGY_STAGES, TECHNOLOGY_TYPES, type TechnologyProject } from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';
import { ChildRowsTable } from '../ChildRowsTable.tsx';
import { rowFields, type ChildFields, type ChildRowsConfig } from '../childRows.ts';
import { plainOptions } from '../labels.ts';
import { NotesField } from './fields.tsx';

type Values = ChildFields<'technologyProjects'>;

const TYPE_HINTS: Record<TechnologyProject['type'], string> = {
  微创: '内镜、介入、局部微创（含改良外科手术方式）',
  新诊疗模式: '如术中放疗、术中化疗、杂交手术',
  前沿技术: '前沿医疗技术的研究与临床应用',
  成果转化: '科技成果转化与推广',
};

/** 四.10 技术项目: 微创 (with its subtype), 新诊疗模式, 前沿技术, 成果转化, and the stage each has reached. */
export function TechnologyTab({ detail }: { detail: SpecialtyDetail }) {
  const config = useMemo(
    (): ChildRowsConfig<'technologyProjects', Values> => ({
      table: 'technologyProjects',
      noun: '技术项目',
      describe: (t) => t.name,
      blank: () => ({ name: '', type: '微创', subtype: '内镜', stage: '规划', year: null, notes: '' }),
      toValues: rowFields,
      // Only 微创 has a subtype: switching type away from it drops the subtype instead of failing the schema.
      toFields: (v) => ({ ...v, subtype: v.type === '微创' ? (v.subtype ?? null) : null, year: v.year ?? null, notes: v.notes ?? '' }),
      textFields: ['name', 'notes'],
      order: (a, b) => TECHNOLOGY_TYPES.indexOf(a.type) - TECHNOLOGY_TYPES.indexOf(b.type),
      columns: [
        { title: '技术项目', dataIndex: 'name' },
        {
          title: '类型',
          key: 'type',
          width: 150,
          render: (_, t: TechnologyProject) => (
            <>
              <Tag color="cyan">{t.type}</Tag>
              {t.subtype && <Tag>{t.subtype}</Tag>}
            </>
          ),
        },
        { title: '阶段', dataIndex: 'stage', width: 80 },
        { title: '年度', dataIndex: 'year', width: 80, render: (y: number | null) => y ?? '—' },
        { title: '说明', dataIndex: 'notes', ellipsis: true },
      ],
      fields: <TechnologyFields />,
    }),
    [],
  );
  return <ChildRowsTable config={config} specialtyId={detail.specialty.id} rows={detail.children.technologyProjects} />;
}

function TechnologyFields() {
  const type = Form.useWatch<Values['type']>('type');
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name="name" label="技术项目名称" required rules={[damagedTextRule]}>
          <Input placeholder="如：经导管主动脉瓣置换术（TAVR）" data-testid="tech-name" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="type" label="技术类型" required extra={type ? TYPE_HINTS[type] : undefined}>
          <Select options={plainOptions(TECHNOLOGY_TYPES)} data-testid="tech-type" />
        </Form.Item>
      </Col>
      <Col span={12}>
        {type === '微创' && (
          <Form.Item name="subtype" label="微创类别" required>
            <Select options={plainOptions(MINIMALLY_INVASIVE_SUBTYPES)} data-testid="tech-subtype" />
          </Form.Item>
        )}
      </Col>
      <Col span={12}>
        <Form.Item name="stage" label="阶段" required>
          <Select options={plainOptions(TECHNOLOGY_STAGES)} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="year" label="计划年度">
          <InputNumber precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <NotesField />
      </Col>
    </Row>
  );
}
