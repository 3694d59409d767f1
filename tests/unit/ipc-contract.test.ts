import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  IPC_CHANNELS,
  IPC_CONTRACT,
  IpcValidationError,
  defineChannels,
  isIpcChannel,
  mergeContracts,
  parseIpcArgs,
  parseIpcResult,
  wireChannel,
} from '#shared/ipc/index.ts';

const reject = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
};

describe('IPC contract', () => {
  it('lists exactly the channels the contract defines, so the preload checks the same names main serves', () => {
    expect([...IPC_CHANNELS].sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
    expect(isIpcChannel('snapshot-write')).toBe(true);
    expect(isIpcChannel('shell-open-external')).toBe(false);
    expect(isIpcChannel(42)).toBe(false);
    expect(wireChannel('app-info')).toBe('planner:app-info');
  });

  it('accepts good payloads and applies defaults', () => {
    expect(parseIpcArgs('app-info', undefined)).toBeUndefined();
    expect(parseIpcArgs('snapshot-read', { name: 'snapshot-20240108T093000123Z.json' })).toEqual({
      name: 'snapshot-20240108T093000123Z.json',
    });
    expect(parseIpcArgs('snapshot-write', { backup: '{"format":"x"}' })).toEqual({ backup: '{"format":"x"}' });
    expect(parseIpcArgs('file-open-dialog', {})).toEqual({ filters: [], read: 'text' });
    const bytes = new Uint8Array([1, 2, 3]);
    const save = parseIpcArgs('file-save-dialog', {
      suggestedName: '专科规划备份.xlsx',
      content: bytes,
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    expect(save.content).toBe(bytes);
  });

  it('rejects a snapshot name that could leave the snapshot folder, naming the channel and field', () => {
    const error = reject(() => parseIpcArgs('snapshot-read', { name: '../../etc/passwd' }));
    expect(error).toBeInstanceOf(IpcValidationError);
    expect(error.message).toBe('IPC 调用 "snapshot-read" 的参数无效：name：快照文件名无效');
  });

  it('rejects a save whose suggested name is a path, and content of the wrong type', () => {
    const error = reject(() =>
      parseIpcArgs('file-save-dialog', { suggestedName: '../../桌面/x.json', content: 42, filters: [] }),
    );
    expect(error.message).toContain('IPC 调用 "file-save-dialog" 的参数无效');
    expect(error.message).toContain('suggestedName：文件名不能包含路径');
    expect(error.message).toContain('content：文件内容应为文字或字节');
  });

  it('rejects filter extensions written with a dot and arguments on calls that take none', () => {
    expect(reject(() => parseIpcArgs('file-open-dialog', { filters: [{ name: 'JSON', extensions: ['.json'] }] })).message).toContain(
      'filters.0.extensions.0：扩展名只能含字母和数字，且不带点',
    );
    expect(reject(() => parseIpcArgs('snapshot-list', { all: true })).message).toContain('IPC 调用 "snapshot-list" 的参数无效');
    expect(reject(() => parseIpcArgs('snapshot-write', {})).message).toContain('backup：快照内容应为备份 JSON 文本或对象');
  });

  it('checks results too', () => {
    const good = { version: '1.0.0', platform: 'linux', userDataPath: '/d', snapshotDir: '/d/s', isElectron: true };
    expect(parseIpcResult('app-info', good)).toEqual(good);
    expect(reject(() => parseIpcResult('app-info', { ...good, isElectron: 'yes' })).message).toContain(
      'IPC 调用 "app-info" 的返回值无效：isElectron',
    );
  });

  it('throws when two feature maps register the same name', () => {
    const first = defineChannels({ 'notes-get': { args: z.undefined(), result: z.string() } });
    const second = defineChannels({ 'notes-get': { args: z.string(), result: z.string() } });
    expect(() => mergeContracts(first, second)).toThrow('IPC channel "notes-get" is registered twice');
    expect(Object.keys(mergeContracts(first, defineChannels({ 'notes-set': first['notes-get'] })))).toEqual([
      'notes-get',
      'notes-set',
    ]);
  });
});
