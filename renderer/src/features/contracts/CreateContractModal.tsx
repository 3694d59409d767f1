import { useState } from 'react';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { v7 as uuidv7 } from 'uuid';
import {
  CONTRACT_TEMPLATES,
  SELECTION_MODES,
  SELECTION_MODE_LABELS,
  createDraftContract,
  findContractTemplate,
  instantiateTemplate,
  type SelectionMode,
  type TemplateId,
} from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { useContractFilters } from '#renderer/stores/contractFilters.ts';
import { clearChangedErrors, submitWithIssues } from '#renderer/ui/formErrors.ts';
import { useContractActions, type ContractUnits } from './useContracts.ts';

interface CreateValues {
  templateId: TemplateId;
  unitId: string | undefined;
  hospitalSide: string;
  director: { name: string };
  selectionMode: SelectionMode;
  term: { start: Dayjs | null; end: Dayjs | null };
  operator: string;
}

interface CreateContractModalProps {
  hospitalId: string;
  units: ContractUnits;
  onClose: () => void;
  onCreated: (rootId: string) => void;
}

const nextYear = new Date().getFullYear() + 1;
const date = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : '');

/** 新建责任书: a template, the parties, selection mode and term; the targets come from the template. */
export function CreateContractModal({ hospitalId, units, onClose, onCreated }: CreateContractModalProps) {
  const { message } = App.useApp();
  const actions = useContractActions();
  const { operator, setOperator } = useContractFilters();
  const [form] = Form.useForm<CreateValues>();
  const [saving, setSaving] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const submit = async (values: CreateValues) => {
    const problems: { name: 'unitId' | 'operator'; errors: string[] }[] = [];
    if (!values.unitId) problems.push({ name: 'unitId', errors: ['请选择责任单位（学科或临床专科）'] });
    if (!values.operator?.trim()) problems.push({ name: 'operator', errors: ['请填写操作人姓名'] });
    if (problems.length > 0) return form.setFields(problems);
    const unit = units.options.flatMap((g) => g.options).find((o) => o.value === values.unitId)!;
    const at = new Date().toISOString();
    const id = uuidv7();
    const term = { start: date(values.term.start), end: date(values.term.end) };
    const contract = createDraftContract({
      id,
      hospitalId,
      title: `${unit.label}主任任期目标责任书`,
      hospitalSide: values.hospitalSide,
      director: { name: values.director.name },
      unit: { kind: unit.kind, id: unit.value },
      selectionMode: values.selectionMode,
      term,
      clauses: findContractTemplate(values.templateId).clauses,
      by: values.operator.trim(),
      at,
    });
    setSaving(true);
    try {
      setOperator(values.operator.trim());
      // A term that is not a date range cannot be expanded into years; the schema names the field.
      const lines = /^\d{4}/.test(term.start) && /^\d{4}/.test(term.end) && term.end > term.start
        ? instantiateTemplate(findContractTemplate(values.templateId), { contractId: id, term, at, newId: uuidv7 })
        : [];
      const result = await submitWithIssues(form, () => actions.create(contract, lines));
      setUnplaced(result.ok ? [] : result.unplaced);
      if (result.ok) {
        void message.success(`已新建「${contract.title}」（草稿）`);
        onCreated(id);
      } else void message.error(COMMON.notSaved);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title="新建目标责任书"
      okText="新建并编辑"
      cancelText={COMMON.cancel}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      data-testid="contract-create"
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        initialValues={{
          templateId: 'GENERAL_CLINICAL',
          hospitalSide: '',
          director: { name: '' },
          selectionMode: 'COMPETITION',
          term: { start: dayjs(`${nextYear}-01-01`), end: dayjs(`${nextYear + 2}-12-31`) },
          operator,
        }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed) => clearChangedErrors(form, changed)}
      >
        <Form.Item name="templateId" label="模板" extra="模板预置常用考核指标、职责与权利义务条款，新建后可逐项调整">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            data-testid="contract-template"
            options={CONTRACT_TEMPLATES.map((t) => ({ value: t.id, label: t.name, title: t.description }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="unitId" label="责任单位" required>
              <Select showSearch={{ optionFilterProp: 'label' }} options={units.options} placeholder="选择学科或临床专科" data-testid="contract-unit" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="selectionMode" label="选拔方式（四.9）" required>
              <Radio.Group options={SELECTION_MODES.map((m) => ({ value: m, label: SELECTION_MODE_LABELS[m] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="hospitalSide" label="院方代表（院长）" required>
              <Input placeholder="院长姓名" data-testid="contract-hospital-side" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['director', 'name']} label="科主任" required>
              <Input placeholder="科主任姓名" data-testid="contract-director" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['term', 'start']} label="任期开始" required>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['term', 'end']} label="任期结束" required>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="operator" label="操作人（当前用户）" required>
              <Input placeholder="您的姓名" data-testid="contract-operator" />
            </Form.Item>
          </Col>
        </Row>
        {unplaced.length > 0 && <Alert type="error" showIcon title={unplaced.join('；')} />}
      </Form>
    </Modal>
  );
}
