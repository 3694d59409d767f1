import type { ReactNode } from 'react';
import type { TableColumnsType } from 'antd';
import type { ChildTableName, SpecialtyRecord } from '#shared/domain/index.ts';
import type { ChildDraft } from '#renderer/db/index.ts';

/** What a form edits: the row without its identity, version and owning specialty. */
export type ChildFields<T extends ChildTableName> = Omit<ChildDraft<T>, 'id' | 'specialtyId'>;

export interface ChildRowsConfig<T extends ChildTableName, V extends object> {
  table: T;
  /** '核心病种': the add button, the dialog title and every message say what a row is. */
  noun: string;
  columns: TableColumnsType<SpecialtyRecord<T>>;
  /** Form values of a new row, and of an existing one. */
  blank: () => V;
  toValues: (row: SpecialtyRecord<T>) => V;
  /**
   * Form values back to the record's fields (normalising codes, '' → null …). `row` is the stored row when
   * editing, for fields the form does not show (a QC indicator's observations).
   */
  toFields: (values: V, row: SpecialtyRecord<T> | null) => ChildFields<T>;
  /** The form items; inside the dialog's <Form>, so they may use Form.useWatch. */
  fields: ReactNode;
  /** The row's name in 「」 in messages. */
  describe: (row: SpecialtyRecord<T>) => string;
  /** Free-text fields checked for damaged text when the dialog opens. */
  textFields?: readonly string[];
  modalWidth?: number;
  /** Display order of the rows (stored order is creation order). */
  order?: (a: SpecialtyRecord<T>, b: SpecialtyRecord<T>) => number;
}

/** A stored row's editable fields: what toValues returns when the form edits the record as it is. */
export function rowFields<R extends { id: string; specialtyId: string; updatedAt: string; version: number }>(row: R): Omit<R, 'id' | 'specialtyId' | 'updatedAt' | 'version'> {
  const { id: _id, specialtyId: _s, updatedAt: _u, version: _v, ...fields } = row;
  return fields;
}
