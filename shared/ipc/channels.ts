import type { IpcChannel } from './index.ts';

/**
 * Channel names without their schemas, so the sandboxed preload can check a name without bundling zod.
 * index.ts checks at compile time that this list and the contract name the same channels.
 */
export const IPC_CHANNELS = [
  'app-info',
  'snapshot-write',
  'snapshot-list',
  'snapshot-read',
  'file-save-dialog',
  'file-open-dialog',
  'pdf-system-fonts',
] as const satisfies readonly IpcChannel[];

/** Main → renderer: "send me a backup now" (hourly and before quitting). */
export const SNAPSHOT_REQUEST_EVENT = 'snapshot-request';

/** Every wire name carries our prefix, so the main process can tell our channels from anything else (as VS Code does). */
export function wireChannel(name: string): string {
  return `planner:${name}`;
}

export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && (IPC_CHANNELS as readonly string[]).includes(name);
}
