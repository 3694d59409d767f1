import { generateSample } from '#shared/sample/index.ts';
import { openDatabase, replaceAllTables, type PlannerDatabase } from '#renderer/db/index.ts';

/** A new, empty IndexedDB database per test; deleted afterwards by the returned cleanup. */
export async function freshDatabase(): Promise<{ db: PlannerDatabase; cleanup: () => Promise<void> }> {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  return { db, cleanup: () => db.delete() };
}

/** A fresh database holding the demo hospital (the sample the app offers in 设置). */
export async function demoDatabase(): Promise<{ db: PlannerDatabase; cleanup: () => Promise<void> }> {
  const fresh = await freshDatabase();
  await replaceAllTables(fresh.db, generateSample({ size: 'demo' }));
  return fresh;
}
