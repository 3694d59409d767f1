import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadUseSystemFonts, replaceAllTables, saveUseSystemFonts, type PlannerDatabase } from '#renderer/db/index.ts';
import { makeHospital, makeTables } from '#tests/helpers/factories.ts';
import { freshDatabase } from './fresh-db.ts';

let db: PlannerDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await freshDatabase()));
afterEach(() => cleanup());

describe('使用系统字体 preference', () => {
  it('is on until the user turns it off, and stays as set', async () => {
    expect(await loadUseSystemFonts(db)).toBe(true);
    await saveUseSystemFonts(db, false);
    expect(await loadUseSystemFonts(db)).toBe(false);
    await saveUseSystemFonts(db, true);
    expect(await loadUseSystemFonts(db)).toBe(true);
  });

  it('belongs to the installation: restoring a backup keeps it', async () => {
    await saveUseSystemFonts(db, false);
    await replaceAllTables(db, makeTables({ hospitals: [makeHospital()] }));
    expect(await loadUseSystemFonts(db)).toBe(false);
  });

  it('reads a damaged entry as on', async () => {
    await db.meta.put({ key: 'pdf-use-system-fonts', value: 'no' });
    expect(await loadUseSystemFonts(db)).toBe(true);
  });
});
