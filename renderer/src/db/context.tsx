import { createContext, useContext, type ReactNode } from 'react';
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
