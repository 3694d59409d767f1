import { TABLE_SCHEMAS, type TableName, type TableRecord } from '#shared/domain/index.ts';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `factors.talentTeam.score`; '' for the whole record. */
  field: string;
  message: string;
}

/** Thrown when a record fails its zod schema; nothing has been written when it is thrown. */
export class RecordValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('；'));
    this.name = 'RecordValidationError';
    this.issues = issues;
  }
}

export function parseRecord<T extends TableName>(table: T, candidate: unknown): TableRecord<T> {
  const result = TABLE_SCHEMAS[table].safeParse(candidate);
  if (!result.success) {
    throw new RecordValidationError(
      result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    );
  }
  return result.data as TableRecord<T>;
}
