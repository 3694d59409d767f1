import { useState } from 'react';
import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Input, Row, Select } from 'antd';
import { emptyManagementNotes, type ClinicalSpecialty, type Discipline } from '#shared/domain/index.ts';
import type { Draft } from '#renderer/db/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { ArticleLink } from '#renderer/ui/ArticleLink.tsx';
import { damagedTextRule, useDamagedTextOnOpen } from '#renderer/ui/damagedText.ts';
import { clearChangedErrors, submitWithIssues } from '#renderer/ui/formErrors.ts';
import { GroupFields } from './GroupFields.tsx';
import { AREA_OPTIONS, TYPE_OPTIONS } from './labels.ts';
import { MANAGEMENT_TEXT_FIELDS, ManagementFields } from './ManagementFields.tsx';
import { useDisciplineLookup, useSpecialtyActions } from './useSpecialties.ts';

type FormValues = Omit<Draft<'specialties'>, 'id' | 'hospitalId' | 'qcOfficer'> & { qcOfficer: string };

const TEXT_FIELDS = ['name', 'diseaseAreaLabel', 'headName', 'qcOfficer', ...MANAGEMENT_TEXT_FIELDS] as const;

interface SpecialtyFormProps {
  /** The specialty to edit; undefined creates one in `hospitalId`. */
  specialty: ClinicalSpecialty | undefined;
  hospitalId: string;
  specialties: readonly ClinicalSpecialty[];
  disciplines: readonly Discipline[];
  onClose: () => void;
  onSaved?: (saved: ClinicalSpecialty) => void;
}

function initialValues(s: ClinicalSpecialty | undefined): FormValues {
  if (!s) {
    return {
      name: '', type: 'ADVANTAGE', diseaseArea: '心脑血管疾病', diseaseAreaLabel: '', leadDisciplineId: '', participantDisciplineIds: [],
      headName: '', qcOfficer: '', management: emptyManagementNotes(),
    };
  }
  const { id: _i, hospitalId: _h, updatedAt: _u, version: _v, ...rest } = s;
  return { ...rest, qcOfficer: s.qcOfficer ?? '' };
}

/** Create/edit drawer of a clinical specialty: its 1+N group (四.6), people, and management notes (四.7/8/12). */
export function SpecialtyForm({ specialty, hospitalId, specialties, disciplines, onClose, onSaved }: SpecialtyFormProps) {
  const { message } = App.useApp();
  const { save } = useSpecialtyActions();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const lookup = useDisciplineLookup(disciplines);
  const area = Form.useWatch('diseaseArea', form);
  useDamagedTextOnOpen(form, TEXT_FIELDS);

  const submit = async (shown: FormValues) => {
    setSaving(true);
    try {
      // Fields hidden at the moment (the OTHER area's label) are not in `shown`: keep their stored value.
      const values = { ...initialValues(specialty), ...shown };
      const qcOfficer = values.qcOfficer.trim() === '' ? null : values.qcOfficer;
      const draft: Draft<'specialties'> = { ...values, qcOfficer, hospitalId, id: specialty?.id };
      const result = await submitWithIssues(form, () => save(draft));
      setUnplaced(result.ok ? [] : result.unplaced);
      if (!result.ok) return void message.error(COMMON.notSaved);
      void message.success(`已保存临床专科「${result.value.name}」`);
      onSaved?.(result.value);
      onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      size={760}
      title={specialty ? `编辑临床专科「${specialty.name}」` : '新建临床专科'}
      onClose={onClose}
      data-testid="specialty-form"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{COMMON.cancel}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="specialty-save">
            {COMMON.save}
          </Button>
        </Flex>
      }
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(specialty)}
        onFinish={(values) => void submit(values)}
        onFinishFailed={() => void message.error(COMMON.notSaved)}
        onValuesChange={(changed: Partial<FormValues>) => {
          clearChangedErrors(form, changed);
          // The lead cannot also be a participant: picking it as lead takes it out of the N.
          if (changed.leadDisciplineId) {
            const rest = (form.getFieldValue('participantDisciplineIds') as string[]).filter((id) => id !== changed.leadDisciplineId);
            form.setFieldValue('participantDisciplineIds', rest);
          }
        }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="专科名称" required rules={[damagedTextRule]}>
              <Input placeholder="如：胸痛中心（心血管病专科）" data-testid="specialty-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="type" label="专科类型" required>
              <Select options={TYPE_OPTIONS} data-testid="specialty-type" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="diseaseArea" label="重大疾病领域（四.4）" required>
              <Select options={AREA_OPTIONS} data-testid="specialty-area" />
            </Form.Item>
          </Col>
          <Col span={12}>
            {area === 'OTHER' && (
              <Form.Item name="diseaseAreaLabel" label="领域名称" required rules={[damagedTextRule]}>
                <Input placeholder="如：消化系统疾病" data-testid="specialty-area-label" />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          “1+N”学科群 <ArticleLink article="四.6" />
        </Divider>
        <GroupFields specialtyId={specialty?.id} hospitalId={hospitalId} specialties={specialties} disciplines={lookup} />
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="headName" label="专科负责人" rules={[damagedTextRule]}>
              <Input placeholder="姓名" data-testid="specialty-head" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="qcOfficer" label="质控专员（四.11）" tooltip="每个专科应设置质控专员；可稍后在 质控指标 页设置" rules={[damagedTextRule]}>
              <Input placeholder="姓名，尚未设置可留空" data-testid="specialty-qc-officer" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          管理制度、双聘与绩效、专科文化
        </Divider>
        <ManagementFields />
        {unplaced.length > 0 && <Alert type="error" showIcon title={unplaced.join('；')} />}
      </Form>
    </Drawer>
  );
}
