import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** A file's bytes read ahead of time, with what identifies the version of the file they are. */
export interface PrefetchedFile {
  bytes: Buffer;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/**
 * Starts reading the snapshot in the background (one read in libuv's thread pool) while the
 * process goes on loading its modules: for a ten-year store that is ~0.2 s of start-up saved.
 * Anything unusual gives null, and the store reads the file itself.
 */
export async function prefetchFile(file: string): Promise<PrefetchedFile | null> {
  try {
    const handle = await open(file, 'r');
    try {
      const stat = await handle.stat();
      const bytes = Buffer.allocUnsafe(stat.size);
      let read = 0;
      while (read < bytes.length) {
        const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
        if (bytesRead === 0) return null;
        read += bytesRead;
      }
      return { bytes, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/**
 * The prefetched bytes if the file is still that very version. The snapshot is only ever replaced
 * by renaming a new file over it, never written in place, so the same inode, size and times mean
 * the same content.
 */
export function stillCurrent(file: string, prefetched: PrefetchedFile | null): Buffer | null {
  if (!prefetched) return null;
  const now = statSync(file, { throwIfNoEntry: false });
  const same =
    now !== undefined &&
    now.ino === prefetched.ino &&
    now.size === prefetched.size &&
    now.mtimeMs === prefetched.mtimeMs &&
    now.ctimeMs === prefetched.ctimeMs;
  return same ? prefetched.bytes : null;
}
