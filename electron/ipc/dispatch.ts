import {
  IPC_CHANNELS,
  isIpcChannel,
  parseIpcArgs,
  parseIpcResult,
  wireChannel,
  type IpcChannel,
  type MainHandlers,
} from '#shared/ipc/index.ts';
import { isAppUrl } from '../window.ts';

export type IpcDispatcher = (name: string, args: unknown) => Promise<unknown>;

/**
 * The one door for every IPC call: unknown names and payloads that fail the contract are rejected before
 * any handler runs; results are checked too, so a handler bug cannot hand the renderer a malformed value.
 */
export function createIpcDispatcher(handlers: MainHandlers): IpcDispatcher {
  return async (name, args) => {
    if (!isIpcChannel(name)) throw new Error(`未知的 IPC 调用："${name}"`);
    const parsed = parseIpcArgs(name, args);
    const handler = handlers[name] as (a: typeof parsed) => Promise<unknown>;
    return parseIpcResult(name, await handler(parsed));
  };
}

/** What main.ts needs from ipcMain and its events; the whole Electron surface this module touches. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, args: unknown) => Promise<unknown>): void;
}

/** Registers every channel of the contract; only frames showing the app itself may call (Electron's advice). */
export function registerIpcHandlers(ipcMain: IpcMainLike, dispatch: IpcDispatcher): IpcChannel[] {
  for (const name of IPC_CHANNELS) {
    ipcMain.handle(wireChannel(name), async (event, args) => {
      const origin = event.senderFrame?.url ?? '';
      if (!isAppUrl(origin)) throw new Error(`拒绝来自非应用页面的 IPC 调用：${origin || '未知来源'}`);
      return dispatch(name, args);
    });
  }
  return [...IPC_CHANNELS];
}
