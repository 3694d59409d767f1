import type { z } from 'zod';
import { APP_CHANNELS } from './app.ts';
import { mergeContracts, parseWith } from './contract.ts';
import { FILE_CHANNELS } from './files.ts';
import { FONT_CHANNELS } from './fonts.ts';
import { SNAPSHOT_CHANNELS } from './snapshots.ts';
import type { IPC_CHANNELS } from './channels.ts';

export * from './app.ts';
export * from './channels.ts';
export * from './contract.ts';
export * from './files.ts';
export * from './fonts.ts';
export * from './snapshots.ts';

/** Every IPC call of the app, one map per feature merged into one (a name claimed twice throws here). */
export const IPC_CONTRACT = mergeContracts(APP_CHANNELS, SNAPSHOT_CHANNELS, FILE_CHANNELS, FONT_CHANNELS);

export type IpcContract = typeof IPC_CONTRACT;
export type IpcChannel = Extract<keyof IpcContract, string>;
/** What a caller passes (defaults not yet applied). */
export type IpcArgs<K extends IpcChannel> = z.input<IpcContract[K]['args']>;
/** What a main-process handler receives (validated, defaults applied). */
export type IpcParsedArgs<K extends IpcChannel> = z.output<IpcContract[K]['args']>;
export type IpcResult<K extends IpcChannel> = z.output<IpcContract[K]['result']>;

/** The renderer's view of the contract: one async function per channel. */
export type Handlers = { [K in IpcChannel]: (args: IpcArgs<K>) => Promise<IpcResult<K>> };
/** The main process's side: handlers get parsed arguments. */
export type MainHandlers = { [K in IpcChannel]: (args: IpcParsedArgs<K>) => Promise<IpcResult<K>> };

/** Calls whose arguments may be left out (the schema accepts undefined) take an optional second parameter. */
export type InvokeArgs<K extends IpcChannel> = undefined extends IpcArgs<K> ? [args?: IpcArgs<K>] : [args: IpcArgs<K>];

export function parseIpcArgs<K extends IpcChannel>(name: K, args: unknown): IpcParsedArgs<K> {
  return parseWith(IPC_CONTRACT[name].args, args, name, '参数') as IpcParsedArgs<K>;
}

export function parseIpcResult<K extends IpcChannel>(name: K, result: unknown): IpcResult<K> {
  return parseWith(IPC_CONTRACT[name].result, result, name, '返回值') as IpcResult<K>;
}

// The preload's name list (channels.ts) must name exactly the contract's channels; this line fails to compile otherwise.
type ListedButMissing = Exclude<IpcChannel, (typeof IPC_CHANNELS)[number]>;
const _everyChannelListed: [ListedButMissing] extends [never] ? true : ListedButMissing = true;
