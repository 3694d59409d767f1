import type { ContractTarget } from '#shared/domain/index.ts';
import type { ActualDraft, ColumnMapping, DisciplineDraft, TargetImportMode } from '#shared/import/index.ts';
import { writeImportedTargets } from './contracts.ts';
import type { PlannerDatabase } from './database.ts';
import { saveRecords } from './records.ts';

/** The mapping the user confirmed for one file layout (shared/import layoutKey), kept in the meta table. */
export interface RememberedMapping {
  layoutKey: string;
  mapping: ColumnMapping;
}

const metaKey = (layoutKey: string) => `import-mapping:${layoutKey}`;

function isMapping(value: unknown): value is ColumnMapping {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0));
}

/** The mapping last used for files of this layout, or undefined (a damaged entry is ignored, not trusted). */
export async function loadImportMapping(db: PlannerDatabase, layoutKey: string): Promise<ColumnMapping | undefined> {
  const entry = await db.meta.get(metaKey(layoutKey));
  const value = (entry?.value as { mapping?: unknown } | undefined)?.mapping;
  return isMapping(value) ? value : undefined;
}

/** Inside the import's transaction: the mapping is stored only if the rows are. */
const remember = (db: PlannerDatabase, remembered: RememberedMapping) =>
  db.meta.put({ key: metaKey(remembered.layoutKey), value: { mapping: remembered.mapping, savedAt: new Date().toISOString() } });

/**
 * Writes the good rows and remembers the mapping in one transaction: every record is validated by
 * saveRecords and queued in the outbox; if any fails, nothing is stored, not even the mapping.
 */
export async function importDisciplines(db: PlannerDatabase, drafts: DisciplineDraft[], remembered: RememberedMapping): Promise<number> {
  return db.transaction('rw', [db.disciplines, db.outbox, db.meta], async () => {
    const saved = await saveRecords(db, 'disciplines', drafts);
    await remember(db, remembered);
    return saved.length;
  });
}

export async function importActuals(db: PlannerDatabase, drafts: ActualDraft[], remembered: RememberedMapping): Promise<number> {
  return db.transaction('rw', [db.table('contractActuals'), db.outbox, db.meta], async () => {
    const saved = await saveRecords(db, 'contractActuals', drafts);
    await remember(db, remembered);
    return saved.length;
  });
}

/**
 * A draft contract's targets from a file: replaced or appended (writeImportedTargets) together with the
 * remembered mapping; a contract that is not a draft, or one record that fails validation, writes nothing.
 */
export async function importContractTargets(db: PlannerDatabase, contractId: string, lines: ContractTarget[], mode: TargetImportMode, remembered: RememberedMapping): Promise<number> {
  return db.transaction('rw', [db.table('contracts'), db.table('contractTargets'), db.outbox, db.meta], async () => {
    const saved = await writeImportedTargets(db, contractId, lines, mode);
    await remember(db, remembered);
    return saved.length;
  });
}
