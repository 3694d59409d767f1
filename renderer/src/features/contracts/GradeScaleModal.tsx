import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import { DEFAULT_GRADES, type GradeScale } from '#shared/domain/index.ts';
import { saveGradeScale, useDatabase } from '#renderer/db/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { submitWithIssues } from '#renderer/ui/formErrors.ts';

interface GradeScaleValues {
  gradeScale: GradeScale;
}

const MAX_LEVELS = 8;

/**
 * 考核等级设置: the bands a yearly total is graded by, per hospital (domain.md: "grades are configurable").
 * Field names follow the hospital record (gradeScale.levels.N.min), so the schema's messages land on the
 * field they are about.
 */
export function GradeScaleButton({ hospitalId, scale }: { hospitalId: string; scale: GradeScale }) {
  const db = useDatabase();
  const { message } = App.useApp();
  const [form] = Form.useForm<GradeScaleValues>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);

  const show = () => {
    form.resetFields();
    form.setFieldsValue({ gradeScale: scale });
    setOpen(true);
  };

  const save = async (scaleToSave: GradeScale | undefined) => {
    setSaving(true);
    const result = await submitWithIssues(form, () => saveGradeScale(db, hospitalId, scaleToSave));
    setSaving(false);
    if (result.ok) {
      void message.success(scaleToSave ? '已保存考核等级' : '已恢复默认考核等级');
      setOpen(false);
    }
  };

  return (
    <>
      <Button icon={<TrophyOutlined />} onClick={show} data-testid="grade-scale">
        考核等级
      </Button>
      <Modal
        open={open}
        forceRender
        title="考核等级设置"
        okText={COMMON.save}
        cancelText={COMMON.cancel}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        footer={(buttons) => (
          <Flex justify="space-between">
            <Button onClick={() => void save(undefined)} data-testid="grade-scale-reset">
              恢复默认
            </Button>
            <Flex gap={8}>{buttons}</Flex>
          </Flex>
        )}
      >
        <Typography.Paragraph type="secondary">
          年度考核总分不低于某一等级的分数线即评为该等级，从高到低排列；低于所有分数线为不合格等级。有一票否决事项时直接评为不合格等级。默认：
          {DEFAULT_GRADES.levels.map((l) => `${l.label} ≥ ${l.min}`).join('，')}。
        </Typography.Paragraph>
        <Form<GradeScaleValues> form={form} layout="vertical" onFinish={(v) => void save(v.gradeScale)}>
          <Form.List name={['gradeScale', 'levels']}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="flex-start">
                    <Form.Item name={[field.name, 'label']} label={i === 0 ? '等级名称' : undefined} style={{ flex: 1 }}>
                      <Input aria-label={`第 ${i + 1} 级名称`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'min']} label={i === 0 ? '分数线（≥）' : undefined} style={{ flex: 1 }}>
                      <InputNumber aria-label={`第 ${i + 1} 级分数线`} min={0} max={200} style={{ width: '100%' }} />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={`删除第 ${i + 1} 级`}
                      icon={<MinusCircleOutlined />}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: i === 0 ? 30 : 0 }}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} disabled={fields.length >= MAX_LEVELS} onClick={() => add({ label: '', min: 0 })} block>
                  添加等级
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name={['gradeScale', 'fail']} label="不合格等级名称" style={{ marginTop: 16 }}>
            <Input aria-label="不合格等级名称" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
