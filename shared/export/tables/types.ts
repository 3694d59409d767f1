import type { PlanTableSource } from '#shared/domain/specialties/plan.ts';

/**
 * The tables the formal documents print, as plain rows of display values. One builder per table serves the
 * workbook (one sheet each), the PDF annexes and task sheets, and the plan editor's table preview, so a
 * column means the same thing everywhere it appears.
 */
export type TableViewId =
  | PlanTableSource
  | 'hospitals'
  | 'disciplines'
  | 'contracts'
  | 'contractTargets'
  | 'contractAssessments'
  | 'readiness';

/** How a cell is formatted: numbers stay numbers (right-aligned, number formats), dates are YYYY-MM-DD. */
export type CellKind = 'text' | 'integer' | 'decimal' | 'percent' | 'date' | 'money';
export type CellValue = string | number | null;

export interface TableColumn {
  key: string;
  /** Chinese header text. */
  label: string;
  kind: CellKind;
  /** The allowed labels of an enum column, for the workbook's data-validation lists. */
  options?: readonly string[];
  /** Width in Chinese characters that fits typical content. */
  width?: number;
}

export interface TableView {
  id: TableViewId;
  /** Chinese title, also the workbook's sheet name (≤ 31 characters, none of \ / ? * [ ] :). */
  title: string;
  columns: readonly TableColumn[];
  rows: readonly Record<string, CellValue>[];
}

export interface TableScope {
  hospitalId: string;
  /** Limit the specialty tables to one specialty (the task sheet of one specialty). */
  specialtyId?: string;
}
