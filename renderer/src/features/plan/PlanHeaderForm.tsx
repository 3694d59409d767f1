import { useState } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Row, type FormInstance, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import { PlanPeriodSchema, PlanSchema, normalizeDocNumber } from '#shared/domain/index.ts';
import { damagedTextRule, useDamagedTextOnOpen } from '#renderer/ui/damagedText.ts';

export interface PlanHeaderValues {
  title: string;
  docNumber: string;
  issuingOrgan: string;
  issueDate: Dayjs | null;
  period: { startYear: number | null; endYear: number | null };
}

/** The zod schema of one field as an antd rule, so the message at the field is the one saving would give. */
function schemaRule(schema: z.ZodType): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      return result.success ? Promise.resolve() : Promise.reject(new Error(result.error.issues[0]!.message));
    },
  };
}

/** 规划期 is checked as a pair (end after start, at most 10 years), and the message goes under 结束年份. */
const periodRule = (form: FormInstance<PlanHeaderValues>): FormRule => ({
  validator: () => {
    const { startYear, endYear } = form.getFieldValue('period') as PlanHeaderValues['period'];
    if (startYear === null || endYear === null) return Promise.reject(new Error('请填写规划期起止年份'));
    const result = PlanPeriodSchema.safeParse({ startYear, endYear });
    return result.success ? Promise.resolve() : Promise.reject(new Error(result.error.issues[0]!.message));
  },
});

const TEXT_FIELDS = ['title', 'issuingOrgan'] as const;

interface PlanHeaderFormProps {
  form: FormInstance<PlanHeaderValues>;
  initialValues: PlanHeaderValues;
  readOnly: boolean;
  onChange: () => void;
}

/**
 * 规划名称、文号、发文机关、成文日期、规划期. Each field is checked as it is left, with PlanSchema's own messages; a
 * 文号 typed with [] or () is rewritten to 〔〕 and the form says what it changed, never silently.
 */
export function PlanHeaderForm({ form, initialValues, readOnly, onChange }: PlanHeaderFormProps) {
  const [docChanges, setDocChanges] = useState<string[]>([]);
  useDamagedTextOnOpen(form, TEXT_FIELDS);

  const tidyDocNumber = () => {
    const raw = String(form.getFieldValue('docNumber') ?? '');
    const { value, changes } = normalizeDocNumber(raw);
    setDocChanges(changes);
    if (value !== raw) form.setFieldValue('docNumber', value);
    void form.validateFields(['docNumber']).catch(() => undefined);
  };

  return (
    <Form<PlanHeaderValues>
      form={form}
      layout="vertical"
      disabled={readOnly}
      initialValues={initialValues}
      onValuesChange={(changed: Partial<PlanHeaderValues>) => {
        if ('docNumber' in changed) setDocChanges([]);
        onChange();
      }}
      data-testid="plan-header"
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="title" label="规划名称" required validateTrigger={['onChange', 'onBlur']} rules={[schemaRule(PlanSchema.shape.title), damagedTextRule]}>
            <Input data-testid="plan-title" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="docNumber"
            label="文号"
            validateTrigger="onBlur"
            rules={[schemaRule(PlanSchema.shape.docNumber)]}
            extra={docChanges.length > 0 ? <span data-testid="doc-number-changes">已自动调整：{docChanges.join('；')}</span> : '如 示医发〔2024〕12号；报送前必须填写'}
          >
            <Input data-testid="plan-doc-number" placeholder="机关代字〔年份〕序号号" onBlur={tidyDocNumber} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="issuingOrgan" label="发文机关" rules={[schemaRule(PlanSchema.shape.issuingOrgan), damagedTextRule]}>
            <Input data-testid="plan-issuing-organ" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="issueDate" label="成文日期" extra="报送前必须填写">
            <DatePicker style={{ width: '100%' }} data-testid="plan-issue-date" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name={['period', 'startYear']} label="规划期开始年份" required rules={[schemaRule(PlanPeriodSchema.shape.startYear)]}>
            <InputNumber style={{ width: '100%' }} controls={false} data-testid="plan-start-year" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name={['period', 'endYear']} label="规划期结束年份" required dependencies={[['period', 'startYear']]} rules={[periodRule(form)]}>
            <InputNumber style={{ width: '100%' }} controls={false} data-testid="plan-end-year" />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
