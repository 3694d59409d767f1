import { useDeferredValue, useMemo } from 'react';
import type { AllTables, Hospital } from '#shared/domain/index.ts';
import { runChecks, type Finding } from '#shared/checks/index.ts';
import { readAllTables, useLive } from '#renderer/db/index.ts';
import { useCurrentHospital, useHospitals } from '#renderer/features/hospital/useHospitals.ts';
import { recordDescriber, type FindingRecord } from './records.ts';

export interface Readiness {
  hospitals: Hospital[];
  current: Hospital | null;
  /** undefined until the first check has run: the page paints its frame before the tables are read. */
  findings: Finding[] | undefined;
  /** The finding's record: its label, and the page that edits it when there is one. */
  recordOf: (finding: Finding) => FindingRecord;
  /** The tables the check ran on (undefined until read), for pages that list records beside the findings. */
  tables: AllTables | undefined;
}

/**
 * The readiness check over the whole database, live: any write re-reads the tables and re-runs the rules.
 * Deferred, so typing in another window of the app never waits for a province-sized check.
 */
export function useReadiness(allHospitals: boolean): Readiness | undefined {
  const hospitals = useHospitals();
  const current = useCurrentHospital();
  const tables = useDeferredValue(useLive((db) => readAllTables(db), []));
  const hospitalId = allHospitals ? undefined : current?.id;
  const findings = useMemo(() => {
    if (!tables || current === undefined) return undefined;
    return runChecks(tables, hospitalId ? { hospitalId } : {});
  }, [tables, current, hospitalId]);
  const recordOf = useMemo(() => recordDescriber(tables), [tables]);
  if (hospitals === undefined || current === undefined) return undefined;
  return { hospitals, current, findings, recordOf, tables };
}
