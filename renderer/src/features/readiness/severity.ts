import type { Severity } from '#shared/checks/index.ts';

/** One colour per severity, shared by the cards, the chart and the list so they read as one panel. */
export const SEVERITY_COLORS: Record<Severity, string> = { BLOCKER: '#cf1322', WARNING: '#d46b08', INFO: '#1668dc' };

export const SEVERITY_HINTS: Record<Severity, string> = {
  BLOCKER: '提交前必须处理',
  WARNING: '建议处理，可说明理由后提交',
  INFO: '供参考',
};
