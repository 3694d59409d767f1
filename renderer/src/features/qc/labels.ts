import type { QcStatus } from '#shared/domain/index.ts';

/** Tag colours for the status: the traffic-light the issue asks for, grey for "nothing to judge". */
export const QC_STATUS_COLORS: Record<QcStatus, string> = {
  GREEN: 'success',
  AMBER: 'warning',
  RED: 'error',
  NOT_REPORTED: 'default',
  NO_TARGET: 'default',
  MONITOR: 'processing',
};
