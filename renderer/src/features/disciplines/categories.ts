import { CATEGORY_LABELS, DISCIPLINE_CATEGORIES, SCORE_LABELS, type DisciplineCategory } from '#shared/domain/index.ts';

/** Display order: the four categories of measure 3, then the draft-only 未分类. */
export const CATEGORY_ORDER: readonly DisciplineCategory[] = DISCIPLINE_CATEGORIES;

/** antd preset tag colour and the matching chart colour, so a category looks the same in the table and chart. */
export const CATEGORY_COLORS: Record<DisciplineCategory, { tag: string; chart: string }> = {
  BASIC: { tag: 'blue', chart: '#1677ff' },
  PLATFORM: { tag: 'cyan', chart: '#13a8a8' },
  ADVANTAGE: { tag: 'gold', chart: '#d89614' },
  KEY_SUPPORT: { tag: 'purple', chart: '#722ed1' },
  UNCLASSIFIED: { tag: 'default', chart: '#a6a6a6' },
};

export const CATEGORY_OPTIONS = CATEGORY_ORDER.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }));

export function scoreLabel(score: number | null): string {
  return score === null ? '未评' : SCORE_LABELS[score as keyof typeof SCORE_LABELS];
}
