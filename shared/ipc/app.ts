import { z } from 'zod';
import { defineChannels } from './contract.ts';

export const AppInfoSchema = z.object({
  version: z.string(),
  /** process.platform in Electron ('win32', 'darwin', 'linux'); 'browser' in the browser build. */
  platform: z.string(),
  /** Where the desktop app keeps its data; '' in the browser. */
  userDataPath: z.string(),
  /** Folder of the rolling snapshots; '' in the browser. */
  snapshotDir: z.string(),
  isElectron: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const APP_CHANNELS = defineChannels({
  'app-info': { args: z.undefined(), result: AppInfoSchema },
});
