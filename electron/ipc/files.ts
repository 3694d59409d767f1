import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES, type FileFilter, type MainHandlers } from '#shared/ipc/index.ts';

export type FileHandlers = Pick<MainHandlers, 'file-save-dialog' | 'file-open-dialog'>;

/** The two Electron dialogs, reduced to what the handlers need (main.ts binds them to the main window). */
export interface DialogPort {
  showSaveDialog(options: { defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: { filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/**
 * File access only through a dialog the user confirmed: the renderer supplies a bare name and content,
 * never a path, and main writes or reads exactly the file the user picked.
 */
export function createFileHandlers(dialogs: DialogPort, defaultDir: string): FileHandlers {
  return {
    'file-save-dialog': async ({ suggestedName, content, filters }) => {
      const choice = await dialogs.showSaveDialog({ defaultPath: path.join(defaultDir, suggestedName), filters });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFile(choice.filePath, content);
      return { saved: true, path: choice.filePath, name: path.basename(choice.filePath) };
    },
    'file-open-dialog': async ({ filters, read }) => {
      const choice = await dialogs.showOpenDialog({ filters });
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return { canceled: true };
      if ((await stat(file)).size > MAX_FILE_BYTES) throw new Error(`文件过大（上限 ${MAX_FILE_BYTES / 1024 / 1024} MB）`);
      const name = path.basename(file);
      if (read === 'bytes') return { canceled: false, name, bytes: new Uint8Array(await readFile(file)) };
      return { canceled: false, name, content: await readFile(file, 'utf8') };
    },
  };
}
