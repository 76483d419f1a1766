import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tempCounter = 0;
/** Temporary files this process is writing or has written and not yet renamed or removed. */
const ours = new Set<string>();

/** Whether this process made the temporary file and has not finished with it. */
export function isBeingWritten(temp: string): boolean {
  return ours.has(temp);
}

/** A file written in full beside its target, flushed to the disk, and not yet in its place. */
export interface PreparedFile {
  readonly temp: string;
  /** Renames it over the target and flushes the folder: from now on readers see the new file. */
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Writes a file beside `file` (a temporary name carrying the process id, so two processes never
 * write into each other's), piece by piece, and flushes it (fsync). Pieces are written one at a
 * time, so a large file neither becomes one huge string nor holds up the event loop for long.
 */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

export async function prepareFile(file: string, data: FileContent): Promise<PreparedFile> {
  const folder = dirname(file);
  const temp = join(folder, `.${basename(file)}.${process.pid}.${++tempCounter}.tmp`);
  ours.add(temp);
  const discard = () =>
    unlink(temp)
      .catch(() => undefined)
      .finally(() => ours.delete(temp));
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await writePieces(handle, typeof data === 'string' || data instanceof Uint8Array ? [data] : data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    temp,
    commit: async () => {
      try {
        await rename(temp, file);
        ours.delete(temp);
      } catch (error) {
        await discard();
        throw error;
      }
      await syncFolder(folder);
    },
    discard,
  };
}

/**
 * Writes a file atomically: a reader, another process or a crash only ever sees the old file or
 * the new one, and once this returns the new one survives a power cut.
 */
export async function writeFileAtomically(file: string, data: FileContent): Promise<void> {
  const prepared = await prepareFile(file, data);
  await prepared.commit();
}

async function writePieces(handle: FileHandle, pieces: Iterable<string | Uint8Array>): Promise<void> {
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
      written += bytesWritten;
    }
  }
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
