import { Col, Form, Input, Row } from 'antd';
import { MANAGEMENT_LABELS, type ManagementNotes } from '#shared/domain/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';

/** The notes of measures 7, 8 and 12, each with the article it answers and a hint of what to write. */
const NOTES: { key: keyof ManagementNotes; article: string; placeholder: string; span: number }[] = [
  { key: 'orgStructure', article: '四.7', placeholder: '专科管理小组组成、日常运行和考核机制', span: 24 },
  { key: 'headDuties', article: '四.7', placeholder: '负责人的责任', span: 8 },
  { key: 'headRights', article: '四.7', placeholder: '负责人的权利（人员调配、绩效分配建议等）', span: 8 },
  { key: 'headObligations', article: '四.7', placeholder: '负责人的义务', span: 8 },
  { key: 'dualAppointment', article: '四.8', placeholder: '哪些人员学科专科双聘，科研教学仍归属学科', span: 12 },
  { key: 'performanceAllocation', article: '四.8', placeholder: '以临床专科为单元的绩效分配、二次分配方式', span: 12 },
  { key: 'culture', article: '四.12', placeholder: '专科特色文化建设', span: 24 },
];

export const MANAGEMENT_TEXT_FIELDS = NOTES.map((n) => ['management', n.key] as const);

export function ManagementFields() {
  return (
    <Row gutter={16}>
      {NOTES.map((n) => (
        <Col span={n.span} key={n.key}>
          <Form.Item name={['management', n.key]} label={`${MANAGEMENT_LABELS[n.key]}（${n.article}）`} rules={[damagedTextRule]}>
            <Input.TextArea rows={n.span === 24 ? 2 : 3} placeholder={n.placeholder} data-testid={`management-${n.key}`} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
