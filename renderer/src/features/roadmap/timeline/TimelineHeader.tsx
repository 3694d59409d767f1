import { memo } from 'react';
import { TODAY_COLOR } from './colors.ts';
import { headerTicks, type TimeScale } from './scale.ts';
import type { TimelineMarker } from './types.ts';

export const HEADER_ROW = 24;
export const HEADER_HEIGHT = HEADER_ROW * 3;

interface TimelineHeaderProps {
  scale: TimeScale;
  labelWidth: number;
  markers: readonly TimelineMarker[];
  today: string;
}

/** A label centred on its line, or tucked inside when the line is at the very edge of the timeline. */
function labelShift(x: number, width: number): string {
  if (x > width - 60) return 'translateX(-100%)';
  if (x < 60) return 'none';
  return 'translateX(-50%)';
}

/** Sticky header: years, then half-years / quarters / months, then the marker and 今天 labels. */
export const TimelineHeader = memo(function TimelineHeader({ scale, labelWidth, markers, today }: TimelineHeaderProps) {
  const { top, bottom } = headerTicks(scale);
  const todayX = scale.x(today);
  return (
    <div className="rt-header" style={{ height: HEADER_HEIGHT }} data-testid="roadmap-header">
      <div className="rt-corner" style={{ width: labelWidth, height: HEADER_HEIGHT }}>
        专科 / 任务
      </div>
      <div className="rt-ticks" style={{ width: scale.width, height: HEADER_HEIGHT }}>
        {top.map((t) => (
          <div key={t.key} className="rt-tick rt-tick-top" title={t.title} style={{ left: t.left, width: t.width, top: 0, height: HEADER_ROW }}>
            {t.label}
          </div>
        ))}
        {bottom.map((t) => (
          <div key={t.key} className="rt-tick" data-testid="roadmap-tick" title={t.title} style={{ left: t.left, width: t.width, top: HEADER_ROW, height: HEADER_ROW }}>
            {t.label}
          </div>
        ))}
        {markers.map((m) => (
          <div key={m.date} className="rt-marker-label" data-testid="roadmap-marker" title={`${m.label}（${m.date}）`} style={{ left: scale.x(m.date) + scale.pxPerDay, top: HEADER_ROW * 2 + 3, background: m.color, transform: labelShift(scale.x(m.date) + scale.pxPerDay, scale.width) }}>
            {m.label}
          </div>
        ))}
        {todayX >= 0 && todayX <= scale.width && (
          <div className="rt-marker-label" title={`今天（${today}）`} style={{ left: todayX, top: HEADER_ROW * 2 + 3, background: TODAY_COLOR, transform: labelShift(todayX, scale.width) }}>
            今天
          </div>
        )}
      </div>
    </div>
  );
});

interface TimelineGridProps {
  scale: TimeScale;
  markers: readonly TimelineMarker[];
  today: string;
}

/** Vertical lines across the body: sub-unit and year boundaries, the markers, and today. */
export const TimelineGrid = memo(function TimelineGrid({ scale, markers, today }: TimelineGridProps) {
  const { top, bottom } = headerTicks(scale);
  return (
    <>
      {bottom.map((t) => (
        <div key={t.key} className="rt-gridline" style={{ left: t.left }} />
      ))}
      {top.map((t) => (
        <div key={t.key} className="rt-gridline rt-gridline-year" style={{ left: t.left }} />
      ))}
      {markers.map((m) => (
        <div key={m.date} className="rt-markerline" style={{ left: scale.x(m.date) + scale.pxPerDay, borderColor: m.color }} />
      ))}
      <div className="rt-markerline" data-testid="roadmap-today" style={{ left: scale.x(today), borderColor: TODAY_COLOR, borderLeftStyle: 'solid', opacity: 0.6 }} />
    </>
  );
});
