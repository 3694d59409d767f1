import type { MainHandlers } from '#shared/ipc/index.ts';
import type { AppHandlers } from './app.ts';
import type { FileHandlers } from './files.ts';
import type { FontHandlers } from './fonts.ts';
import type { SnapshotHandlers } from './snapshots.ts';

export * from './app.ts';
export * from './dispatch.ts';
export * from './files.ts';
export * from './fonts.ts';
export * from './snapshots.ts';

/** One handler map per feature; the compiler insists together they cover the whole contract. */
export function combineHandlers(app: AppHandlers, snapshots: SnapshotHandlers, files: FileHandlers, fonts: FontHandlers): MainHandlers {
  return { ...app, ...snapshots, ...files, ...fonts };
}
