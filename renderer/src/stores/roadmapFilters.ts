import { create } from 'zustand';

export type RoadmapZoom = 'YEAR' | 'QUARTER' | 'MONTH';
/** Whose roadmap: the current hospital's, or every hospital's (a commission's province data). */
export type RoadmapScope = 'CURRENT' | 'ALL';

interface RoadmapFilterState {
  zoom: RoadmapZoom;
  /** Specialties shown; empty means all. */
  specialtyIds: string[];
  /** Only this owner's tasks; null means everyone's. */
  owner: string | null;
  scope: RoadmapScope;
  /** Specialty groups folded to their summary row. */
  collapsed: ReadonlySet<string>;
  setZoom: (zoom: RoadmapZoom) => void;
  setSpecialtyIds: (ids: string[]) => void;
  setOwner: (owner: string | null) => void;
  setScope: (scope: RoadmapScope) => void;
  toggleGroup: (id: string) => void;
  setCollapsed: (ids: Iterable<string>) => void;
}

/** UI state of the 路线图, kept outside the page so it survives a visit elsewhere. Records never live here. */
export const useRoadmapFilters = create<RoadmapFilterState>()((set) => ({
  zoom: 'YEAR',
  specialtyIds: [],
  owner: null,
  scope: 'CURRENT',
  collapsed: new Set(),
  setZoom: (zoom) => set({ zoom }),
  setSpecialtyIds: (specialtyIds) => set({ specialtyIds }),
  setOwner: (owner) => set({ owner }),
  // Specialty ids of one scope mean nothing in the other.
  setScope: (scope) => set({ scope, specialtyIds: [], owner: null, collapsed: new Set() }),
  toggleGroup: (id) =>
    set((s) => {
      const collapsed = new Set(s.collapsed);
      if (collapsed.has(id)) collapsed.delete(id);
      else collapsed.add(id);
      return { collapsed };
    }),
  setCollapsed: (ids) => set({ collapsed: new Set(ids) }),
}));
