import type { z } from 'zod';
import { DisciplineSchema } from './discipline.ts';
import { HospitalSchema } from './hospital.ts';

/**
 * Every stored table and the schema of its records: the one list that the Dexie schema, the backup
 * format, the sample generator and the checks all follow. Later features add their tables here.
 */
export const TABLE_SCHEMAS = {
  hospitals: HospitalSchema,
  disciplines: DisciplineSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];
export type TableRecord<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;
export type AllTables = { [T in TableName]: TableRecord<T>[] };

export const TABLE_LABELS: Record<TableName, string> = {
  hospitals: '医院',
  disciplines: '学科',
};
