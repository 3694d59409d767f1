import { useMemo } from 'react';
import { Card, Empty } from 'antd';
import { ActualIndex, assessmentYears, goalFor, type Actual, type ContractTarget, type ContractVersion } from '#shared/domain/index.ts';
import { EChart } from '#renderer/ui/EChart.tsx';
import { versionOfYear } from './useContracts.ts';

interface TrendChartProps {
  /** The signed versions, oldest first: each year's target comes from the version that year is scored by. */
  versions: ContractVersion[];
  targetKey: string | undefined;
  actuals: Actual[];
}

const ACTUAL_COLOR = '#1677ff';
const GOAL_COLOR = '#fa8c16';
const BASELINE_COLOR = '#8c8c8c';

const targetIn = (version: ContractVersion, key: string | undefined): ContractTarget | undefined => version.targets.find((t) => t.key === key);

/** Whether a target has a trend to draw: veto items count events and qualitative ones have no measured value. */
export const hasTrend = (target: ContractTarget) => target.rule.kind !== 'VETO' && target.rule.kind !== 'QUALITATIVE';

/**
 * One KPI over the term: the actuals against the annual targets (a 目标区间 as its two bounds) and the baseline,
 * all as lines on an axis fitted to the values (bars on a fitted axis would exaggerate). A year without an
 * actual leaves a gap and says 未填报 — it is never drawn as 0.
 */
export function TrendChart({ versions, targetKey, actuals }: TrendChartProps) {
  const index = useMemo(() => new ActualIndex(actuals), [actuals]);
  const years = useMemo(() => assessmentYears(versions.at(-1)!.contract), [versions]);
  // Named as in the newest version that has the line (an amendment may have dropped it later).
  const target = useMemo(() => versions.map((v) => targetIn(v, targetKey)).findLast((t) => t !== undefined), [versions, targetKey]);
  const option = useMemo(() => {
    if (!target) return null;
    const actualOf = (y: number) => index.find(target.key, y)?.value ?? null;
    const goals = years.map((y) => {
      const governing = targetIn(versionOfYear(versions, y), target.key);
      return governing ? goalFor(governing, y) : undefined;
    });
    const isRange = goals.some((g) => g?.kind === 'RANGE');
    const goalLine = (name: string, pick: (g: NonNullable<(typeof goals)[number]>) => number) => ({
      name,
      type: 'line',
      symbol: 'circle',
      symbolSize: 7,
      connectNulls: false,
      lineStyle: { color: GOAL_COLOR, width: 2, type: 'dashed' },
      itemStyle: { color: GOAL_COLOR },
      data: goals.map((g) => (g ? pick(g) : null)),
    });
    const goalSeries = isRange
      ? [goalLine('目标下限', (g) => (g.kind === 'RANGE' ? g.min : g.value)), goalLine('目标上限', (g) => (g.kind === 'RANGE' ? g.max : g.value))]
      : [goalLine('年度目标', (g) => (g.kind === 'VALUE' ? g.value : g.min))];
    const baseline = target.baseline.year !== null && target.baseline.value !== null ? target.baseline : null;
    const unit = target.unit;
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null | undefined) => (v === null || v === undefined ? '未填报' : `${v}${unit}`),
      },
      legend: { top: 0 },
      grid: { left: 56, right: 24, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: years.map((y) => `${y} 年`) },
      yAxis: { type: 'value', name: unit, scale: true },
      series: [
        {
          name: '实际值',
          type: 'line',
          symbol: 'circle',
          symbolSize: 9,
          connectNulls: false,
          lineStyle: { color: ACTUAL_COLOR, width: 2.5 },
          itemStyle: { color: ACTUAL_COLOR },
          label: { show: true, position: 'top', color: ACTUAL_COLOR },
          data: years.map(actualOf),
        },
        ...goalSeries,
        ...(baseline
          ? [{
              name: `基线（${baseline.year} 年）`,
              type: 'line',
              symbol: 'none',
              lineStyle: { color: BASELINE_COLOR, type: 'dotted', width: 1.5 },
              itemStyle: { color: BASELINE_COLOR },
              data: years.map(() => baseline.value),
            }]
          : []),
      ],
    };
  }, [versions, years, target, index]);

  // Years already under way with nothing entered; the term's future years are not "missing" yet.
  const thisYear = new Date().getFullYear();
  const missing = target ? years.filter((y) => y <= thisYear && !index.find(target.key, y)) : [];
  return (
    <Card
      size="small"
      title={target ? `趋势：${target.name}${target.unit ? `（${target.unit}）` : ''}` : '趋势'}
      extra={missing.length > 0 && <span style={{ color: 'rgba(0,0,0,0.45)' }} data-testid="trend-missing">{missing.join('、')} 年未填报</span>}
    >
      {option ? (
        <EChart option={option} height={260} ariaLabel={`${target!.name}的实际值与年度目标`} testId="trend-chart" />
      ) : (
        <Empty description="在上表中点击一项量化指标查看其趋势" />
      )}
    </Card>
  );
}
