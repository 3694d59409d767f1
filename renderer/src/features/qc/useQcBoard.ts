import { useMemo } from 'react';
import { qcYearStatus, type QcIndicator, type QcYearStatus } from '#shared/domain/index.ts';
import { listQcBoard, useLive, type QcBoard } from '#renderer/db/index.ts';
import { compareText } from '#renderer/i18n/collate.ts';

export interface QcRow {
  indicator: QcIndicator;
  status: QcYearStatus;
}

export function useQcBoard(hospitalId: string | null): QcBoard | undefined {
  return useLive((db) => (hospitalId ? listQcBoard(db, hospitalId) : Promise.resolve(undefined)), [hospitalId]);
}

/** Every year that has a target or an observation, ascending: the choices of the year selector. */
export function boardYears(board: QcBoard): number[] {
  const years = new Set<number>();
  for (const q of board.indicators) for (const v of [...q.annualTargets, ...q.observations]) years.add(v.year);
  return [...years].sort((a, b) => a - b);
}

/** The year to open on: the latest year anything was observed, else the first target year. */
export function defaultYear(board: QcBoard, years: number[]): number | undefined {
  const observed = board.indicators.flatMap((q) => q.observations.map((o) => o.year));
  return observed.length > 0 ? Math.max(...observed) : years[0];
}

/** Indicators grouped by specialty id, each with its status in `year`. */
export function useRowsBySpecialty(board: QcBoard | undefined, year: number | undefined): Map<string, QcRow[]> {
  return useMemo(() => {
    const rows = new Map<string, QcRow[]>();
    if (!board || year === undefined) return rows;
    for (const indicator of board.indicators) {
      const list = rows.get(indicator.specialtyId) ?? [];
      list.push({ indicator, status: qcYearStatus(indicator, year) });
      rows.set(indicator.specialtyId, list);
    }
    for (const list of rows.values()) list.sort((a, b) => compareText(a.indicator.name, b.indicator.name));
    return rows;
  }, [board, year]);
}
