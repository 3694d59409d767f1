import { stat } from 'node:fs/promises';

/** True for a regular file; false for a folder, a missing path or one that cannot be read. */
export async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
