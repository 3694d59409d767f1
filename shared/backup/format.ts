import { z } from 'zod';
import { TABLE_NAMES, TABLE_SCHEMAS, TimestampSchema, type AllTables, type TableName } from '../domain/index.ts';

/** The one file format for backups, restores, Electron snapshots and the CLI's sample output. */
export const BACKUP_FORMAT = 'specialty-planner-backup';
/** v2 added the specialty (issue 5) and contract (issue 6) tables; v1 files migrate forward (migrate.ts). */
export const BACKUP_VERSION = 2;

type TableArrays = { [T in TableName]: z.ZodArray<(typeof TABLE_SCHEMAS)[T]> };

/** One array per table of TABLE_SCHEMAS, so a new table is in the backup the day it is registered. */
export const BackupTablesSchema = z.object(
  Object.fromEntries(TABLE_NAMES.map((name) => [name, z.array(TABLE_SCHEMAS[name])])) as TableArrays,
);

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: TimestampSchema,
  /** Who wrote the file: the app (with its version), the CLI, or the sample generator. */
  producer: z.string().max(100),
  tables: BackupTablesSchema,
});
export type Backup = z.infer<typeof BackupSchema>;

export function makeBackup(tables: AllTables, producer: string, exportedAt = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), producer, tables };
}
