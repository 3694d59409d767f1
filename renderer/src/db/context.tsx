import { createContext, useContext, type ReactNode } from 'react';
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PlannerDatabase } from './database.ts';

const DatabaseContext = createContext<PlannerDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: PlannerDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): PlannerDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() outside <DatabaseProvider>');
  return db;
}

/**
 * Re-runs `query` whenever the tables it reads change (Dexie liveQuery). Returns undefined while the first
 * result loads, so pages can tell "loading" from "empty".
 */
export function useLive<T>(query: (db: PlannerDatabase) => Promise<T>, deps: unknown[]): T | undefined {
  const db = useDatabase();
  return useLiveQuery(() => query(db), [db, ...deps]);
}

/**
 * Runs `query` once as a live query now, so that a page's useLive making the same query shortly after shares
 * this read: Dexie's live-query cache gives identical queries one IndexedDB request, and keeps the result a few
 * seconds after its last subscriber leaves. A route can so start its page's read while the page's code still
 * loads. Let go after the first result: the page's own live query follows later changes. If the page comes
 * too late for the cache, it simply reads again.
 */
export function preloadLive(db: PlannerDatabase, query: (db: PlannerDatabase) => Promise<unknown>): void {
  // Dexie delivers results asynchronously, so the subscription exists by the time the first one comes.
  const release = () => subscription.unsubscribe();
  const subscription = liveQuery(() => query(db)).subscribe({ next: release, error: release });
}
