import { CONTRACT_STATUSES, CONTRACT_STATUS_LABELS, type ContractStatus, type GradeScale } from '#shared/domain/index.ts';

export const STATUS_COLORS: Record<ContractStatus, string> = {
  DRAFT: 'default',
  UNDER_REVIEW: 'blue',
  SIGNED: 'cyan',
  ACTIVE: 'green',
  ASSESSED: 'purple',
  TERMINATED: 'red',
};

export const STATUS_OPTIONS = CONTRACT_STATUSES.map((s) => ({ value: s, label: CONTRACT_STATUS_LABELS[s] }));

const LEVEL_COLORS = ['green', 'blue', 'gold', 'cyan', 'geekblue', 'lime', 'orange', 'purple'];

/** A grade's tag colour by its rank in the hospital's scale (labels are the hospital's own words). */
export function gradeColor(grade: string, scale: GradeScale): string {
  if (grade === scale.fail) return 'red';
  const rank = scale.levels.findIndex((level) => level.label === grade);
  return rank < 0 ? 'default' : LEVEL_COLORS[rank]!;
}

/** '2025-01-01 至 2027-12-31' → '2025.01–2027.12': the list column stays narrow. */
export const shortTerm = (term: { start: string; end: string }) =>
  `${term.start.slice(0, 7).replace('-', '.')}–${term.end.slice(0, 7).replace('-', '.')}`;

