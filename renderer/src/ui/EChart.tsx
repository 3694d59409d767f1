import { useEffect, useRef } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { FONT_STACK } from '#renderer/app/theme.ts';

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Accessible description: a canvas says nothing to screen readers or tests on its own. */
  ariaLabel: string;
  testId?: string;
}

/**
 * The one React wrapper around echarts: creates the chart once, updates the option, follows the container size.
 * echarts is loaded on first use, so a page's table paints before the chart library is parsed.
 */
export function EChart({ option, height, ariaLabel, testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);

  useEffect(() => {
    const element = container.current;
    let instance: ECharts | null = null;
    let observer: ResizeObserver | null = null;
    let disposed = false;
    void import('./echarts-setup.ts').then(({ echarts }) => {
      if (disposed || !element) return;
      instance = echarts.init(element, null, { renderer: 'canvas' });
      chart.current = instance;
      render(instance, latest.current);
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(element);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    if (chart.current) render(chart.current, option);
  }, [option]);

  return <div ref={container} role="img" aria-label={ariaLabel} data-testid={testId} style={{ height, width: '100%' }} />;
}

function render(instance: ECharts, option: EChartsCoreOption) {
  instance.setOption({ textStyle: { fontFamily: FONT_STACK }, ...option }, { notMerge: true });
}
