import { v7 as uuidv7 } from 'uuid';
import { TABLE_NAMES, type AllTables, type TableName, type TableRecord } from '#shared/domain/index.ts';
import type { OutboxEntry, PlannerDatabase } from './database.ts';
import { parseRecord } from './validation.ts';

/** What a form hands to the repository: the record without the fields the repository owns. */
export type Draft<T extends TableName> = Omit<TableRecord<T>, 'id' | 'updatedAt' | 'version'> & { id?: string };

type AnyRecord = { id: string; version: number } & Record<string, unknown>;

function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const ignored = new Set(['updatedAt', 'version']);
  return Object.keys(after).filter(
    (k) => !ignored.has(k) && (!before || JSON.stringify(before[k]) !== JSON.stringify(after[k])),
  );
}

function outboxEntry(table: OutboxEntry['table'], op: OutboxEntry['op'], key: string, fields: string[], base: number | null) {
  return {
    mutationId: uuidv7(),
    table,
    key,
    op,
    changedFields: fields,
    baseVersion: base,
    at: new Date().toISOString(),
  } satisfies OutboxEntry;
}

/**
 * Validates and writes records together with their outbox entries in one transaction, so a change is
 * either stored and queued for sync, or not stored at all. Unchanged records are left alone.
 */
export async function saveRecords<T extends TableName>(
  db: PlannerDatabase,
  table: T,
  drafts: Draft<T>[],
): Promise<TableRecord<T>[]> {
  const store = db.table<AnyRecord, string>(table);
  return db.transaction('rw', store, db.outbox, async () => {
    const ids = drafts.map((d) => d.id ?? uuidv7());
    const existing = await store.bulkGet(ids);
    const now = new Date().toISOString();
    const saved: TableRecord<T>[] = [];
    const writes: AnyRecord[] = [];
    const entries: OutboxEntry[] = [];
    drafts.forEach((draft, i) => {
      const before = existing[i];
      const record = parseRecord(table, { ...draft, id: ids[i], version: (before?.version ?? 0) + 1, updatedAt: now });
      const fields = changedFields(before, record);
      if (before && fields.length === 0) {
        saved.push(before as TableRecord<T>);
        return;
      }
      saved.push(record);
      writes.push(record);
      entries.push(outboxEntry(table, 'put', ids[i]!, fields, before?.version ?? null));
    });
    await store.bulkPut(writes);
    await db.outbox.bulkAdd(entries);
    return saved;
  });
}

export async function saveRecord<T extends TableName>(db: PlannerDatabase, table: T, draft: Draft<T>) {
  const [saved] = await saveRecords(db, table, [draft]);
  return saved!;
}

/** Deletes records and queues versioned tombstones. Callers check references first (see shared/checks). */
export async function deleteRecords(db: PlannerDatabase, table: TableName, ids: string[]): Promise<void> {
  const store = db.table<AnyRecord, string>(table);
  await db.transaction('rw', store, db.outbox, async () => {
    const existing = await store.bulkGet(ids);
    const present = existing.filter((r): r is AnyRecord => r !== undefined);
    await store.bulkDelete(present.map((r) => r.id));
    await db.outbox.bulkAdd(present.map((r) => outboxEntry(table, 'delete', r.id, [], r.version)));
  });
}

/** All domain tables, read in one transaction so the copy is consistent (backups, snapshots, checks). */
export async function readAllTables(db: PlannerDatabase): Promise<AllTables> {
  const stores = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction('r', stores, async () => {
    const rows = await Promise.all(stores.map((store) => store.toArray()));
    return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, rows[i]])) as AllTables;
  });
}

/**
 * Replaces every domain table with already-validated data (restore, sample data) in one transaction:
 * if anything fails, the previous data stays exactly as it was.
 */
export async function replaceAllTables(db: PlannerDatabase, tables: AllTables): Promise<void> {
  const stores = TABLE_NAMES.map((name) => db.table(name));
  await db.transaction('rw', [...stores, db.outbox], async () => {
    await Promise.all(stores.map((store) => store.clear()));
    for (const [i, name] of TABLE_NAMES.entries()) await stores[i]!.bulkPut(tables[name]);
    await db.outbox.add(outboxEntry('*', 'replace-all', '*', [], null));
  });
}

export async function isEmpty(db: PlannerDatabase): Promise<boolean> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()));
  return counts.every((n) => n === 0);
}
