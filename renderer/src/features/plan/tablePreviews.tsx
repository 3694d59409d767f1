import { createContext, useContext } from 'react';
import type { PlanTableSource } from '#shared/domain/index.ts';
import type { TableView } from '#shared/export/tables/index.ts';

/**
 * How a table block finds its rows: the plan page builds the table views from the current database and hands
 * them down, so every preview in every section follows the data live. undefined while the tables load.
 */
export type TablePreviewSource = ((source: PlanTableSource) => TableView) | undefined;

export const TablePreviewContext = createContext<TablePreviewSource>(undefined);

export function useTablePreview(): TablePreviewSource {
  return useContext(TablePreviewContext);
}
