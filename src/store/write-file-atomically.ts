import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tempCounter = 0;

/**
 * Writes a file atomically: to a temporary file in the same folder, flushed to the disk (fsync),
 * then renamed over the target, and the folder flushed too. A reader, another process or a crash
 * only ever sees the old file or the new one, and an acknowledged change survives a power cut.
 * The temp name carries the process id, so two processes never write into each other's temp file.
 */
export async function writeFileAtomically(file: string, data: string): Promise<void> {
  const folder = dirname(file);
  const temp = join(folder, `.${basename(file)}.${process.pid}.${++tempCounter}.tmp`);
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** Flushes a folder so a rename in it survives a crash; some file systems cannot, which is fine. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here (e.g. on some network or Windows file systems): the rename is still atomic.
  }
}
