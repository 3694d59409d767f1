import { useState } from 'react';
import { Alert, App, Button, Card, Col, Divider, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { HOSPITAL_LEVELS, HOSPITAL_TYPES, HOSPITAL_TYPE_LABELS, type Hospital } from '#shared/domain/index.ts';
import { saveRecord, useDatabase, type Draft } from '#renderer/db/index.ts';
import { COMMON, formatTime } from '#renderer/i18n/index.ts';
import { damagedTextRule, useDamagedTextOnOpen } from '#renderer/ui/damagedText.ts';
import { clearChangedErrors, submitWithIssues } from '#renderer/ui/formErrors.ts';
import { MembershipList } from './MembershipList.tsx';

type HospitalFormValues = Omit<Draft<'hospitals'>, 'id'>;

const LEVEL_OPTIONS = HOSPITAL_LEVELS.map((l) => ({ value: l, label: l }));
const TYPE_OPTIONS = HOSPITAL_TYPES.map((t) => ({ value: t, label: HOSPITAL_TYPE_LABELS[t] }));

/** Free-text fields checked for damaged (pasted or imported) text. */
const TEXT_FIELDS = ['name', 'code', 'province', 'city'] as const;

const BLANK: Partial<HospitalFormValues> = { name: '', code: '', province: '', city: '', memberships: [] };

interface HospitalFormProps {
  /** The hospital to edit; undefined creates a new one. */
  hospital: Hospital | undefined;
  onSaved: (saved: Hospital, created: boolean) => void;
  onCancel?: () => void;
}

/**
 * The profile form. Validation is the zod schema alone (through saveRecord), so the form, import and restore
 * all accept exactly the same records; its Chinese messages are shown under the fields and nothing is saved.
 */
export function HospitalForm({ hospital, onSaved, onCancel }: HospitalFormProps) {
  const db = useDatabase();
  const { message } = App.useApp();
  const [form] = Form.useForm<HospitalFormValues>();
  const [saving, setSaving] = useState(false);
  useDamagedTextOnOpen(form, TEXT_FIELDS);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const submit = async (values: HospitalFormValues) => {
    setSaving(true);
    try {
      // The grade scale is set on the 目标责任书 page; the profile form must not drop it.
      const draft = { gradeScale: hospital?.gradeScale, ...values, memberships: values.memberships ?? [], id: hospital?.id };
      const result = await submitWithIssues(form, () => saveRecord(db, 'hospitals', draft));
      setUnplaced(result.ok ? [] : result.unplaced);
      if (result.ok) {
        void message.success(COMMON.saved);
        onSaved(result.value, !hospital);
      } else {
        void message.error(COMMON.notSaved);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      style={{ maxWidth: 1080 }}
      title={hospital ? '医院基本信息' : '新建医院概况'}
      extra={hospital && <Typography.Text type="secondary">最后更新：{formatTime(hospital.updatedAt)}</Typography.Text>}
    >
      <Form<HospitalFormValues>
        form={form}
        layout="vertical"
        initialValues={hospital ?? BLANK}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed) => clearChangedErrors(form, changed)}
        data-testid="hospital-form"
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="医院名称" required rules={[damagedTextRule]}>
              <Input placeholder="如：示例市第一人民医院" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="code" label="机构代码" rules={[damagedTextRule]} tooltip="医疗机构执业许可证登记号或统一社会信用代码">
              <Input placeholder="选填" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="level" label="医院等级" required>
              <Select options={LEVEL_OPTIONS} placeholder="选择等级" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="type" label="医院类型" required>
              <Select options={TYPE_OPTIONS} placeholder="选择类型" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="beds" label="编制床位数" required>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} placeholder="如：2200" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="province" label="省份" required rules={[damagedTextRule]}>
              <Input placeholder="如：示例省" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="city" label="城市" required rules={[damagedTextRule]}>
              <Input placeholder="如：示例市" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          医联体与专科联盟（依据：四.13）
        </Divider>
        <MembershipList />
        {unplaced.length > 0 && (
          <Alert type="error" showIcon title={unplaced.join('；')} style={{ marginTop: 16 }} />
        )}
        <Flex gap={8} style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {COMMON.save}
          </Button>
          {onCancel && <Button onClick={onCancel}>{COMMON.cancel}</Button>}
        </Flex>
      </Form>
    </Card>
  );
}
