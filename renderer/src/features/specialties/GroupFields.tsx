import { useMemo } from 'react';
import { Col, Form, Row, Select } from 'antd';
import {
  CATEGORY_LABELS,
  LEAD_CATEGORIES,
  leadCategoryProblem,
  leadTwiceProblem,
  type ClinicalSpecialty,
  type Discipline,
} from '#shared/domain/index.ts';
import { ArticleLink } from '#renderer/ui/ArticleLink.tsx';

interface GroupFieldsProps {
  /** The specialty being edited (undefined for a new one) and the hospital's other specialties. */
  specialtyId: string | undefined;
  hospitalId: string;
  specialties: readonly ClinicalSpecialty[];
  disciplines: { sorted: Discipline[]; byId: Map<string, Discipline> };
}

const option = (d: Discipline) => ({ value: d.id, label: `${d.name}（${CATEGORY_LABELS[d.category]}）` });

/**
 * The "1+N" group (四.6): one lead discipline and N ≥ 1 participants. A lead that is not 优势/重点扶持 is blocked
 * right at the field with the article's sentence (the repository refuses it too); a discipline that already
 * leads another specialty is allowed with a warning.
 */
export function GroupFields({ specialtyId, hospitalId, specialties, disciplines }: GroupFieldsProps) {
  const form = Form.useFormInstance();
  const name = (Form.useWatch('name', form) as string | undefined) ?? '';
  const leadId = Form.useWatch('leadDisciplineId', form) as string | undefined;

  const leadOptions = useMemo(() => {
    const eligible = disciplines.sorted.filter((d) => LEAD_CATEGORIES.includes(d.category));
    const others = disciplines.sorted.filter((d) => !LEAD_CATEGORIES.includes(d.category));
    return [
      { label: '可牵头：优势学科、重点扶持学科', options: eligible.map(option) },
      { label: '其他学科（不能牵头）', options: others.map(option) },
    ];
  }, [disciplines.sorted]);
  const participantOptions = useMemo(() => disciplines.sorted.filter((d) => d.id !== leadId).map(option), [disciplines.sorted, leadId]);

  const group = { name: name.trim() || '本专科', hospitalId, leadDisciplineId: leadId ?? '', participantDisciplineIds: [] };
  const blocked = leadId ? leadCategoryProblem(group, disciplines.byId) : null;
  const alsoLeads = specialties.filter((s) => s.leadDisciplineId === leadId);
  const warned = leadId && !blocked ? leadTwiceProblem({ id: specialtyId ?? '', name: group.name, leadDisciplineId: leadId }, alsoLeads, disciplines.byId) : null;
  const leadHelp = blocked ? (
    <span data-testid="lead-blocked">
      {blocked} <ArticleLink article="四.6" />
    </span>
  ) : warned ? (
    <span data-testid="lead-warned">{warned}</span>
  ) : undefined;

  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          name="leadDisciplineId"
          label="牵头学科（1）"
          required
          validateStatus={blocked ? 'error' : warned ? 'warning' : undefined}
          help={leadHelp}
          rules={[
            { required: true, message: '请选择牵头学科' },
            // Keeps the form from submitting; the help text above says why.
            { validator: (_r, value: string) => (value && leadCategoryProblem({ ...group, leadDisciplineId: value }, disciplines.byId) ? Promise.reject(new Error('牵头学科不符合要求')) : Promise.resolve()) },
          ]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={leadOptions} placeholder="选择优势学科或重点扶持学科" data-testid="specialty-lead" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="participantDisciplineIds"
          label="参与学科（N）"
          required
          rules={[{ type: 'array', min: 1, message: '“1+N”学科群至少需要 1 个参与学科（四.6）' }]}
        >
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={participantOptions} placeholder="至少选择 1 个，牵头学科除外" data-testid="specialty-participants" />
        </Form.Item>
      </Col>
    </Row>
  );
}
