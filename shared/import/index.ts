// Imports of spreadsheets hospitals already keep (issue 7): pure, runs in Node (CLI) and the renderer.
import { ACTUAL_FIELDS, buildActualImport, type ActualDraft, type ActualImportContext } from './actuals.ts';
import { DISCIPLINE_FIELDS, buildDisciplineImport, type DisciplineDraft, type DisciplineImportContext } from './disciplines.ts';
import type { ImportSpec } from './pipeline.ts';
import { TARGET_FIELDS, targetFields } from './target-fields.ts';
import { buildTargetImport, type TargetImportContext } from './targets.ts';
import type { ContractTarget, ContractTerm } from '#shared/domain/index.ts';

export { ImportRefusedError, refusalMessage } from './refusal.ts';
export { IMPORT_LIMITS } from './limits.ts';
export { CSV_ENCODINGS, ENCODING_LABELS, describeDetection, type CsvEncoding, type DetectedEncoding } from './encoding.ts';
export { columnLetter, type SheetGrid } from './grid.ts';
export { normalizeLabel, type ColumnMapping, type ImportField } from './fields.ts';
export type { HeaderLayout, SourceColumn } from './header.ts';
export { isNoteRow, type CellIssue, type SkippedRow } from './rows.ts';
export { issueLine, type ImportReport } from './report.ts';
export { analyzeSheet, applyRemembered, buildReport, pickSheet, readImportFile, type ImportSource, type ImportSpec, type SheetAnalysis } from './pipeline.ts';
export { DISCIPLINE_FIELDS, type DisciplineDraft, type DisciplineImportContext } from './disciplines.ts';
export { ACTUAL_FIELDS, type ActualDraft, type ActualImportContext } from './actuals.ts';
export { TARGET_FIELDS, headerYear } from './target-fields.ts';
export { placeImportedTargets, targetIdentity, targetImportRefusal, type TargetImportContext, type TargetImportMode } from './targets.ts';

export const DISCIPLINE_IMPORT: ImportSpec<DisciplineDraft, DisciplineImportContext> = {
  kind: 'disciplines',
  fields: DISCIPLINE_FIELDS,
  build: buildDisciplineImport,
};

export const ACTUAL_IMPORT: ImportSpec<ActualDraft, ActualImportContext> = {
  kind: 'actuals',
  fields: ACTUAL_FIELDS,
  build: buildActualImport,
};
export { applyDisciplineDrafts } from './apply.ts';

/** Targets of one contract: the year columns offered are the term's and any other year the header names. */
export function targetImportSpec(term: ContractTerm): ImportSpec<ContractTarget, TargetImportContext> {
  return { kind: 'targets', fields: TARGET_FIELDS, fieldsFor: (layout) => targetFields(term, layout), build: buildTargetImport };
}
