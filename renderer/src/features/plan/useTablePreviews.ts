import { useDeferredValue, useMemo } from 'react';
import type { PlanTableSource } from '#shared/domain/index.ts';
import { buildViewFrom, createViewContext, type TableView } from '#shared/export/tables/index.ts';
import { readAllTables, useLive } from '#renderer/db/index.ts';
import type { TablePreviewSource } from './tablePreviews.tsx';

/**
 * The table views a plan's table blocks show, built by the same builders the workbook and the PDF use
 * (shared/export/tables) from the current database: an edit on a specialty page shows in the plan at once.
 * Each view is built on first use and kept until the data changes.
 */
export function useTablePreviews(hospitalId: string | null): TablePreviewSource {
  const tables = useDeferredValue(useLive((db) => readAllTables(db), []));
  return useMemo(() => {
    if (!tables || !hospitalId) return undefined;
    const context = createViewContext(tables, { hospitalId });
    const built = new Map<PlanTableSource, TableView>();
    return (source: PlanTableSource) => {
      let view = built.get(source);
      if (!view) built.set(source, (view = buildViewFrom(source, context)));
      return view;
    };
  }, [tables, hospitalId]);
}

