import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { FONT_STACK } from '#renderer/app/theme.ts';

// Only the chart types and components the app uses, so the bundle stays small and nothing loads at runtime.
echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Accessible description: a canvas says nothing to screen readers or tests on its own. */
  ariaLabel: string;
  testId?: string;
}

/** The one React wrapper around echarts: creates the chart once, updates the option, follows the container size. */
export function EChart({ option, height, ariaLabel, testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ textStyle: { fontFamily: FONT_STACK }, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={ariaLabel} data-testid={testId} style={{ height, width: '100%' }} />;
}
