import { memo, useMemo } from 'react';
import { SEVERITIES, SEVERITY_LABELS, type Finding } from '#shared/checks/index.ts';
import { EChart } from '#renderer/ui/EChart.tsx';
import { SEVERITY_COLORS } from './severity.ts';

/** '四.3' before '四.11' and '二' before '四': the guidance's order, not the string order. */
const NUMERALS = '一二三四五六七八九十';
function articleKey(ref: string): [number, number] {
  const [section = '', measure = ''] = ref.split('.');
  return [NUMERALS.indexOf(section), Number.parseInt(measure, 10) || 0];
}
function compareArticles(a: string, b: string): number {
  const [sa, ma] = articleKey(a);
  const [sb, mb] = articleKey(b);
  return sa - sb || ma - mb || a.localeCompare(b);
}

/** Findings per article, stacked by severity: which measures of the guidance the plan is weakest on. */
export const FindingsChart = memo(function FindingsChart({ findings }: { findings: Finding[] }) {
  const option = useMemo(() => {
    const articles = [...new Set(findings.map((f) => f.article))].sort(compareArticles);
    const column = new Map(articles.map((a, i) => [a, i]));
    const series = SEVERITIES.map((severity) => {
      const data: number[] = articles.map(() => 0);
      for (const f of findings) if (f.severity === severity) data[column.get(f.article)!]! += 1;
      return {
        type: 'bar',
        name: SEVERITY_LABELS[severity],
        stack: 'findings',
        barMaxWidth: 36,
        itemStyle: { color: SEVERITY_COLORS[severity] },
        data,
      };
    });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 36, right: 12, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: articles.map((a) => `依据 ${a}`) },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    };
  }, [findings]);
  const summary = `按条款统计的问题数：${[...new Set(findings.map((f) => f.article))].join('、') || '无'}`;
  return <EChart option={option} height={220} ariaLabel={summary} testId="readiness-chart" />;
});
