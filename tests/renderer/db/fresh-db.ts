import { openDatabase, type PlannerDatabase } from '#renderer/db/index.ts';

/** A new, empty IndexedDB database per test; deleted afterwards by the returned cleanup. */
export async function freshDatabase(): Promise<{ db: PlannerDatabase; cleanup: () => Promise<void> }> {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  return { db, cleanup: () => db.delete() };
}
