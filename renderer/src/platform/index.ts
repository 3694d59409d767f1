import { parseIpcArgs, type InvokeArgs, type IpcChannel, type IpcResult } from '#shared/ipc/index.ts';
import type { PlannerBridge } from '#shared/ipc/bridge.ts';
import { BROWSER_HANDLERS } from './browser.ts';

// The only module of the renderer that touches window.planner (architecture.md). Feature code calls
// `invoke(name, args)` and never learns whether Electron or the browser answered.

export type { AppInfo, FileFilter, IpcArgs, IpcChannel, IpcResult, SnapshotInfo, SnapshotWritten, SystemFont } from '#shared/ipc/index.ts';

function bridge(): PlannerBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.planner;
}

export function isElectron(): boolean {
  return bridge() !== undefined;
}

/** Electron wraps a rejected handler as "Error invoking remote method 'x': Error: message"; users see only the message. */
function cleanRemoteError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const message = error.message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
  return message === error.message ? error : new Error(message, { cause: error });
}

/**
 * Calls one IPC handler by name. In Electron main validates the payload; in the browser the same contract
 * is checked here, so a bad call fails the same way in both builds.
 */
export async function invoke<K extends IpcChannel>(name: K, ...args: InvokeArgs<K>): Promise<IpcResult<K>> {
  const planner = bridge();
  if (planner) {
    try {
      return await planner.invoke(name, ...args);
    } catch (error) {
      throw cleanRemoteError(error);
    }
  }
  const handler = BROWSER_HANDLERS[name] as (a: unknown) => Promise<IpcResult<K>>;
  return handler(parseIpcArgs(name, args[0]));
}

/**
 * Answers main's snapshot requests (hourly and before quitting) with a backup of the database. The browser
 * has no snapshot folder, so there it does nothing. Returns the unsubscribe function.
 */
export function startSnapshotSchedule(produceBackup: () => Promise<string>): () => void {
  const planner = bridge();
  if (!planner) return () => {};
  return planner.onSnapshotRequest(() => {
    void produceBackup()
      .then((backup) => invoke('snapshot-write', { backup }))
      .catch((error: unknown) => console.error('自动快照失败', error));
  });
}

/**
 * Asks the browser not to evict IndexedDB under storage pressure. Resolves true when storage is persistent.
 * In Electron the data lives in the app's own profile folder, so there is nothing to ask.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (isElectron()) return true;
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
