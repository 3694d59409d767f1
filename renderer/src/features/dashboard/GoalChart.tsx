import { memo, useMemo } from 'react';
import { Flex, Progress, Typography } from 'antd';
import { GOAL_HORIZONS, GOAL_HORIZON_LABELS } from '#shared/domain/index.ts';
import { EChart } from '#renderer/ui/EChart.tsx';
import { GOAL_PROGRESSES, GOAL_PROGRESS_LABELS, type DashboardFigures, type GoalProgress } from './figures.ts';

const COLORS: Record<GoalProgress, string> = { DONE: '#389e0d', IN_PROGRESS: '#1668dc', NO_TASKS: '#bfbfbf' };

/**
 * Goals by horizon, stacked by how far their linked roadmap tasks have got. Goals carry no progress of their
 * own, so this is the only honest measure; goals with no linked task are shown as such.
 */
export const GoalChart = memo(function GoalChart({ goals }: { goals: DashboardFigures['goals'] }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 72, right: 16, top: 32, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: GOAL_HORIZONS.map((h) => GOAL_HORIZON_LABELS[h]), inverse: true },
      series: GOAL_PROGRESSES.map((p) => ({
        type: 'bar',
        stack: 'goals',
        name: GOAL_PROGRESS_LABELS[p],
        itemStyle: { color: COLORS[p] },
        barMaxWidth: 28,
        label: { show: true, formatter: (v: { value: number }) => (v.value > 0 ? String(v.value) : '') },
        data: GOAL_HORIZONS.map((h) => goals.byHorizon[h][p]),
      })),
    }),
    [goals],
  );
  const done = GOAL_HORIZONS.reduce((n, h) => n + goals.byHorizon[h].DONE, 0);
  const percent = goals.linkedTasks === 0 ? 0 : Math.round((goals.linkedTasksDone / goals.linkedTasks) * 100);
  return (
    <Flex vertical gap={8}>
      <Flex gap={24} align="center" wrap>
        <Typography.Text data-testid="goal-summary">
          共 {goals.total} 项目标，已完成 {done} 项
        </Typography.Text>
        <Flex gap={8} align="center" style={{ flex: '1 1 200px' }}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            关联任务完成 {goals.linkedTasksDone}/{goals.linkedTasks}
          </Typography.Text>
          <Progress percent={percent} size="small" style={{ margin: 0 }} />
        </Flex>
      </Flex>
      <EChart option={option} height={170} testId="chart-goals" ariaLabel={`建设目标按期限：已完成 ${done} 项，共 ${goals.total} 项`} />
    </Flex>
  );
});
