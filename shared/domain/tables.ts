import type { z } from 'zod';
import { ActualSchema, QualitativeScoreSchema } from './contracts/actual.ts';
import { DirectorContractSchema } from './contracts/contract.ts';
import { ContractTargetSchema } from './contracts/target.ts';
import { DisciplineSchema } from './discipline.ts';
import { HospitalSchema } from './hospital.ts';
import { SPECIALTY_TABLE_LABELS, SPECIALTY_TABLE_SCHEMAS } from './specialties/tables.ts';

/**
 * Every stored table and the schema of its records: the one list that the Dexie schema, the backup
 * format, the sample generator and the checks all follow. Later features add their tables here.
 */
export const TABLE_SCHEMAS = {
  hospitals: HospitalSchema,
  disciplines: DisciplineSchema,
  ...SPECIALTY_TABLE_SCHEMAS,
  contracts: DirectorContractSchema,
  contractTargets: ContractTargetSchema,
  contractActuals: ActualSchema,
  contractQualitativeScores: QualitativeScoreSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];
export type TableRecord<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;
export type AllTables = { [T in TableName]: TableRecord<T>[] };

export const TABLE_LABELS: Record<TableName, string> = {
  hospitals: '医院',
  disciplines: '学科',
  ...SPECIALTY_TABLE_LABELS,
  contracts: '目标责任书',
  contractTargets: '考核指标',
  contractActuals: '实际值',
  contractQualitativeScores: '定性评分',
};

/** An AllTables with every table empty: the start of a sample generator, a test, or a new database. */
export function emptyTables(): AllTables {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as AllTables;
}
