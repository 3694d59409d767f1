import type { AppInfo, MainHandlers } from '#shared/ipc/index.ts';

export type AppHandlers = Pick<MainHandlers, 'app-info'>;

export function createAppHandlers(info: Omit<AppInfo, 'isElectron'>): AppHandlers {
  return { 'app-info': () => Promise.resolve({ ...info, isElectron: true }) };
}
