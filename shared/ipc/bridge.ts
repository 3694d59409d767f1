import type { InvokeArgs, IpcChannel, IpcResult } from './index.ts';

/**
 * The one object the preload exposes as `window.planner`. Kept to two members, like VS Code's preload:
 * everything else goes through the validated `invoke`.
 */
export interface PlannerBridge {
  invoke<K extends IpcChannel>(name: K, ...args: InvokeArgs<K>): Promise<IpcResult<K>>;
  /** Main asks for a backup (hourly, and before quitting); returns the unsubscribe function. */
  onSnapshotRequest(callback: () => void): () => void;
}
