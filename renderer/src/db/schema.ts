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
  {
    // Issue 5 (specialties, roadmap, plan) and issue 6 (contracts). Dexie keeps the stores not named here.
    version: 2,
    stores: {
      specialties: 'id, hospitalId',
      coreDiseases: 'id, specialtyId',
      goals: 'id, specialtyId',
      resourceNeeds: 'id, specialtyId',
      technologyProjects: 'id, specialtyId',
      talentEntries: 'id, specialtyId',
      grassrootsActivities: 'id, specialtyId',
      qcIndicators: 'id, specialtyId',
      milestones: 'id, specialtyId',
      plans: 'id, hospitalId',
      contracts: 'id, hospitalId, rootId',
      contractTargets: 'id, contractId',
      contractActuals: 'id, contractRootId',
      contractQualitativeScores: 'id, contractRootId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export function applySchema(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
}
