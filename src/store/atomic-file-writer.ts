import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tempCounter = 0;

/**
 * Writes a file atomically and one write at a time. A write goes to a temporary file in the same
 * folder, is flushed to the disk (fsync), and is renamed over the target, so a reader or a crash
 * only ever sees the old or the new file. While a write is in flight, later writes are coalesced:
 * only the newest data is written next, and every caller's promise resolves once data that
 * includes its change is on disk (or rejects if that write fails).
 *
 * lowdb's default writer (steno) does the same without the fsync and with one shared temp name;
 * the fsync is what makes an acknowledged vote survive a power cut, and a per-process temp name
 * keeps the CLI and the bot from writing into each other's temp file.
 */
export class AtomicFileWriter {
  readonly #file: string;
  #pending: { data: string; waiters: { resolve: () => void; reject: (e: unknown) => void }[] } | null = null;
  #draining = false;

  constructor(file: string) {
    this.#file = file;
  }

  write(data: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#pending) {
        this.#pending.data = data;
        this.#pending.waiters.push({ resolve, reject });
      } else {
        this.#pending = { data, waiters: [{ resolve, reject }] };
      }
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    while (this.#pending) {
      const batch = this.#pending;
      this.#pending = null;
      try {
        await this.#writeNow(batch.data);
        for (const waiter of batch.waiters) waiter.resolve();
      } catch (error) {
        for (const waiter of batch.waiters) waiter.reject(error);
      }
    }
    this.#draining = false;
  }

  async #writeNow(data: string): Promise<void> {
    const folder = dirname(this.#file);
    const temp = join(folder, `.${basename(this.#file)}.${process.pid}.${++tempCounter}.tmp`);
    try {
      const handle = await open(temp, 'w', 0o600);
      try {
        await handle.writeFile(data, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, this.#file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(folder);
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
