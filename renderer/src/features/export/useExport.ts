import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { readAllTables, useDatabase } from '#renderer/db/index.ts';
import { invoke } from '#renderer/platform/index.ts';
import { ExportClient } from './exportClient.ts';
import { fileFilter } from './kinds.ts';
import { describeExportError, type ExportTarget, type FileExtension } from './protocol.ts';
import { spawnExportWorker } from './spawnWorker.ts';

export interface BuiltFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  extension: FileExtension;
}

export type ExportPhase =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'building'; done: number; total: number; stage: string }
  /** A PDF waits in 打印预览 until the user saves or closes it. */
  | { state: 'preview'; file: BuiltFile }
  | { state: 'saving' };

export interface ExportJob {
  phase: ExportPhase;
  /** The last failure, in Chinese; cleared when the next export starts. */
  error: string | null;
  start: (target: Omit<ExportTarget, 'now'>, name: (now: Date) => string) => Promise<void>;
  cancel: () => void;
  save: (file: BuiltFile) => Promise<void>;
  closePreview: () => void;
}

/**
 * One export at a time: read the tables here, build in the worker, preview PDFs, then save through the
 * platform bridge. 取消 terminates the worker; nothing of a cancelled job is kept or saved.
 */
export function useExport(): ExportJob {
  const db = useDatabase();
  const { message } = App.useApp();
  const [phase, setPhase] = useState<ExportPhase>({ state: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const client = useRef<ExportClient | null>(null);
  // Bumped by cancel, so a job cancelled while the tables were still being read never reaches the worker.
  const generation = useRef(0);

  useEffect(() => () => client.current?.dispose(), []);

  const save = useCallback(
    async (file: BuiltFile) => {
      setPhase({ state: 'saving' });
      try {
        const result = await invoke('file-save-dialog', {
          suggestedName: file.name,
          content: file.bytes,
          filters: [fileFilter(file.extension)],
        });
        setPhase({ state: 'idle' });
        if (result.saved) void message.success(`已保存「${result.name ?? file.name}」`);
        else void message.info('未保存文件');
      } catch (failure) {
        setPhase({ state: 'idle' });
        setError(`保存失败：${failure instanceof Error ? failure.message : String(failure)}`);
      }
    },
    [message],
  );

  const start = useCallback(
    async (target: Omit<ExportTarget, 'now'>, name: (now: Date) => string) => {
      const mine = ++generation.current;
      setError(null);
      setPhase({ state: 'reading' });
      const now = new Date();
      try {
        const tables = await readAllTables(db);
        if (mine !== generation.current) return;
        setPhase({ state: 'building', done: 0, total: 0, stage: '' });
        client.current ??= new ExportClient(spawnExportWorker);
        const outcome = await client.current.run({ ...target, now: now.toISOString() }, tables, (p) => {
          if (mine === generation.current) setPhase({ state: 'building', ...p });
        });
        if (outcome.status === 'cancelled' || mine !== generation.current) return;
        const file: BuiltFile = { name: name(now), bytes: outcome.bytes, extension: outcome.extension };
        if (file.extension === 'pdf') setPhase({ state: 'preview', file });
        else await save(file);
      } catch (failure) {
        if (mine !== generation.current) return;
        setPhase({ state: 'idle' });
        setError(describeExportError(failure));
      }
    },
    [db, save],
  );

  const cancel = useCallback(() => {
    generation.current++;
    client.current?.cancel();
    setPhase({ state: 'idle' });
    void message.info('已取消导出，未保存任何文件');
  }, [message]);

  const closePreview = useCallback(() => setPhase({ state: 'idle' }), []);

  return { phase, error, start, cancel, save, closePreview };
}
