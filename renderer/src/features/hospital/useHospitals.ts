import type { Hospital } from '#shared/domain/index.ts';
import { currentHospital, listHospitals, useLive } from '#renderer/db/index.ts';

/** All hospitals (one for a hospital install, ~200 for a commission's province sample); undefined while loading. */
export function useHospitals(): Hospital[] | undefined {
  return useLive((db) => listHospitals(db), []);
}

/** The hospital this installation plans for; null when the database has none, undefined while loading. */
export function useCurrentHospital(): Hospital | null | undefined {
  return useLive(async (db) => (await currentHospital(db)) ?? null, []);
}
