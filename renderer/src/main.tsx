import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// antd 6 ships no global reset; without it the body keeps the browser's 8px margin around the shell.
import 'antd/dist/reset.css';
// Every antd component's style, prebuilt (theme.zeroRuntime): nothing is generated while the first page renders.
import 'antd/dist/antd.css';
import { makeBackup } from '#shared/backup/format.ts';
import { DatabaseProvider, openDatabase, readAllTables } from '#renderer/db/index.ts';
import { requestPersistentStorage, startSnapshotSchedule } from '#renderer/platform/index.ts';
import { setupLocale } from '#renderer/i18n/index.ts';
import { App } from '#renderer/app/App.tsx';

setupLocale();
const db = openDatabase();
// Open now rather than on the first query: IndexedDB opens off the main thread while React mounts the shell.
// A failure is not lost: Dexie rejects every query with the same error, and the pages show it.
db.open().catch(() => undefined);

// The browser may evict IndexedDB under storage pressure unless asked not to; Electron snapshots add a second copy.
void requestPersistentStorage();
startSnapshotSchedule(async () => JSON.stringify(makeBackup(await readAllTables(db), 'app')));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <DatabaseProvider db={db}>
      <App />
    </DatabaseProvider>
  </StrictMode>,
);
