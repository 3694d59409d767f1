import { useMemo, useState } from 'react';
import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { emptyFactors, type Discipline } from '#shared/domain/index.ts';
import { listDisciplines, useLive, type Draft } from '#renderer/db/index.ts';
import { COMMON, compareText } from '#renderer/i18n/index.ts';
import { damagedTextRule, useDamagedTextOnOpen } from '#renderer/ui/damagedText.ts';
import { clearChangedErrors, submitWithIssues } from '#renderer/ui/formErrors.ts';
import { CATEGORY_OPTIONS } from './categories.ts';
import { FactorFields } from './FactorFields.tsx';
import { useDisciplineActions } from './useDisciplines.ts';

type DisciplineFormValues = Omit<Draft<'disciplines'>, 'id' | 'hospitalId'>;

/** Free-text fields checked for damaged (pasted or imported) text. */
const TEXT_FIELDS = ['name', 'head', 'rationale', 'previousPlanRef'] as const;

interface DisciplineFormProps {
  /** The discipline to edit; undefined adds a new one to `hospitalId`. */
  discipline: Discipline | undefined;
  hospitalId: string;
  onClose: () => void;
}

function blank(): DisciplineFormValues {
  return {
    name: '', parentId: null, head: '', staffCount: 0, bedCount: 0, category: 'UNCLASSIFIED',
    factors: emptyFactors(), rationale: '', previousPlanRef: '',
  };
}

/** Ids of `rootId` and everything below it: a discipline cannot be placed under itself or its own descendants. */
function selfAndDescendants(all: Discipline[], rootId: string): Set<string> {
  const result = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of all) {
      if (d.parentId && result.has(d.parentId) && !result.has(d.id)) {
        result.add(d.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Add/edit drawer. The zod schema is the only validator: its Chinese messages appear under the fields. */
export function DisciplineForm({ discipline, hospitalId, onClose }: DisciplineFormProps) {
  const { message } = App.useApp();
  const { save } = useDisciplineActions();
  const [form] = Form.useForm<DisciplineFormValues>();
  const [saving, setSaving] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  useDamagedTextOnOpen(form, TEXT_FIELDS);
  const siblings = useLive((db) => listDisciplines(db, hospitalId), [hospitalId]);

  const parentOptions = useMemo(() => {
    const excluded = discipline ? selfAndDescendants(siblings ?? [], discipline.id) : new Set<string>();
    return (siblings ?? [])
      .filter((d) => !excluded.has(d.id))
      .sort((a, b) => compareText(a.name, b.name))
      .map((d) => ({ value: d.id, label: d.name }));
  }, [siblings, discipline]);

  const submit = async (values: DisciplineFormValues) => {
    setSaving(true);
    try {
      const draft: Draft<'disciplines'> = { ...values, parentId: values.parentId ?? null, hospitalId, id: discipline?.id };
      const result = await submitWithIssues(form, () => save(draft));
      setUnplaced(result.ok ? [] : result.unplaced);
      if (result.ok) {
        void message.success(`已保存学科「${result.value.name}」`);
        onClose();
      } else {
        void message.error(COMMON.notSaved);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      size={640}
      title={discipline ? `编辑学科「${discipline.name}」` : '新增学科'}
      onClose={onClose}
      data-testid="discipline-form"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{COMMON.cancel}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="discipline-save">
            {COMMON.save}
          </Button>
        </Flex>
      }
    >
      <Form<DisciplineFormValues>
        form={form}
        layout="vertical"
        initialValues={discipline ?? blank()}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed) => clearChangedErrors(form, changed)}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="学科名称" required rules={[damagedTextRule]}>
              <Input placeholder="如：心血管内科" data-testid="discipline-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="parentId" label="上级学科" tooltip="留空表示一级学科">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={parentOptions}
                placeholder="无（一级学科）"
                data-testid="discipline-parent"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="head" label="学科带头人" rules={[damagedTextRule]}>
              <Input placeholder="姓名" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="staffCount" label="人员数" required>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="bedCount" label="床位数" required>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>分类（依据：四.3）</Divider>
        <Form.Item name="category" label="学科类别" required>
          <Radio.Group optionType="button" buttonStyle="solid" options={CATEGORY_OPTIONS} data-testid="discipline-category" />
        </Form.Item>
        <Form.Item name="rationale" label="分类理由" rules={[damagedTextRule]}>
          <Input.TextArea rows={3} placeholder="结合四要素评分和本院定位，说明为何划入该类别" data-testid="discipline-rationale" />
        </Form.Item>
        <Form.Item name="previousPlanRef" label="前期规划依据" rules={[damagedTextRule]}>
          <Input placeholder="如：《示例市第一人民医院“十四五”学科发展规划》" />
        </Form.Item>
        <Divider titlePlacement="start" plain>四要素评估（1 弱 … 5 强）</Divider>
        <FactorFields />
        {unplaced.length > 0 && <Alert type="error" showIcon title={unplaced.join('；')} />}
      </Form>
    </Drawer>
  );
}
