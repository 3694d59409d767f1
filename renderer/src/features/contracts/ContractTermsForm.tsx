import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  SELECTION_MODES,
  SELECTION_MODE_LABELS,
  isContractLocked,
  type ContractClauses,
  type DirectorContract,
} from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { clearChangedErrors, submitWithIssues } from '#renderer/ui/formErrors.ts';
import { useContractActions } from './useContracts.ts';

type ClauseKey = keyof ContractClauses;
const CLAUSES: { key: ClauseKey; label: string }[] = [
  { key: 'duties', label: '职责' },
  { key: 'rights', label: '权利' },
  { key: 'obligations', label: '义务' },
  { key: 'vetoItems', label: '一票否决事项' },
  { key: 'rewards', label: '奖励条款' },
  { key: 'penalties', label: '处罚条款' },
];

type TermsValues = Pick<DirectorContract, 'title' | 'hospitalSide' | 'selectionMode'> & {
  term: { start: Dayjs | null; end: Dayjs | null };
  director: { name: string };
  clauses: Record<ClauseKey, string>;
};

/** A picked day as the schema's YYYY-MM-DD ('' when cleared, which the schema refuses at the field). */
const isoDay = (day: Dayjs | null) => day?.format('YYYY-MM-DD') ?? '';

const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** Parties, term and the clauses (one per line); read-only once the contract is signed. */
export function ContractTermsForm({ contract }: { contract: DirectorContract }) {
  const { message } = App.useApp();
  const actions = useContractActions();
  const [form] = Form.useForm<TermsValues>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const locked = isContractLocked(contract);

  const submit = async (values: TermsValues) => {
    const clauses = Object.fromEntries(CLAUSES.map(({ key }) => [key, lines(values.clauses[key])])) as ContractClauses;
    const draft: DirectorContract = {
      ...contract,
      title: values.title,
      hospitalSide: values.hospitalSide,
      director: { ...contract.director, name: values.director.name },
      selectionMode: values.selectionMode,
      term: { start: isoDay(values.term.start), end: isoDay(values.term.end) },
      ...clauses,
    };
    const result = await submitWithIssues(form, () => actions.saveDraft(draft));
    // Clause errors point at one line of a list; the textarea shows them as a whole.
    setUnplaced(result.ok ? [] : result.unplaced);
    if (result.ok) void message.success('已保存责任书条款');
    else void message.error(COMMON.notSaved);
  };

  return (
    <Card
      size="small"
      title="双方与条款"
      extra={
        !locked && (
          <Button type="primary" size="small" onClick={() => form.submit()} data-testid="terms-save">
            保存条款
          </Button>
        )
      }
    >
      <Form<TermsValues>
        form={form}
        layout="vertical"
        disabled={locked}
        initialValues={{
          ...contract,
          term: { start: dayjs(contract.term.start), end: dayjs(contract.term.end) },
          clauses: Object.fromEntries(CLAUSES.map(({ key }) => [key, contract[key].join('\n')])) as Record<ClauseKey, string>,
        }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed) => clearChangedErrors(form, changed)}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="title" label="责任书名称" required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="hospitalSide" label="院方代表（院长）" required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['director', 'name']} label="科主任" required>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="selectionMode" label="选拔方式（四.9）">
              <Radio.Group options={SELECTION_MODES.map((m) => ({ value: m, label: SELECTION_MODE_LABELS[m] }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['term', 'start']} label="任期开始" required>
              <DatePicker style={{ width: '100%' }} data-testid="terms-start" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['term', 'end']} label="任期结束" required>
              <DatePicker style={{ width: '100%' }} data-testid="terms-end" />
            </Form.Item>
          </Col>
          {CLAUSES.map(({ key, label }) => (
            <Col span={12} key={key}>
              <Form.Item name={['clauses', key]} label={`${label}（每行一条）`}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {unplaced.length > 0 && <Alert type="error" showIcon title={unplaced.join('；')} />}
      </Form>
    </Card>
  );
}
