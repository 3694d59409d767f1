import { CONTRACT_STATUSES, CONTRACT_STATUS_LABELS, type ContractStatus } from '#shared/domain/index.ts';

export const STATUS_COLORS: Record<ContractStatus, string> = {
  DRAFT: 'default',
  UNDER_REVIEW: 'blue',
  SIGNED: 'cyan',
  ACTIVE: 'green',
  ASSESSED: 'purple',
  TERMINATED: 'red',
};

export const STATUS_OPTIONS = CONTRACT_STATUSES.map((s) => ({ value: s, label: CONTRACT_STATUS_LABELS[s] }));

export const GRADE_COLORS: Record<string, string> = { 优秀: 'green', 良好: 'blue', 合格: 'gold', 不合格: 'red', 未完成: 'default' };

/** '2025-01-01 至 2027-12-31' → '2025.01–2027.12': the list column stays narrow. */
export const shortTerm = (term: { start: string; end: string }) =>
  `${term.start.slice(0, 7).replace('-', '.')}–${term.end.slice(0, 7).replace('-', '.')}`;

export const today = () => new Date().toISOString().slice(0, 10);
