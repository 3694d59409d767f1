import type { CSSProperties, ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { MILESTONE_STATUSES, MILESTONE_STATUS_LABELS } from '#shared/domain/index.ts';
import { ARROW_COLORS, OVERDUE_COLORS, STATUS_COLORS, TODAY_COLOR, type TimelineMarker } from './timeline/RoadmapTimeline.tsx';

const swatch = (fill: string, border: string, extra?: CSSProperties) => (
  <span style={{ display: 'inline-block', width: 22, height: 12, borderRadius: 3, background: fill, border: `1px solid ${border}`, ...extra }} />
);

function Item({ mark, label }: { mark: ReactNode; label: string }) {
  return (
    <Flex align="center" gap={6}>
      {mark}
      <Typography.Text style={{ fontSize: 12 }}>{label}</Typography.Text>
    </Flex>
  );
}

/** What the colours, shapes and lines of the timeline mean. */
export function RoadmapLegend({ markers }: { markers: readonly TimelineMarker[] }) {
  return (
    <Flex gap={12} wrap align="center" data-testid="roadmap-legend" aria-label="图例">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        图例
      </Typography.Text>
      {MILESTONE_STATUSES.map((s) => (
        <Item key={s} mark={swatch(STATUS_COLORS[s].fill, STATUS_COLORS[s].border)} label={MILESTONE_STATUS_LABELS[s]} />
      ))}
      <Item
        mark={swatch(OVERDUE_COLORS.fill, OVERDUE_COLORS.border, { backgroundImage: 'repeating-linear-gradient(135deg, rgba(255,255,255,.35) 0 4px, transparent 4px 8px)' })}
        label="逾期"
      />
      <Item
        mark={<span style={{ display: 'inline-block', width: 11, height: 11, transform: 'rotate(45deg)', background: STATUS_COLORS.PLANNED.fill, border: `1px solid ${STATUS_COLORS.PLANNED.border}` }} />}
        label="里程碑"
      />
      <Item mark={<span style={{ color: ARROW_COLORS.normal }}>→</span>} label="前置任务" />
      <Item mark={<span style={{ color: ARROW_COLORS.late, fontWeight: 600 }}>→</span>} label="早于前置结束" />
      <Item mark={<span style={{ color: ARROW_COLORS.normal }}>⇢</span>} label="通往折叠专科" />
      {markers.map((m) => (
        <Item key={m.date} mark={<span style={{ display: 'inline-block', height: 14, borderLeft: `2px dashed ${m.color}` }} />} label={m.label} />
      ))}
      <Item mark={<span style={{ display: 'inline-block', height: 14, borderLeft: `2px solid ${TODAY_COLOR}` }} />} label="今天" />
    </Flex>
  );
}
