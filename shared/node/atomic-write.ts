import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';

/** Temp files end with this, so a folder's owner can sweep up the leftovers of a crashed write. */
export const ATOMIC_TEMP_SUFFIX = '.tmp';

/**
 * Writes through a temporary file in the same folder, synced, then renamed over the target: a crash or a full
 * disk leaves either the old file or the whole new one, never half of one (architecture.md, "Storage").
 */
export async function writeFileAtomic(target: string, text: string | Uint8Array): Promise<void> {
  const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}${ATOMIC_TEMP_SUFFIX}`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
