import { useMemo } from 'react';
import type { Plan, PlanStatus } from '#shared/domain/index.ts';
import { currentPlan, movePlan, savePlan, useDatabase, useLive } from '#renderer/db/index.ts';

/** The hospital's plan, live; null when it has none yet, undefined while loading. */
export function useCurrentPlan(hospitalId: string | null): Plan | null | undefined {
  return useLive(async (db) => (hospitalId ? ((await currentPlan(db, hospitalId)) ?? null) : null), [hospitalId]);
}

export function usePlanActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      save: (draft: Plan) => savePlan(db, draft),
      move: (draft: Plan, to: PlanStatus) => movePlan(db, draft, to),
    }),
    [db],
  );
}
