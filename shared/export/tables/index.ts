import type { AllTables } from '../../domain/index.ts';
import { createViewContext, type ViewContext } from './context.ts';
import { viewBuilder } from './registry.ts';
import type { TableScope, TableView, TableViewId } from './types.ts';

/** One view from a context already built: the workbook builds the context once for all its sheets. */
export function buildViewFrom(id: TableViewId, ctx: ViewContext): TableView {
  const builder = viewBuilder(id);
  return { id, title: builder.title, columns: builder.columns(ctx), rows: builder.rows(ctx) };
}

/**
 * A table as the documents print it: Chinese display values (enum labels), numbers as numbers, dates as
 * YYYY-MM-DD, missing measured values as 未填报. Scoped to one hospital, optionally one specialty.
 */
export function buildTableView(id: TableViewId, tables: AllTables, scope: TableScope): TableView {
  return buildViewFrom(id, createViewContext(tables, scope));
}

export { createViewContext, type ViewContext } from './context.ts';
export { TABLE_VIEW_IDS, VIEW_BUILDERS } from './registry.ts';
export { NOT_REPORTED } from './cells.ts';
export type { CellKind, CellValue, TableColumn, TableScope, TableView, TableViewId } from './types.ts';
