import { Dexie, type EntityTable } from 'dexie';
import type { Discipline, Hospital, TableName } from '#shared/domain/index.ts';
import { applySchema } from './schema.ts';

/** A local change waiting to be pushed to the hospital's sync server (the sync feature consumes it). */
export interface OutboxEntry {
  seq?: number;
  mutationId: string;
  table: TableName | '*';
  key: string;
  op: 'put' | 'delete' | 'replace-all';
  changedFields: string[];
  /** The record's version before this change; null for a new record. */
  baseVersion: number | null;
  at: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export type PlannerDatabase = Dexie & {
  hospitals: EntityTable<Hospital, 'id'>;
  disciplines: EntityTable<Discipline, 'id'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
  meta: EntityTable<MetaEntry, 'key'>;
};

export const DEFAULT_DATABASE_NAME = 'specialty-planner';

export function openDatabase(name = DEFAULT_DATABASE_NAME): PlannerDatabase {
  const db = new Dexie(name) as PlannerDatabase;
  applySchema(db);
  return db;
}
