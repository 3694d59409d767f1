import { memo, useMemo } from 'react';
import { Button, Flex, Skeleton, Statistic } from 'antd';
import { Link } from 'react-router';
import { SEVERITIES, SEVERITY_LABELS, type Finding, type Severity } from '#shared/checks/index.ts';
import { SEVERITY_COLORS, SEVERITY_HINTS } from '#renderer/features/readiness/severity.ts';
import { EChart } from '#renderer/ui/EChart.tsx';

/** Open 提交前检查 problems of the hospital by severity, with the way to the full list on 导出与提交. */
export const ReadinessSummary = memo(function ReadinessSummary({ findings }: { findings: Finding[] | undefined }) {
  const counts = useMemo(() => {
    const c = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    for (const f of findings ?? []) c[f.severity] += 1;
    return c;
  }, [findings]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['45%', '72%'],
          label: { formatter: '{b} {c}' },
          data: SEVERITIES.filter((s) => counts[s] > 0).map((s) => ({ name: SEVERITY_LABELS[s], value: counts[s], itemStyle: { color: SEVERITY_COLORS[s] } })),
        },
      ],
    }),
    [counts],
  );
  if (!findings) return <Skeleton active paragraph={{ rows: 3 }} />;
  return (
    <Flex vertical gap={8}>
      <Flex gap={16} wrap>
        {SEVERITIES.map((s) => (
          <Link key={s} to="/export" data-testid={`readiness-count-${s}`} title={SEVERITY_HINTS[s]}>
            <Statistic title={SEVERITY_LABELS[s]} value={counts[s]} suffix="项" styles={{ content: { color: SEVERITY_COLORS[s] } }} />
          </Link>
        ))}
      </Flex>
      {findings.length > 0 && (
        <EChart option={option} height={150} testId="chart-readiness" ariaLabel={SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${counts[s]} 项`).join('，')} />
      )}
      <Link to="/export" data-testid="readiness-open">
        <Button type={counts.BLOCKER > 0 ? 'primary' : 'default'}>{findings.length > 0 ? '前往导出与提交处理问题' : '前往导出与提交'}</Button>
      </Link>
    </Flex>
  );
});
