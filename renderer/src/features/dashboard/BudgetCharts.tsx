import { memo, useMemo } from 'react';
import { Col, Row, Typography } from 'antd';
import { FUNDING_SOURCES, RESOURCE_ELEMENTS, type BudgetTotals } from '#shared/domain/index.ts';
import { EChart } from '#renderer/ui/EChart.tsx';
import { PALETTE } from './palette.ts';

export const formatWan = (wan: number) => `${wan.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;

const bar = (names: string[], values: number[], color: string) => ({
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatWan(v) },
  grid: { left: 56, right: 12, top: 24, bottom: 28 },
  xAxis: { type: 'category', data: names },
  yAxis: { type: 'value', name: '万元', nameTextStyle: { align: 'right' } },
  series: [{ type: 'bar', data: values, itemStyle: { color }, barMaxWidth: 36, label: { show: true, position: 'top', formatter: (p: { value: number }) => p.value.toLocaleString('zh-CN') } }],
});

/** 四.6 要素需求 budget, in 万元: by element type, by year and by funding source. */
export const BudgetCharts = memo(function BudgetCharts({ budget }: { budget: BudgetTotals }) {
  const byElement = useMemo(() => bar([...RESOURCE_ELEMENTS], RESOURCE_ELEMENTS.map((e) => budget.byElement[e]), PALETTE[0]!), [budget]);
  const byYear = useMemo(() => bar(budget.byYear.map((y) => `${y.year}年`), budget.byYear.map((y) => y.total), PALETTE[1]!), [budget]);
  const bySource = useMemo(
    () => ({
      color: PALETTE.slice(2),
      tooltip: { trigger: 'item', valueFormatter: (v: number) => formatWan(v) },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['38%', '64%'],
          center: ['50%', '44%'],
          label: { formatter: '{b}\n{d}%' },
          data: FUNDING_SOURCES.map((s) => ({ name: s, value: budget.bySource[s] })),
        },
      ],
    }),
    [budget],
  );
  const list = (entries: [string, number][]) => entries.map(([k, v]) => `${k} ${formatWan(v)}`).join('，');
  return (
    <Row gutter={16}>
      <Col span={9}>
        <Typography.Text type="secondary">按要素类型</Typography.Text>
        <EChart option={byElement} height={220} testId="chart-budget-element" ariaLabel={`按要素类型：${list(RESOURCE_ELEMENTS.map((e) => [e, budget.byElement[e]]))}`} />
      </Col>
      <Col span={8}>
        <Typography.Text type="secondary">按年度</Typography.Text>
        <EChart option={byYear} height={220} testId="chart-budget-year" ariaLabel={`按年度：${list(budget.byYear.map((y) => [`${y.year}年`, y.total]))}`} />
      </Col>
      <Col span={7}>
        <Typography.Text type="secondary">按经费来源</Typography.Text>
        <EChart option={bySource} height={220} testId="chart-budget-source" ariaLabel={`按经费来源：${list(FUNDING_SOURCES.map((s) => [s, budget.bySource[s]]))}`} />
      </Col>
    </Row>
  );
});
