import { memo, useMemo } from 'react';
import { Card, Flex, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { CATEGORY_LABELS, type DisciplineCategory } from '#shared/domain/index.ts';
import { EChart } from '#renderer/ui/EChart.tsx';
import { CATEGORY_COLORS, CATEGORY_ORDER } from './categories.ts';
import type { DisciplineRow } from './useDisciplines.ts';

interface DisciplineSummaryProps {
  rows: DisciplineRow[];
  onPickCategory: (category: DisciplineCategory) => void;
}

/** Count per category (measure 3) as number tiles and a bar chart; a tile click filters the table. */
export const DisciplineSummary = memo(function DisciplineSummary({ rows, onPickCategory }: DisciplineSummaryProps) {
  const counts = useMemo(() => {
    const result = new Map<DisciplineCategory, number>(CATEGORY_ORDER.map((c) => [c, 0]));
    for (const r of rows) result.set(r.category, (result.get(r.category) ?? 0) + 1);
    return result;
  }, [rows]);

  const option = useMemo<EChartsCoreOption>(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: CATEGORY_ORDER.map((c) => CATEGORY_LABELS[c]) },
      series: [
        {
          type: 'bar',
          name: '学科数',
          barMaxWidth: 18,
          label: { show: true, position: 'right' },
          data: CATEGORY_ORDER.map((c) => ({ value: counts.get(c) ?? 0, itemStyle: { color: CATEGORY_COLORS[c].chart } })),
        },
      ],
    }),
    [counts],
  );

  return (
    <Card title={`分类汇总（共 ${rows.length} 个学科）`} size="small" style={{ height: '100%' }} data-testid="discipline-summary">
      <Flex gap={8} style={{ marginBottom: 8 }}>
        {CATEGORY_ORDER.map((c) => (
          <button
            key={c}
            type="button"
            onClick={() => onPickCategory(c)}
            data-testid={`summary-${c}`}
            aria-label={`${CATEGORY_LABELS[c]} ${counts.get(c) ?? 0} 个，点击筛选`}
            style={{
              flex: 1,
              minWidth: 0,
              cursor: 'pointer',
              textAlign: 'left',
              padding: '6px 10px',
              border: '1px solid #e3e8e8',
              borderTop: `3px solid ${CATEGORY_COLORS[c].chart}`,
              borderRadius: 6,
              background: '#fff',
              font: 'inherit',
            }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {CATEGORY_LABELS[c]}
            </Typography.Text>
            <div style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.3 }}>{counts.get(c) ?? 0}</div>
          </button>
        ))}
      </Flex>
      <EChart option={option} height={170} ariaLabel="各类别学科数量条形图" testId="category-chart" />
    </Card>
  );
});
