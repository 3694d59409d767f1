import { Card, Form, Input, Radio } from 'antd';
import { FACTOR_KEYS, FACTOR_LABELS, SCORE_LABELS } from '#shared/domain/index.ts';

// 0 stands for "not yet assessed" inside the radio group only; the record stores null.
const SCORE_OPTIONS = [
  { value: 0, label: '未评' },
  ...([1, 2, 3, 4, 5] as const).map((s) => ({ value: s, label: SCORE_LABELS[s] })),
];

const FACTOR_HINTS: Record<(typeof FACTOR_KEYS)[number], string> = {
  developmentLevel: '如：近三年门诊量、出院人次、四级手术占比的变化',
  industryStanding: '如：国家/省级临床重点专科、质控中心挂靠、专科联盟牵头',
  talentTeam: '如：高级职称占比、博士人数、学术任职',
  clinicalCapability: '如：CMI、DRG 组数、疑难危重病例比例',
};

/** Measure 3's four factors, each a 1–5 score (弱 … 强) with the evidence it rests on. */
export function FactorFields() {
  return (
    <>
      {FACTOR_KEYS.map((key) => (
        <Card key={key} size="small" style={{ marginBottom: 12 }} data-testid={`factor-${key}`}>
          <Form.Item
            name={['factors', key, 'score']}
            label={FACTOR_LABELS[key]}
            getValueProps={(value: number | null) => ({ value: value ?? 0 })}
            normalize={(value: number) => (value === 0 ? null : value)}
            style={{ marginBottom: 8 }}
          >
            <Radio.Group optionType="button" buttonStyle="solid" size="small" options={SCORE_OPTIONS} aria-label={`${FACTOR_LABELS[key]}评分`} />
          </Form.Item>
          <Form.Item name={['factors', key, 'evidence']} style={{ marginBottom: 0 }}>
            <Input placeholder={`评分依据，${FACTOR_HINTS[key]}`} aria-label={`${FACTOR_LABELS[key]}依据`} />
          </Form.Item>
        </Card>
      ))}
    </>
  );
}
