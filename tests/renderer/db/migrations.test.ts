import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, TABLE_SCHEMAS } from '#shared/domain/index.ts';
import { openDatabase } from '#renderer/db/index.ts';
import { SCHEMA_VERSIONS } from '#renderer/db/schema.ts';

// One fixture per published schema version: data written by that version must open in the current one.
const fixtures = import.meta.glob<Record<string, unknown[]>>('../../fixtures/db/v*.json', { eager: true, import: 'default' });

describe.each(SCHEMA_VERSIONS.map((v) => v.version))('a database written by schema version %i', (version) => {
  it('opens with the current schema and every record still passes its schema', async () => {
    const fixture = fixtures[`../../fixtures/db/v${version}.json`];
    expect(fixture, `tests/fixtures/db/v${version}.json is missing`).toBeDefined();
    const name = `migration-${version}-${crypto.randomUUID()}`;

    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture!)) await old.table(table).bulkPut(rows);
    old.close();

    const db = openDatabase(name);
    await db.open();
    for (const table of TABLE_NAMES) {
      const rows = await db.table(table).toArray();
      expect(rows.length).toBe(fixture![table]?.length ?? 0);
      for (const row of rows) expect(TABLE_SCHEMAS[table].safeParse(row).success).toBe(true);
    }
    expect((await db.meta.get('currentHospitalId'))?.value).toBe('0190a1b2-0000-7000-8000-000000000001');
    await db.delete();
  });
});
