import { describe, expect, it } from 'vitest';
import { checkImport } from '../../eslint-local/layering.js';

describe('layering lint rule', () => {
  it.each([
    ['shared/domain/discipline.ts', 'node:fs', 'shared/ may not use Node built-ins (node:fs)'],
    ['shared/domain/discipline.ts', 'electron', 'shared/ may not import electron'],
    ['shared/domain/discipline.ts', '#renderer/db/index.ts', 'shared/ may not access renderer/'],
    ['renderer/src/features/disciplines/DisciplineTable.tsx', 'dexie', 'dexie is imported only in renderer/src/db/'],
    ['renderer/src/features/disciplines/DisciplineTable.tsx', 'zustand', 'zustand is imported only in renderer/src/stores/'],
    ['renderer/src/app/App.tsx', '../../../electron/main.ts', 'renderer/ may not access electron/'],
    ['renderer/src/app/App.tsx', '../../../shared/domain/index.ts', "import shared/ through its '#shared/' alias, not a relative path"],
    ['renderer/src/app/App.tsx', 'node:path', 'renderer/ may not use Node built-ins (node:path)'],
    ['electron/window.ts', 'react', 'electron/ may not import react'],
    ['cli/main.ts', '#electron/main.ts', 'cli/ may not access electron/'],
    ['renderer/src/db/records.ts', '#shared/node/atomic-write.ts', 'renderer/ may not access shared/node/ (Node only)'],
    ['shared/domain/tables.ts', '../node/atomic-write.ts', 'shared/ may not access shared/node/ (Node only)'],
    ['renderer/src/features/imports/ImportDialog.tsx', 'exceljs', 'exceljs is imported only in shared/export/ or shared/import/'],
  ])('refuses %s importing %s', (file, spec, reason) => {
    expect(checkImport(file, spec)).toBe(reason);
  });

  it.each([
    ['renderer/src/db/database.ts', 'dexie'],
    ['renderer/src/stores/disciplineFilters.ts', 'zustand'],
    ['renderer/src/features/disciplines/DisciplinesPage.tsx', '#shared/domain/index.ts'],
    ['electron/snapshots.ts', 'node:fs/promises'],
    ['shared/domain/tables.ts', './discipline.ts'],
    ['cli/main.ts', '#shared/backup/format.ts'],
    ['tests/unit/anything.test.ts', '../../electron/main.ts'],
    ['renderer/vite.config.ts', 'node:url'],
    ['cli/io.ts', '#shared/node/atomic-write.ts'],
    ['shared/node/atomic-write.ts', 'node:fs/promises'],
    ['shared/import/xlsx-read.ts', 'exceljs'],
  ])('allows %s importing %s', (file, spec) => {
    expect(checkImport(file, spec)).toBeNull();
  });
});
