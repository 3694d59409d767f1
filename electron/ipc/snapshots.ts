import type { MainHandlers } from '#shared/ipc/index.ts';
import type { SnapshotStore } from '../snapshots.ts';

export type SnapshotHandlers = Pick<MainHandlers, 'snapshot-write' | 'snapshot-list' | 'snapshot-read'>;

/** `onWritten` lets the scheduler know a requested snapshot arrived (quitting waits for it). */
export function createSnapshotHandlers(store: SnapshotStore, onWritten: () => void = () => {}): SnapshotHandlers {
  return {
    'snapshot-write': async ({ backup }) => {
      const written = await store.write(backup);
      onWritten();
      return written;
    },
    'snapshot-list': () => store.list(),
    'snapshot-read': ({ name }) => store.read(name),
  };
}
