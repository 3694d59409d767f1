import { useDeferredValue, useMemo } from 'react';
import dayjs from 'dayjs';
import { readAllTables, useLive } from '#renderer/db/index.ts';
import { dashboardFigures, type DashboardFigures } from './figures.ts';

/** The 总览 figures of a hospital, live; undefined while the tables load. Today is the planner's local day. */
export function useDashboardFigures(hospitalId: string | null): DashboardFigures | undefined {
  const tables = useDeferredValue(useLive((db) => readAllTables(db), []));
  return useMemo(() => (tables && hospitalId ? dashboardFigures(tables, hospitalId, dayjs().format('YYYY-MM-DD')) : undefined), [tables, hospitalId]);
}
