import type { ViewContext } from './context.ts';
import type { CellValue, TableColumn, TableViewId } from './types.ts';

/** One table: its columns (which may depend on the data, e.g. one column per planned year) and its rows. */
export interface ViewBuilder {
  id: TableViewId;
  title: string;
  columns(ctx: ViewContext): TableColumn[];
  rows(ctx: ViewContext): Record<string, CellValue>[];
}
