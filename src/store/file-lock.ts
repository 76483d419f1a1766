import { open, stat, unlink } from 'node:fs/promises';

/**
 * A lock file beside the store, so that the bot and the `samrad` command never write at the same
 * moment: created exclusively, removed after. A lock left by a crashed process is taken over once
 * it is older than any write could take.
 */
const STALE_AFTER_MS = 15_000;
const GIVE_UP_AFTER_MS = 20_000;

export class StoreLockedError extends Error {
  constructor(readonly lockFile: string) {
    super(`the store is locked by another process (${lockFile})`);
  }
}

async function acquire(lockFile: string): Promise<void> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = await stat(lockFile).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > STALE_AFTER_MS) {
      await unlink(lockFile).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > GIVE_UP_AFTER_MS) throw new StoreLockedError(lockFile);
    await new Promise((resolve) => setTimeout(resolve, Math.min(2 + attempt * 2, 25)));
  }
}

/** Runs `work` while holding the lock. */
export async function withFileLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  await acquire(lockFile);
  try {
    return await work();
  } finally {
    await unlink(lockFile).catch(() => undefined);
  }
}
