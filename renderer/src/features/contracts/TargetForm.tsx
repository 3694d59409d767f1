import { useMemo, useState } from 'react';
import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { v7 as uuidv7 } from 'uuid';
import {
  DIMENSION_LABELS,
  DIRECTION_LABELS,
  KPI_CATALOGUE,
  KPI_DIMENSIONS,
  KPI_DIRECTIONS,
  KPI_UNITS,
  createTarget,
  termYears,
  unitLabel,
  type AnnualTarget,
  type ContractTarget,
  type DirectorContract,
} from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { clearChangedErrors, submitWithIssues } from '#renderer/ui/formErrors.ts';
import { RuleFields, type RuleValues, fromRule, toRule } from './RuleFields.tsx';
import { useContractActions } from './useContracts.ts';

type Goals = Record<string, { value?: number | null; min?: number | null; max?: number | null }>;
type TargetValues = Pick<ContractTarget, 'name' | 'dimension' | 'unit' | 'direction' | 'definition' | 'baseline' | 'weight'> & {
  kpiId: string | null;
  rule: RuleValues;
  goals: Goals;
};

interface TargetFormProps {
  contract: DirectorContract;
  target: ContractTarget | undefined;
  nextOrder: number;
  readOnly: boolean;
  onClose: () => void;
}

const CUSTOM = '__custom__';
const kpiOptions = [
  { value: CUSTOM, label: '自定义指标…' },
  ...KPI_DIMENSIONS.map((d) => ({
    label: DIMENSION_LABELS[d],
    options: KPI_CATALOGUE.filter((k) => k.dimension === d).map((k) => ({ value: k.id, label: `${k.name}${k.national ? '（国考）' : ''}` })),
  })),
];

function toGoals(target: ContractTarget | undefined): Goals {
  const goals: Goals = {};
  for (const g of target?.annualTargets ?? []) goals[g.year] = g.kind === 'VALUE' ? { value: g.value } : { min: g.min, max: g.max };
  return goals;
}

function fromGoals(goals: Goals, years: number[], monitor: boolean): AnnualTarget[] {
  const out: AnnualTarget[] = [];
  for (const year of years) {
    const g = goals[year] ?? {};
    if (monitor && g.min != null && g.max != null) out.push({ kind: 'RANGE', year, min: g.min, max: g.max });
    else if (!monitor && g.value != null) out.push({ kind: 'VALUE', year, value: g.value });
  }
  return out;
}

/** Add/edit one target: KPI from the catalogue or custom, baseline, annual targets, weight and scoring rule. */
export function TargetForm({ contract, target, nextOrder, readOnly, onClose }: TargetFormProps) {
  const { message } = App.useApp();
  const actions = useContractActions();
  const [form] = Form.useForm<TargetValues>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { first, last } = termYears(contract.term);
  const years = useMemo(() => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i), [first, last]);
  const direction = Form.useWatch('direction', form);
  const isCustom = Form.useWatch('kpiId', form) === null;

  const initial: TargetValues = target
    ? { ...target, rule: fromRule(target.rule), goals: toGoals(target) }
    : { kpiId: null, name: '', dimension: 'SERVICE', unit: '', direction: 'UP', definition: '', baseline: { year: first - 1, value: null }, weight: 0, rule: fromRule({ kind: 'THRESHOLD' }), goals: {} };

  const pickKpi = (id: string) => {
    if (id === CUSTOM) return form.setFieldsValue({ kpiId: null });
    const kpi = KPI_CATALOGUE.find((k) => k.id === id)!;
    form.setFieldsValue({ kpiId: id, name: kpi.name, dimension: kpi.dimension, unit: kpi.unit, direction: kpi.direction, definition: kpi.definition });
  };

  const submit = async (values: TargetValues) => {
    const at = new Date().toISOString();
    const base = target ?? createTarget({ id: uuidv7(), contractId: contract.id, order: nextOrder, at, kpi: { name: '新指标', dimension: 'SERVICE', unit: '', direction: 'UP', definition: '' }, weight: 0, rule: { kind: 'THRESHOLD' } });
    const draft: ContractTarget = {
      ...base,
      kpiId: values.kpiId,
      name: values.name,
      dimension: values.dimension,
      unit: values.unit ?? '',
      direction: values.direction,
      definition: values.definition ?? '',
      baseline: { year: values.baseline.year ?? null, value: values.baseline.value ?? null },
      weight: values.weight ?? 0,
      rule: toRule(values.rule),
      annualTargets: fromGoals(values.goals ?? {}, years, values.direction === 'MONITOR'),
    };
    const result = await submitWithIssues(form, () => actions.saveTargets(contract.id, [draft]));
    setUnplaced(result.ok ? [] : result.unplaced);
    if (result.ok) {
      void message.success(`已保存指标「${draft.name}」`);
      onClose();
    } else void message.error(COMMON.notSaved);
  };

  return (
    <Drawer
      open
      size={680}
      title={target ? `${readOnly ? '查看' : '编辑'}指标「${target.name}」` : '新增考核指标'}
      onClose={onClose}
      data-testid="target-form"
      footer={
        !readOnly && (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{COMMON.cancel}</Button>
            <Button type="primary" onClick={() => form.submit()} data-testid="target-save">
              {COMMON.save}
            </Button>
          </Flex>
        )
      }
    >
      <Form<TargetValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={initial}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed) => clearChangedErrors(form, changed)}
      >
        <Form.Item label="指标库" extra="从指标库选择（名称、维度、单位、方向随之填入），或选“自定义指标”">
          <Select showSearch={{ optionFilterProp: 'label' }} defaultValue={target?.kpiId ?? CUSTOM} options={kpiOptions} onChange={pickKpi} data-testid="target-kpi" />
        </Form.Item>
        <Form.Item name="kpiId" hidden>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="name" label="指标名称" required>
              <Input disabled={readOnly || !isCustom} data-testid="target-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="dimension" label="维度" required>
              <Select disabled={readOnly || !isCustom} options={KPI_DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unit" label="单位">
              <Select disabled={readOnly || !isCustom} options={KPI_UNITS.map((u) => ({ value: u, label: unitLabel(u) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="direction" label="方向" required>
              <Select disabled={readOnly || !isCustom} options={KPI_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="definition" label="指标定义">
          <Input.TextArea rows={2} disabled={readOnly || !isCustom} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name={['baseline', 'year']} label="基线年份" required>
              <InputNumber style={{ width: '100%' }} precision={0} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['baseline', 'value']} label="基线值">
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="weight" label="权重" required>
              <InputNumber style={{ width: '100%' }} data-testid="target-weight" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          年度目标（任期 {first}–{last} 年{direction === 'MONITOR' ? '，监测指标填目标区间' : ''}）
        </Divider>
        <Row gutter={12}>
          {years.map((year) => (
            <Col span={8} key={year}>
              {direction === 'MONITOR' ? (
                <Form.Item label={`${year} 年区间`}>
                  <Flex gap={4}>
                    <Form.Item name={['goals', String(year), 'min']} noStyle>
                      <InputNumber placeholder="下限" />
                    </Form.Item>
                    <Form.Item name={['goals', String(year), 'max']} noStyle>
                      <InputNumber placeholder="上限" />
                    </Form.Item>
                  </Flex>
                </Form.Item>
              ) : (
                <Form.Item name={['goals', String(year), 'value']} label={`${year} 年目标`}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              )}
            </Col>
          ))}
        </Row>
        <Divider titlePlacement="start" plain>计分方式</Divider>
        <RuleFields />
        {unplaced.length > 0 && <Alert type="error" showIcon title={unplaced.join('；')} />}
      </Form>
    </Drawer>
  );
}
