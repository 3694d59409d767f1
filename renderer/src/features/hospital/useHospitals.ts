import { DEFAULT_GRADES, type GradeScale, type Hospital } from '#shared/domain/index.ts';
import { currentHospital, listHospitals, useLive } from '#renderer/db/index.ts';

/** All hospitals (one for a hospital install, ~200 for a commission's province sample); undefined while loading. */
export function useHospitals(): Hospital[] | undefined {
  return useLive((db) => listHospitals(db), []);
}

/** The hospital this installation plans for; null when the database has none, undefined while loading. */
export function useCurrentHospital(): Hospital | null | undefined {
  return useLive(async (db) => (await currentHospital(db)) ?? null, []);
}

/** The 考核等级 bands of a hospital: its own when set, the default otherwise. */
export function useGradeScale(hospitalId: string | null | undefined): GradeScale {
  const hospitals = useHospitals();
  return hospitals?.find((h) => h.id === hospitalId)?.gradeScale ?? DEFAULT_GRADES;
}
