import { useMemo } from 'react';
import { Col, Form, Input, Radio, Row, Select, Tag } from 'antd';
import { RECRUITMENT_MODES, TALENT_ECHELONS, TALENT_ECHELON_LABELS, isFlexibleRecruitment, type TalentEntry } from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';
import { ChildRowsTable } from '../ChildRowsTable.tsx';
import { rowFields, type ChildFields, type ChildRowsConfig } from '../childRows.ts';
import { compareText } from '#renderer/i18n/collate.ts';

type Values = ChildFields<'talentEntries'>;

const ECHELON_OPTIONS = TALENT_ECHELONS.map((e) => ({ value: e, label: TALENT_ECHELON_LABELS[e] }));
/** 柔性引进 (四.9) is the three modes other than 全职; the picker groups them so the term is visible. */
const RECRUITMENT_OPTIONS = [
  { label: '全职', options: RECRUITMENT_MODES.filter((m) => !isFlexibleRecruitment(m)).map((m) => ({ value: m, label: m })) },
  { label: '柔性引进', options: RECRUITMENT_MODES.filter(isFlexibleRecruitment).map((m) => ({ value: m, label: `柔性引进 · ${m}` })) },
];
const ECHELON_COLORS: Record<TalentEntry['echelon'], string> = { LEADING: 'gold', BACKBONE: 'blue', RESERVE: 'green' };

/** 四.9 人才梯队: 领军、骨干、后备, how each was recruited (incl. 柔性引进) and their training plan. */
export function TalentTab({ detail }: { detail: SpecialtyDetail }) {
  const { disciplines } = detail;
  const config = useMemo((): ChildRowsConfig<'talentEntries', Values> => {
    const names = new Map(disciplines.map((d) => [d.id, d.name]));
    const options = [...disciplines].sort((a, b) => compareText(a.name, b.name)).map((d) => ({ value: d.id, label: d.name }));
    return {
      table: 'talentEntries',
      noun: '人才',
      describe: (t) => t.personName,
      blank: () => ({ personName: '', title: '', echelon: 'BACKBONE', recruitment: '全职', homeDisciplineId: null, trainingPlan: '' }),
      toValues: rowFields,
      toFields: (v) => ({ ...v, title: v.title ?? '', homeDisciplineId: v.homeDisciplineId ?? null, trainingPlan: v.trainingPlan ?? '' }),
      textFields: ['personName', 'title', 'trainingPlan'],
      order: (a, b) => TALENT_ECHELONS.indexOf(a.echelon) - TALENT_ECHELONS.indexOf(b.echelon),
      columns: [
        { title: '梯队', dataIndex: 'echelon', width: 96, render: (e: TalentEntry['echelon']) => <Tag color={ECHELON_COLORS[e]}>{TALENT_ECHELON_LABELS[e]}</Tag> },
        { title: '姓名', dataIndex: 'personName', width: 90 },
        { title: '职称', dataIndex: 'title', width: 130 },
        {
          title: '引进方式',
          dataIndex: 'recruitment',
          width: 130,
          render: (m: TalentEntry['recruitment']) => (isFlexibleRecruitment(m) ? <Tag color="purple">柔性引进 · {m}</Tag> : m),
        },
        { title: '所属学科', dataIndex: 'homeDisciplineId', width: 130, render: (id: string | null) => (id ? (names.get(id) ?? '（学科不存在）') : '院外') },
        { title: '培养计划', dataIndex: 'trainingPlan', ellipsis: true },
      ],
      fields: (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="personName" label="姓名" required rules={[damagedTextRule]}>
              <Input data-testid="talent-name" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="title" label="职称" rules={[damagedTextRule]}>
              <Input placeholder="如：主任医师、教授" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="echelon" label="人才梯队" required>
              <Radio.Group optionType="button" buttonStyle="solid" options={ECHELON_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="recruitment" label="引进方式" required>
              <Select options={RECRUITMENT_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="homeDisciplineId" label="所属学科（学科专科双聘，四.8）" tooltip="院外专家留空">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={options} placeholder="院外" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="trainingPlan" label="培养计划" rules={[damagedTextRule]}>
              <Input.TextArea rows={2} placeholder="进修、规范化培训、带教安排" />
            </Form.Item>
          </Col>
        </Row>
      ),
    };
  }, [disciplines]);
  return <ChildRowsTable config={config} specialtyId={detail.specialty.id} rows={detail.children.talentEntries} />;
}
