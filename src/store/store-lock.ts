import { closeSync, openSync } from 'node:fs';
import { tryLock } from 'fs-native-extensions';

/**
 * The lock that lets the bot and the `samrad` command take turns at the store: an exclusive
 * open-file-description lock (Linux `F_OFD_SETLK`, `flock` on macOS, `LockFileEx` on Windows) on a
 * lock file beside it, through fs-native-extensions.
 *
 * The kernel holds the lock, not the file: it is released the moment its holder closes the file or
 * dies, kill -9 included, so there is no such thing as a stale lock to detect or take over. The lock
 * file itself stays in place and means nothing on its own; it is never removed.
 */
export class StoreLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly waitedMs: number,
  ) {
    super(`the store is locked by another process (${lockFile}); waited ${waitedMs} ms`);
  }
}

export class StoreLockUnusableError extends Error {
  constructor(
    readonly lockFile: string,
    readonly reason: string,
  ) {
    super(`cannot use the lock file ${lockFile}: ${reason}`);
  }
}

/** A held lock; release it exactly once. */
export interface HeldLock {
  release(): void;
}

const FIRST_PAUSE_MS = 1;
const LONGEST_PAUSE_MS = 25;

export class StoreLock {
  constructor(
    readonly lockFile: string,
    readonly timeoutMs: number,
  ) {}

  /** Takes the lock now if it is free, without waiting. */
  tryAcquire(): HeldLock | null {
    const fd = this.#open();
    let locked: boolean;
    try {
      locked = tryLock(fd);
    } catch (error) {
      closeSync(fd);
      throw new StoreLockUnusableError(this.lockFile, describe(error));
    }
    if (!locked) {
      closeSync(fd);
      return null;
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        closeSync(fd); // closing the descriptor releases the lock
      },
    };
  }

  /**
   * Takes the lock, waiting while another process holds it: it sleeps between tries (1 ms, doubling
   * up to 25 ms), so a wait costs no CPU, and gives up after `timeoutMs` with StoreLockedError.
   */
  async acquire(): Promise<HeldLock> {
    const started = Date.now();
    let pause = FIRST_PAUSE_MS;
    for (;;) {
      const held = this.tryAcquire();
      if (held) return held;
      const waited = Date.now() - started;
      if (waited >= this.timeoutMs) throw new StoreLockedError(this.lockFile, waited);
      await new Promise((resolve) => setTimeout(resolve, Math.min(pause, this.timeoutMs - waited)));
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }

  #open(): number {
    try {
      return openSync(this.lockFile, 'a', 0o600);
    } catch (error) {
      // A folder, a file without write permission, a missing directory: say so at once, never loop.
      throw new StoreLockUnusableError(this.lockFile, describe(error));
    }
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  return code ?? (error instanceof Error ? error.message : String(error));
}
