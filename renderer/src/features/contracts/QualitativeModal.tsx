import { Form, Input, InputNumber, Modal } from 'antd';
import { formatPlainNumber, type ContractTarget, type QualitativeScore } from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';

interface QualitativeModalProps {
  target: ContractTarget;
  year: number;
  current: QualitativeScore | undefined;
  onSave: (points: number, reason: string) => Promise<void>;
  onClose: () => void;
}

/** The assessor's score of a 定性评价 target: 0..weight points with a written reason (required). */
export function QualitativeModal({ target, year, current, onSave, onClose }: QualitativeModalProps) {
  const [form] = Form.useForm<{ points: number | null; reason: string }>();
  const submit = async (values: { points: number | null; reason: string }) => {
    const errors: { name: 'points' | 'reason'; errors: string[] }[] = [];
    if (values.points === null || values.points === undefined) errors.push({ name: 'points', errors: ['请填写定性评分'] });
    else if (values.points < 0 || values.points > target.weight) errors.push({ name: 'points', errors: [`定性评分应在 0–${formatPlainNumber(target.weight)} 分之间`] });
    if (!values.reason?.trim()) errors.push({ name: 'reason', errors: ['请写明评分理由'] });
    if (errors.length > 0) return form.setFields(errors);
    await onSave(values.points!, values.reason.trim());
    onClose();
  };
  return (
    <Modal open title={`定性评分：${target.name}（${year} 年）`} okText={COMMON.save} cancelText={COMMON.cancel} onOk={() => form.submit()} onCancel={onClose} data-testid="qualitative-modal">
      <Form form={form} layout="vertical" initialValues={{ points: current?.points ?? null, reason: current?.reason ?? '' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="points" label={`评分（0–${formatPlainNumber(target.weight)} 分）`} required>
          <InputNumber style={{ width: 160 }} data-testid="qualitative-points" />
        </Form.Item>
        <Form.Item name="reason" label="评分理由" required extra={target.definition}>
          <Input.TextArea rows={3} data-testid="qualitative-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
