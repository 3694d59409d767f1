import {
  DISEASE_AREAS,
  DISEASE_AREA_LABELS,
  GOAL_HORIZONS,
  GOAL_HORIZON_LABELS,
  SPECIALTY_TYPES,
  SPECIALTY_TYPE_LABELS,
  type SpecialtyType,
} from '#shared/domain/index.ts';

export const TYPE_COLORS: Record<SpecialtyType, string> = { ADVANTAGE: 'gold', FEATURE: 'geekblue' };
export const TYPE_OPTIONS = SPECIALTY_TYPES.map((t) => ({ value: t, label: SPECIALTY_TYPE_LABELS[t] }));
export const AREA_OPTIONS = DISEASE_AREAS.map((a) => ({ value: a, label: DISEASE_AREA_LABELS[a] }));
export const HORIZON_OPTIONS = GOAL_HORIZONS.map((h) => ({ value: h, label: GOAL_HORIZON_LABELS[h] }));

/** antd Select/Radio options from a list whose stored value is the Chinese word itself (要素, 经费来源 …). */
export const plainOptions = <V extends string>(values: readonly V[]) => values.map((v) => ({ value: v, label: v }));

/** Numbers as plans print them: up to 2 decimals, grouped thousands. */
export const formatAmount = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** The detail page's tabs, in order; the key is the `?tab=` value (the 质控指标 page links to `?tab=qc`). */
export const TAB_KEYS = ['diseases', 'goals', 'needs', 'tech', 'talent', 'grassroots', 'qc', 'milestones'] as const;
export type TabKey = (typeof TAB_KEYS)[number];
