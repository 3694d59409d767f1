import type { FileFilter, MainHandlers } from '#shared/ipc/index.ts';

// What each IPC call does when the app runs in a plain browser (npm start without Electron, or a
// hospital that serves the build from an intranet server): the closest thing the browser allows.

const MIME_BY_EXTENSION: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

function mimeFor(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream';
}

function acceptFor(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
}

/** Save: the browser's own download (it decides the folder, and cannot tell us if the user cancelled). */
function download(name: string, content: string | Uint8Array): void {
  // Copy bytes into a fresh ArrayBuffer: a view on a larger or shared buffer would otherwise leak extra bytes.
  const part: BlobPart = typeof content === 'string' ? content : content.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type: mimeFor(name) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Open: a hidden <input type=file>; the 'cancel' event reports a dismissed picker. */
function pickFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    const accept = acceptFor(filters);
    if (accept) input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function browserVersion(): string {
  const version: unknown = import.meta.env.VITE_APP_VERSION;
  return typeof version === 'string' ? version : '';
}

/** Typed like main's handlers: platform/index.ts validates and applies defaults before calling them. */
export const BROWSER_HANDLERS: MainHandlers = {
  'app-info': () =>
    Promise.resolve({ version: browserVersion(), platform: 'browser', userDataPath: '', snapshotDir: '', isElectron: false }),
  // The browser keeps no file snapshots: IndexedDB is the only copy (backups are downloads, made by the user).
  'snapshot-write': () =>
    Promise.resolve({ name: '', path: '', bytes: 0, createdAt: new Date().toISOString() }),
  'snapshot-list': () => Promise.resolve([]),
  'snapshot-read': () => Promise.reject(new Error('浏览器版没有自动快照')),
  'file-save-dialog': ({ suggestedName, content }) => {
    download(suggestedName, content);
    return Promise.resolve({ saved: true, name: suggestedName });
  },
  'file-open-dialog': async ({ filters, read }) => {
    const file = await pickFile(filters);
    if (!file) return { canceled: true };
    if (read === 'bytes') return { canceled: false, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    return { canceled: false, name: file.name, content: await file.text() };
  },
  // The browser cannot read the system's font files: the PDFs use the bundled subsets.
  'pdf-system-fonts': () => Promise.resolve([]),
};
