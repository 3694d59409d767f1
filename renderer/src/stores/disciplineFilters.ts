import { create } from 'zustand';
import type { DisciplineCategory } from '#shared/domain/index.ts';

export type CategoryFilter = DisciplineCategory | 'ALL';
/** Which hospital's disciplines the table shows: the current hospital, one chosen hospital, or all of them. */
export type HospitalScope = 'CURRENT' | 'ALL' | { hospitalId: string };

interface DisciplineFilterState {
  search: string;
  category: CategoryFilter;
  scope: HospitalScope;
  setSearch: (search: string) => void;
  setCategory: (category: CategoryFilter) => void;
  setScope: (scope: HospitalScope) => void;
  reset: () => void;
}

const initial = { search: '', category: 'ALL', scope: 'CURRENT' } satisfies Pick<
  DisciplineFilterState,
  'search' | 'category' | 'scope'
>;

/**
 * UI state of the 学科梳理 table, kept outside the page so the filters survive a visit to another page.
 * Records themselves never live here: they come from the database through live queries.
 */
export const useDisciplineFilters = create<DisciplineFilterState>()((set) => ({
  ...initial,
  setSearch: (search) => set({ search }),
  setCategory: (category) => set({ category }),
  setScope: (scope) => set({ scope }),
  reset: () => set(initial),
}));
