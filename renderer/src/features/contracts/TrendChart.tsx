import { useMemo } from 'react';
import { Card, Empty } from 'antd';
import { goalFor, termYears, type Actual, type ContractTarget, type DirectorContract } from '#shared/domain/index.ts';
import { EChart } from '#renderer/ui/EChart.tsx';

interface TrendChartProps {
  contract: DirectorContract;
  target: ContractTarget | undefined;
  actuals: Actual[];
}

/** One KPI over the term: actuals against the annual targets (bars side by side; the app registers bar charts only), baseline first. */
export function TrendChart({ contract, target, actuals }: TrendChartProps) {
  const option = useMemo(() => {
    if (!target) return null;
    const { first, last } = termYears(contract.term);
    const years: number[] = [];
    for (let y = first; y <= last; y++) years.push(y);
    const actualOf = (y: number) => actuals.find((a) => a.targetKey === target.key && a.year === y)?.value ?? null;
    const goalOf = (y: number) => {
      const g = goalFor(target, y);
      return g === undefined ? null : g.kind === 'VALUE' ? g.value : (g.min + g.max) / 2;
    };
    const baseline = target.baseline.year !== null && target.baseline.value !== null ? target.baseline : null;
    const labels = [...(baseline ? [`${baseline.year}（基线）`] : []), ...years.map(String)];
    const pad = baseline ? [null] : [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['实际值', '年度目标', '基线'], top: 0 },
      grid: { left: 56, right: 24, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', name: target.unit },
      series: [
        { name: '实际值', type: 'bar', barMaxWidth: 36, data: [...pad, ...years.map(actualOf)], itemStyle: { color: '#1677ff' } },
        { name: '年度目标', type: 'bar', barMaxWidth: 36, data: [...pad, ...years.map(goalOf)], itemStyle: { color: '#fa8c16' } },
        ...(baseline ? [{ name: '基线', type: 'bar', barMaxWidth: 36, barGap: '-100%', data: [baseline.value, ...years.map(() => null)], itemStyle: { color: '#8c8c8c' } }] : []),
      ],
    };
  }, [contract.term, target, actuals]);

  return (
    <Card size="small" title={target ? `趋势：${target.name}${target.unit ? `（${target.unit}）` : ''}` : '趋势'}>
      {option ? (
        <EChart option={option} height={240} ariaLabel={`${target!.name}的实际值与年度目标`} testId="trend-chart" />
      ) : (
        <Empty description="在上表中点击一项指标查看其趋势" />
      )}
    </Card>
  );
}
