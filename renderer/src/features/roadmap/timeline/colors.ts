import type { MilestoneStatus } from '#shared/domain/index.ts';

/** Fill and border of a bar by status; overdue overrides both (red), whatever the status. */
export const STATUS_COLORS: Record<MilestoneStatus, { fill: string; border: string }> = {
  PLANNED: { fill: '#bae0ff', border: '#4096ff' },
  IN_PROGRESS: { fill: '#4096ff', border: '#0958d9' },
  DONE: { fill: '#95de64', border: '#389e0d' },
  CANCELLED: { fill: '#e8e8e8', border: '#bfbfbf' },
};

export const OVERDUE_COLORS = { fill: '#ff7875', border: '#cf1322' };

export const TODAY_COLOR = '#f5222d';

/** Dependency arrows: grey, or red (and thicker) while the dependant starts before its prerequisite ends. */
export const ARROW_COLORS = { normal: '#8c8c8c', late: '#cf1322' };

export function barColors(status: MilestoneStatus, overdue: boolean) {
  return overdue ? OVERDUE_COLORS : STATUS_COLORS[status];
}
