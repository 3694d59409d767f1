import { useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CONTRACT_TRANSITIONS, type ContractStatus, type ContractVersion } from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { useContractFilters } from '#renderer/stores/contractFilters.ts';
import { useContractActions } from './useContracts.ts';

type Action = ContractStatus | 'AMEND';

const ACTION_LABELS: Record<Action, string> = {
  UNDER_REVIEW: '提交审核',
  DRAFT: '退回修改',
  SIGNED: '签署',
  ACTIVE: '开始执行',
  ASSESSED: '完成任期考核',
  TERMINATED: '终止',
  AMEND: '发起补充协议',
};

interface ActionValues {
  by: string;
  note: string;
  hospital: { name: string; date: Dayjs | null };
  director: { name: string; date: Dayjs | null };
}

/** A signature from the form: the picker's day as YYYY-MM-DD ('' when empty, which the schema refuses). */
const signature = (party: { name: string; date: Dayjs | null }) => ({ name: party.name?.trim() ?? '', date: party.date?.format('YYYY-MM-DD') ?? '' });

/** The workflow buttons the status allows (CONTRACT_TRANSITIONS), each recording who and when. */
export function WorkflowActions({ version, onAmended }: { version: ContractVersion; onAmended: (versionNo: number) => void }) {
  const { message } = App.useApp();
  const actions = useContractActions();
  const { operator, setOperator } = useContractFilters();
  const [form] = Form.useForm<ActionValues>();
  const [action, setAction] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { contract } = version;
  const available: Action[] = [...CONTRACT_TRANSITIONS[contract.status]];
  if (contract.status === 'SIGNED' || contract.status === 'ACTIVE') available.unshift('AMEND');

  const run = async (values: ActionValues) => {
    const by = values.by?.trim() ?? '';
    if (!by) return form.setFields([{ name: 'by', errors: ['请填写操作人姓名'] }]);
    if ((action === 'TERMINATED' || action === 'AMEND') && !values.note?.trim()) {
      return form.setFields([{ name: 'note', errors: [action === 'TERMINATED' ? '请填写终止原因' : '请说明补充协议变更的内容'] }]);
    }
    setOperator(by);
    setBusy(true);
    setError(null);
    try {
      if (action === 'AMEND') {
        const next = await actions.amend(contract.id, by, values.note.trim());
        void message.success(`已生成第 ${next.versionNo} 版（补充协议草稿）`);
        onAmended(next.versionNo);
      } else if (action) {
        const signatures = action === 'SIGNED' ? { hospital: signature(values.hospital), director: signature(values.director) } : undefined;
        await actions.move(contract.id, { to: action, by, note: values.note?.trim() ?? '', signatures });
        void message.success(`${ACTION_LABELS[action]}：已完成`);
      }
      setAction(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const open = (next: Action) => {
    setError(null);
    setAction(next);
    form.resetFields();
    form.setFieldsValue({
      by: operator,
      note: '',
      hospital: { name: contract.hospitalSide, date: dayjs() },
      director: { name: contract.director.name, date: dayjs() },
    });
  };

  return (
    <>
      {available.map((a) => (
        <Button
          key={a}
          type={a === 'TERMINATED' || a === 'DRAFT' ? 'default' : 'primary'}
          danger={a === 'TERMINATED'}
          onClick={() => open(a)}
          data-testid={`action-${a}`}
        >
          {ACTION_LABELS[a]}
        </Button>
      ))}
      <Modal
        open={action !== null}
        forceRender
        // The title wraps clear of the close button: contract titles are long.
        title={action ? <div style={{ paddingInlineEnd: 28 }}>{`${ACTION_LABELS[action]} · ${contract.title}（第 ${contract.versionNo} 版）`}</div> : ''}
        okText={action ? ACTION_LABELS[action] : COMMON.confirm}
        cancelText={COMMON.cancel}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        data-testid="workflow-modal"
      >
        <Form<ActionValues> form={form} layout="vertical" onFinish={(v) => void run(v)}>
          <Form.Item name="by" label="操作人（当前用户）" required>
            <Input data-testid="workflow-by" />
          </Form.Item>
          {action === 'SIGNED' && (
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name={['hospital', 'name']} label="院方签署人" required>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={['hospital', 'date']} label="院方签署日期" required>
                  <DatePicker style={{ width: '100%' }} data-testid="sign-date-hospital" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={['director', 'name']} label="科主任签署人" required>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={['director', 'date']} label="科主任签署日期" required>
                  <DatePicker style={{ width: '100%' }} data-testid="sign-date-director" />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Form.Item
            name="note"
            label={action === 'TERMINATED' ? '终止原因' : action === 'AMEND' ? '补充协议说明' : '说明（可选）'}
            required={action === 'TERMINATED' || action === 'AMEND'}
          >
            <Input.TextArea rows={2} data-testid="workflow-note" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} data-testid="workflow-error" />}
        </Form>
      </Modal>
    </>
  );
}
