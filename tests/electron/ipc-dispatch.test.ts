import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '#shared/backup/format.ts';
import type { MainHandlers } from '#shared/ipc/index.ts';
import {
  combineHandlers,
  createAppHandlers,
  createFileHandlers,
  createFontHandlers,
  createIpcDispatcher,
  createSnapshotHandlers,
  registerIpcHandlers,
  type DialogPort,
  type IpcMainLike,
} from '#electron/ipc/index.ts';
import { createSnapshotStore } from '#electron/snapshots.ts';
import { makeHospital, makeTables } from '#tests/helpers/factories.ts';
import { temporaryDirs } from './temp-dir.ts';

const tempDir = temporaryDirs();

/** The dialogs stand in for the user: they "pick" `choice`, and remember what they were shown. */
function scriptedDialogs(choice: string | null): DialogPort & { shown: unknown[] } {
  const shown: unknown[] = [];
  return {
    shown,
    showSaveDialog: (options) => {
      shown.push(options);
      return Promise.resolve(choice ? { canceled: false, filePath: choice } : { canceled: true });
    },
    showOpenDialog: (options) => {
      shown.push(options);
      return Promise.resolve(choice ? { canceled: false, filePaths: [choice] } : { canceled: true, filePaths: [] });
    },
  };
}

function setup(choice: string | null = null) {
  const dir = tempDir();
  const store = createSnapshotStore(path.join(dir, 'snapshots'));
  const dialogs = scriptedDialogs(choice);
  let written = 0;
  const handlers = combineHandlers(
    createAppHandlers({ version: '0.1.0', platform: 'linux', userDataPath: dir, snapshotDir: store.dir }),
    createSnapshotHandlers(store, () => written++),
    createFileHandlers(dialogs, path.join(dir, 'Documents')),
    createFontHandlers(path.join(dir, 'Fonts')),
  );
  return { dir, store, dialogs, dispatch: createIpcDispatcher(handlers), written: () => written };
}

const backupText = () => JSON.stringify(makeBackup(makeTables({ hospitals: [makeHospital()] }), 'test'));

describe('IPC dispatch in main', () => {
  it('runs a valid call and reports the written snapshot to the scheduler', async () => {
    const { dispatch, store, written } = setup();
    expect(await dispatch('app-info', undefined)).toMatchObject({ version: '0.1.0', isElectron: true });
    const result = (await dispatch('snapshot-write', { backup: backupText() })) as { name: string };
    expect(written()).toBe(1);
    expect(await dispatch('snapshot-list', undefined)).toEqual(await store.list());
    expect(JSON.parse((await dispatch('snapshot-read', { name: result.name })) as string)).toMatchObject({ producer: 'test' });
  });

  it('never runs a handler for an unknown name or an invalid payload', async () => {
    const ran: string[] = [];
    const spy = new Proxy({} as MainHandlers, {
      get: (_target, name: string) => () => {
        ran.push(name);
        return Promise.resolve(undefined);
      },
    });
    const dispatch = createIpcDispatcher(spy);
    await expect(dispatch('shell-open-external', { url: 'https://example.org' })).rejects.toThrow(
      '未知的 IPC 调用："shell-open-external"',
    );
    await expect(dispatch('snapshot-read', { name: '../../etc/passwd' })).rejects.toThrow(
      'IPC 调用 "snapshot-read" 的参数无效：name：快照文件名无效',
    );
    await expect(dispatch('snapshot-write', { backup: 42 })).rejects.toThrow('backup：快照内容应为备份 JSON 文本或对象');
    await expect(dispatch('file-save-dialog', { suggestedName: '/etc/cron.d/x', content: 'x' })).rejects.toThrow(
      'suggestedName：文件名不能包含路径',
    );
    expect(ran).toEqual([]);
  });

  it('rejects a backup that fails the backup format and writes nothing', async () => {
    const { dispatch, dir, written } = setup();
    await expect(dispatch('snapshot-write', { backup: '{"format":"specialty-planner-backup","version":2}' })).rejects.toThrow(
      '快照内容不符合备份格式',
    );
    expect(readdirSync(dir, { recursive: true })).toEqual([]);
    expect(written()).toBe(0);
  });

  it('refuses a handler result that breaks the contract', async () => {
    const handlers = { ...setup().dispatch, 'app-info': () => Promise.resolve({ version: 1 }) } as unknown as MainHandlers;
    await expect(createIpcDispatcher(handlers)('app-info', undefined)).rejects.toThrow('IPC 调用 "app-info" 的返回值无效');
  });
});

describe('file dialogs', () => {
  it('writes text or bytes exactly where the user chose', async () => {
    const target = path.join(tempDir(), '导出.json');
    const { dispatch, dialogs, dir } = setup(target);
    const filters = [{ name: '备份', extensions: ['json'] }];
    const result = await dispatch('file-save-dialog', { suggestedName: '专科规划备份.json', content: '{"a":1}', filters });
    expect(result).toEqual({ saved: true, path: target, name: '导出.json' });
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
    expect(dialogs.shown[0]).toEqual({ defaultPath: path.join(dir, 'Documents', '专科规划备份.json'), filters });

    await dispatch('file-save-dialog', { suggestedName: 'x.xlsx', content: new Uint8Array([0x50, 0x4b, 0, 255]) });
    expect([...readFileSync(target)]).toEqual([0x50, 0x4b, 0, 255]);
  });

  it('writes nothing when the user cancels', async () => {
    const { dispatch, dir } = setup(null);
    expect(await dispatch('file-save-dialog', { suggestedName: 'a.json', content: 'x' })).toEqual({ saved: false });
    expect(readdirSync(dir)).toEqual([]);
    expect(await dispatch('file-open-dialog', {})).toEqual({ canceled: true });
  });

  it('reads the chosen file as text or as bytes', async () => {
    const source = path.join(tempDir(), '备份.json');
    writeFileSync(source, '{"医院":1}');
    const { dispatch } = setup(source);
    expect(await dispatch('file-open-dialog', { filters: [] })).toEqual({ canceled: false, name: '备份.json', content: '{"医院":1}' });
    const bytes = (await dispatch('file-open-dialog', { read: 'bytes' })) as { bytes: Uint8Array };
    expect(Buffer.from(bytes.bytes).toString('utf8')).toBe('{"医院":1}');
  });
});

describe('pdf-system-fonts', () => {
  it('reports the faces whose whitelisted system font is in the fonts folder, and nothing else of it', async () => {
    const { dispatch, dir } = setup();
    const fonts = path.join(dir, 'Fonts');
    mkdirSync(fonts);
    writeFileSync(path.join(fonts, 'simfang.ttf'), 'fake 仿宋');
    writeFileSync(path.join(fonts, 'simsun.ttc'), 'fake 宋体 collection');
    writeFileSync(path.join(fonts, 'msyh.ttc'), 'a font no face asks for');
    mkdirSync(path.join(fonts, 'simhei.ttf')); // a folder with a font's name is not the font
    expect(await dispatch('pdf-system-fonts', undefined)).toEqual([
      { face: 'fang', file: 'simfang.ttf', label: '仿宋 simfang.ttf（系统字体）' },
      { face: 'song', file: 'simsun.ttc', label: '宋体 simsun.ttc（系统字体）', postscriptName: 'SimSun' },
    ]);
  });

  it('reports none when the folder is missing (any machine but Windows)', async () => {
    expect(await setup().dispatch('pdf-system-fonts', undefined)).toEqual([]);
  });
});

describe('registerIpcHandlers', () => {
  type Listener = Parameters<IpcMainLike['handle']>[1];
  function fakeIpcMain() {
    const listeners = new Map<string, Listener>();
    return { listeners, handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) };
  }

  it('registers every contract channel under the planner: prefix and answers only the app page', async () => {
    const ipcMain = fakeIpcMain();
    registerIpcHandlers(ipcMain, setup().dispatch);
    expect([...ipcMain.listeners.keys()].sort()).toEqual(
      ['app-info', 'file-open-dialog', 'file-save-dialog', 'pdf-system-fonts', 'snapshot-list', 'snapshot-read', 'snapshot-write'].map(
        (n) => `planner:${n}`,
      ),
    );
    const appInfo = ipcMain.listeners.get('planner:app-info')!;
    await expect(appInfo({ senderFrame: { url: 'app://planner/#/settings' } }, undefined)).resolves.toMatchObject({ isElectron: true });
    await expect(appInfo({ senderFrame: { url: 'https://evil.example/' } }, undefined)).rejects.toThrow(
      '拒绝来自非应用页面的 IPC 调用：https://evil.example/',
    );
    await expect(appInfo({ senderFrame: null }, undefined)).rejects.toThrow('未知来源');
  });
});
