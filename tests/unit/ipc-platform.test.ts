import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlannerBridge } from '#shared/ipc/bridge.ts';
import { invoke, isElectron, requestPersistentStorage, startSnapshotSchedule } from '#renderer/platform/index.ts';

// renderer/src/platform in both of its worlds: no window.planner (the browser build), and a bridge standing
// in for the preload (what Electron's contextBridge hands the page).

type Call = { name: string; args: unknown };

function fakeBridge(answer: (call: Call) => Promise<unknown>) {
  const calls: Call[] = [];
  let listener: (() => void) | null = null;
  const bridge = {
    invoke: (name: string, args?: unknown) => {
      calls.push({ name, args });
      return answer({ name, args });
    },
    onSnapshotRequest: (callback: () => void) => {
      listener = callback;
      return () => {
        listener = null;
      };
    },
  } as unknown as PlannerBridge;
  return { bridge, calls, request: () => listener?.(), subscribed: () => listener !== null };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('platform in the browser build', () => {
  it('answers with the browser fallbacks', async () => {
    expect(isElectron()).toBe(false);
    expect(await invoke('app-info')).toMatchObject({ platform: 'browser', isElectron: false, userDataPath: '' });
    expect(await invoke('snapshot-list')).toEqual([]);
    expect(await invoke('pdf-system-fonts')).toEqual([]); // the browser reads no system font files
    expect(await invoke('snapshot-write', { backup: '{}' })).toMatchObject({ path: '', bytes: 0 });
    await expect(invoke('snapshot-read', { name: 'snapshot-20240108T093000123Z.json' })).rejects.toThrow('浏览器版没有自动快照');
  });

  it('checks payloads against the same contract as main does', async () => {
    await expect(invoke('snapshot-read', { name: '../../etc/passwd' })).rejects.toThrow(
      'IPC 调用 "snapshot-read" 的参数无效：name：快照文件名无效',
    );
  });

  it('schedules nothing, since the browser keeps no snapshot folder', () => {
    const unsubscribe = startSnapshotSchedule(() => Promise.reject(new Error('must not be called')));
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe('platform in Electron', () => {
  it('sends calls through window.planner and shows main’s error without Electron’s wrapper', async () => {
    const fake = fakeBridge(({ name }) =>
      name === 'snapshot-write'
        ? Promise.reject(new Error("Error invoking remote method 'planner:snapshot-write': Error: 快照内容不是有效的 JSON"))
        : Promise.resolve([]),
    );
    vi.stubGlobal('window', { planner: fake.bridge });
    expect(isElectron()).toBe(true);
    expect(await invoke('snapshot-list')).toEqual([]);
    await expect(invoke('snapshot-write', { backup: '{' })).rejects.toThrow(/^快照内容不是有效的 JSON$/);
    expect(fake.calls).toEqual([
      { name: 'snapshot-list', args: undefined },
      { name: 'snapshot-write', args: { backup: '{' } },
    ]);
    expect(await requestPersistentStorage()).toBe(true);
  });

  it('answers a snapshot request from main with the backup the app produces', async () => {
    const fake = fakeBridge(() => Promise.resolve({ name: 'snapshot-20240108T093000123Z.json' }));
    vi.stubGlobal('window', { planner: fake.bridge });
    const unsubscribe = startSnapshotSchedule(() => Promise.resolve('{"format":"specialty-planner-backup"}'));
    fake.request();
    await vi.waitFor(() => expect(fake.calls).toEqual([{ name: 'snapshot-write', args: { backup: '{"format":"specialty-planner-backup"}' } }]));
    unsubscribe();
    expect(fake.subscribed()).toBe(false);
  });
});
