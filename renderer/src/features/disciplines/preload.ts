import { currentHospital, listDisciplines, listHospitals, preloadLive, type PlannerDatabase } from '#renderer/db/index.ts';
import { useDisciplineFilters } from '#renderer/stores/disciplineFilters.ts';
import { requestedScope, scopeHospitalId } from './scope.ts';

/**
 * Starts reading the disciplines 学科梳理 will show, on navigation, while the page's code loads: the page's own
 * live queries (hospitals, then disciplines) then find the read under way or done. Kept out of the page's
 * chunk so that it can run before that chunk arrives.
 */
export function preloadDisciplines(db: PlannerDatabase, params: URLSearchParams): void {
  const scope = requestedScope(params, useDisciplineFilters.getState().scope);
  preloadLive(db, async (db) => {
    if (scope === 'ALL') return listDisciplines(db, null);
    const [hospitals, current] = await Promise.all([listHospitals(db), currentHospital(db)]);
    return listDisciplines(db, scopeHospitalId(scope, hospitals, current ?? null));
  });
}
