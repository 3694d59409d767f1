import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { DatabaseProvider, listDisciplines, replaceAllTables, saveRecord, useLive, type PlannerDatabase } from '#renderer/db/index.ts';
import { preloadDisciplines } from '#renderer/features/disciplines/preload.ts';
import { makeDiscipline, makeHospital, makeTables } from '#tests/helpers/factories.ts';
import { freshDatabase } from './fresh-db.ts';

// 学科梳理's route starts the page's read while the page's code loads (preloadDisciplines). The page's own live
// query must then get that read, not a second one, and must still follow later changes.

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
let root: Root | null = null;
let storeReads: MockInstance<IDBObjectStore['getAll']>;
let indexReads: MockInstance<IDBIndex['getAll']>;

beforeEach(async () => {
  ({ db, cleanup } = await freshDatabase());
  // Every getAll the app makes (Dexie's toArray() turns into one), by store or store.index.
  storeReads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  indexReads = vi.spyOn(IDBIndex.prototype, 'getAll');
});
afterEach(async () => {
  vi.restoreAllMocks();
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
  await cleanup();
});

function reads(): string[] {
  return [
    ...storeReads.mock.contexts.map((store) => (store as IDBObjectStore).name),
    ...indexReads.mock.contexts.map((index) => `${(index as IDBIndex).objectStore.name}.${(index as IDBIndex).name}`),
  ];
}

async function until<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** What the page does: a live query of the disciplines of one hospital, or of all (null). */
function Names({ hospitalId }: { hospitalId: string | null }) {
  const disciplines = useLive((db) => listDisciplines(db, hospitalId), [hospitalId]);
  return <p data-testid="names">{disciplines?.map((d) => d.name).join('、') ?? 'loading'}</p>;
}

const names = () => document.querySelector('[data-testid="names"]')?.textContent;

function renderNames(hospitalId: string | null) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <DatabaseProvider db={db}>
      <Names hospitalId={hospitalId} />
    </DatabaseProvider>,
  );
}

describe('preloading 学科梳理', () => {
  it('hands its read of every hospital to the page’s live query, which still follows later changes', async () => {
    const hospital = makeHospital();
    const first = makeDiscipline({ hospitalId: hospital.id, name: '内科' });
    await replaceAllTables(db, makeTables({ hospitals: [hospital], disciplines: [first] }));
    vi.clearAllMocks();

    preloadDisciplines(db, new URLSearchParams('hospital=all'));
    await until(() => reads().includes('disciplines'), 'the preload to read');
    renderNames(null);
    await until(() => names() === '内科', 'the discipline');
    expect(reads().filter((store) => store === 'disciplines')).toHaveLength(1);

    await saveRecord(db, 'disciplines', { ...first, name: '普通内科' });
    await until(() => names() === '普通内科', 'the renamed discipline');
  });

  it('reads the current hospital’s disciplines when no hospital is linked, once', async () => {
    const [current, other] = [makeHospital({ name: '甲医院' }), makeHospital({ name: '乙医院' })];
    const disciplines = [makeDiscipline({ hospitalId: current.id, name: '内科' }), makeDiscipline({ hospitalId: other.id, name: '外科' })];
    await replaceAllTables(db, makeTables({ hospitals: [current, other], disciplines }));
    vi.clearAllMocks();

    preloadDisciplines(db, new URLSearchParams());
    await until(() => reads().includes('disciplines.hospitalId'), 'the preload to read');
    renderNames(current.id);
    await until(() => names() === '内科', 'the current hospital’s discipline');
    expect(reads().filter((store) => store.startsWith('disciplines'))).toEqual(['disciplines.hospitalId']);
  });
});
