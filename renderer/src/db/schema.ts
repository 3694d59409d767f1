import type { Dexie } from 'dexie';

/**
 * Every version of the local schema, oldest first. Never edit a published version: add a new one with an
 * upgrade function, and a fixture of the old version under tests/fixtures/db so the migration test covers it.
 * Indexes are kept few on purpose: each one costs write speed in IndexedDB.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      hospitals: 'id',
      disciplines: 'id, hospitalId',
      outbox: '++seq',
      meta: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export function applySchema(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
}
