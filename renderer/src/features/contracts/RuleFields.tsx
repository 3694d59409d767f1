import { Button, Col, Flex, Form, InputNumber, Radio, Row, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { SCORING_RULE_LABELS, type RuleKind, type ScoringRule } from '#shared/domain/index.ts';

/** The rule as the form holds it: tier shares in percent, every kind's parameters side by side. */
export interface RuleValues {
  kind: RuleKind;
  cap: number;
  basis: 'VALUE' | 'ATTAINMENT';
  tiers: { from: number | null; to: number | null; sharePct: number | null }[];
}

export function fromRule(rule: ScoringRule): RuleValues {
  return {
    kind: rule.kind,
    cap: rule.kind === 'PROPORTIONAL' ? rule.cap : 1,
    basis: rule.kind === 'TIERED' ? rule.basis : 'VALUE',
    tiers: rule.kind === 'TIERED' ? rule.tiers.map((t) => ({ from: t.from, to: t.to, sharePct: Math.round(t.share * 10000) / 100 })) : [],
  };
}

export function toRule(values: RuleValues): ScoringRule {
  if (values.kind === 'PROPORTIONAL') return { kind: 'PROPORTIONAL', cap: values.cap ?? 1 };
  if (values.kind === 'TIERED') {
    const tiers = (values.tiers ?? []).map((t) => ({ from: t.from ?? null, to: t.to ?? null, share: (t.sharePct ?? 0) / 100 }));
    return { kind: 'TIERED', basis: values.basis ?? 'VALUE', tiers };
  }
  return { kind: values.kind };
}

const HELP: Record<RuleKind, string> = {
  THRESHOLD: '达到年度目标得全部权重分，否则 0 分',
  PROPORTIONAL: '↑ 权重 × 实际/目标，↓ 权重 × 目标/实际，不超过封顶系数',
  TIERED: '按数值区间（下限含、上限不含）取权重的相应比例',
  QUALITATIVE: '考核人给出 0–权重 分，并须写明理由',
  VETO: '发生即当年考核不合格，不计权重（权重填 0）',
};

/** Scoring rule and its parameters, inside the target form (field names under `rule`). */
export function RuleFields() {
  const kind = Form.useWatch(['rule', 'kind']) as RuleKind | undefined;
  return (
    <>
      <Form.Item name={['rule', 'kind']} label="计分方式" required extra={kind ? HELP[kind] : undefined}>
        <Radio.Group optionType="button" options={(Object.keys(SCORING_RULE_LABELS) as RuleKind[]).map((k) => ({ value: k, label: SCORING_RULE_LABELS[k] }))} />
      </Form.Item>
      {kind === 'PROPORTIONAL' && (
        <Form.Item name={['rule', 'cap']} label="封顶系数" extra="1.0 表示超额完成不加分；1.2 表示最多得权重的 120%">
          <InputNumber min={1} max={2} step={0.1} />
        </Form.Item>
      )}
      {kind === 'TIERED' && (
        <>
          <Form.Item name={['rule', 'basis']} label="分档依据">
            <Select style={{ width: 240 }} options={[{ value: 'VALUE', label: '按实际值' }, { value: 'ATTAINMENT', label: '按完成率（%）' }]} />
          </Form.Item>
          <Form.List name={['rule', 'tiers']}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Row gutter={8} key={field.key} align="middle">
                    <Col span={7}>
                      <Form.Item name={[field.name, 'from']} label="下限（含，空为不限）">
                        <InputNumber style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[field.name, 'to']} label="上限（不含，空为不限）">
                        <InputNumber style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[field.name, 'sharePct']} label="得分比例（%）">
                        <InputNumber min={0} max={100} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <MinusCircleOutlined aria-label="删除档位" onClick={() => remove(field.name)} />
                    </Col>
                  </Row>
                ))}
                <Flex>
                  <Button size="small" icon={<PlusOutlined />} onClick={() => add({ from: null, to: null, sharePct: 100 })}>
                    新增档位
                  </Button>
                </Flex>
              </>
            )}
          </Form.List>
        </>
      )}
    </>
  );
}
