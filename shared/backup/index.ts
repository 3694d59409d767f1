export { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, BackupTablesSchema, makeBackup, type Backup } from './format.ts';
export { parseBackup, type ParseBackupResult } from './parse.ts';
export { MIGRATIONS, migrateBackup, type MigrateResult, type Migration, type RawBackup } from './migrate.ts';
export { integrityProblems } from './integrity.ts';
export { describeIssue, describeIssues, summarize } from './issues.ts';
