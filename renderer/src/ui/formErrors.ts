import type { FormInstance } from 'antd';
import { RecordValidationError, type FieldIssue } from '#renderer/db/index.ts';

type NamePath = (string | number)[];

/** `memberships.0.name` → ['memberships', 0, 'name'], the name path antd's Form.List fields use. */
export function toNamePath(field: string): NamePath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const key = (path: NamePath) => path.join('.');

/** Removes every error shown on the form, so a new submit starts from a clean slate. */
export function clearFormErrors(form: FormInstance): void {
  const withErrors = form.getFieldsError().filter((f) => f.errors.length > 0);
  form.setFields(withErrors.map((f) => ({ name: f.name, errors: [] })));
}

/** Arrays and plain objects are groups of fields; anything else (a string, a picked Dayjs date) is one value. */
const isFieldGroup = (value: unknown): value is object =>
  Array.isArray(value) || (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype);

function leafPaths(value: unknown, prefix: NamePath, out: NamePath[]): NamePath[] {
  if (isFieldGroup(value)) {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  } else {
    out.push(prefix);
  }
  return out;
}

/**
 * For a Form's onValuesChange: removes the error of each field the user just changed, since its message
 * described the old value. (Errors set by setFields otherwise stay until the next submit: no antd rules here.)
 */
export function clearChangedErrors(form: FormInstance, changedValues: unknown): void {
  const stale = leafPaths(changedValues, [], []).filter((name) => form.getFieldError(name).length > 0);
  if (stale.length > 0) form.setFields(stale.map((name) => ({ name, errors: [] })));
}

/**
 * Puts each zod issue (already in Chinese) under the form field it names. Returns the messages that match
 * no field on the form (e.g. a whole-record rule) so the caller can show them in an alert instead of losing them.
 */
export function showFormIssues(form: FormInstance, issues: FieldIssue[]): string[] {
  const registered = new Set(form.getFieldsError().map((f) => key(f.name)));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const name = toNamePath(issue.field);
    if (!issue.field || !registered.has(key(name))) {
      unplaced.push(issue.message);
      continue;
    }
    const entry = byField.get(key(name)) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key(name), entry);
  }
  form.setFields([...byField.values()]);
  return unplaced;
}

export type SubmitResult<T> = { ok: true; value: T } | { ok: false; unplaced: string[] };

/**
 * Runs a save that validates with the zod schema (saveRecord throws RecordValidationError and writes nothing)
 * and turns its issues into field errors. Other errors are not validation problems and propagate.
 */
export async function submitWithIssues<T>(form: FormInstance, save: () => Promise<T>): Promise<SubmitResult<T>> {
  clearFormErrors(form);
  try {
    return { ok: true, value: await save() };
  } catch (error) {
    if (!(error instanceof RecordValidationError)) throw error;
    const unplaced = showFormIssues(form, error.issues);
    const firstField = error.issues.find((i) => i.field)?.field;
    if (firstField) form.scrollToField(toNamePath(firstField), { block: 'center' });
    return { ok: false, unplaced };
  }
}
