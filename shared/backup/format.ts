import { z } from 'zod';
import { TABLE_SCHEMAS, TimestampSchema, type AllTables } from '../domain/index.ts';

/** The one file format for backups, restores, Electron snapshots and the CLI's sample output. */
export const BACKUP_FORMAT = 'specialty-planner-backup';
export const BACKUP_VERSION = 1;

export const BackupTablesSchema = z.object({
  hospitals: z.array(TABLE_SCHEMAS.hospitals),
  disciplines: z.array(TABLE_SCHEMAS.disciplines),
});

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
