import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import { emptySamradData, type SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';
import type { SamradStore } from '../services/ports.js';
import { applyChanges } from './apply-change.js';
import { writeFileAtomically } from './write-file-atomically.js';
import { withFileLock } from './file-lock.js';
import { CURRENT_SCHEMA_VERSION, loadStoreText, serialiseStore } from './store-file.js';

/** What a file looked like when we last read or wrote it: a rename gives every write a new inode. */
interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

const sameStamp = (a: FileStamp | null, b: FileStamp | null) =>
  a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** lowdb adapter: reads through migration and validation, writes atomically. */
class ValidatedJsonFile implements Adapter<SamradData> {
  constructor(readonly file: string) {}

  async read(): Promise<SamradData> {
    return loadStoreText(this.file, await readFile(this.file, 'utf8')).data;
  }

  async write(data: SamradData): Promise<void> {
    await writeFileAtomically(this.file, serialiseStore(data));
  }
}

interface PendingChange {
  change: (draft: SamradData) => unknown;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

export interface OpenStoreOptions {
  /** Data for a store file that does not exist yet (e.g. the demo data); empty when not given. */
  seed?: () => SamradData | Promise<SamradData>;
}

/**
 * The JSON store: one lowdb document in one file, shared safely by the bot and the `samrad`
 * command. Loading validates the whole file and refuses a broken one without touching it.
 *
 * Changes are group-committed: while one write is in flight, later changes queue up and go to disk
 * together in the next write, and each caller's promise settles once its change is on disk. Each
 * write holds a lock file, and first reloads the file if another process has written it since, so
 * that neither process's changes are lost. A change that throws, or that would break the schema,
 * is refused alone; the others in its batch still land.
 */
export class JsonStore implements SamradStore {
  readonly #db: Low<SamradData>;
  readonly #lockFile: string;
  #stamp: FileStamp | null = null;
  #queue: PendingChange[] = [];
  #writing = false;

  private constructor(
    readonly file: string,
    data: SamradData,
  ) {
    this.#db = new Low<SamradData>(new ValidatedJsonFile(file), data);
    this.#lockFile = `${file}.lock`;
  }

  static async open(file: string, options: OpenStoreOptions = {}): Promise<JsonStore> {
    const text = await readStoreFile(file);
    if (text === null) {
      const data = options.seed ? await options.seed() : emptySamradData();
      await mkdir(dirname(file), { recursive: true });
      const store = new JsonStore(file, data);
      await withFileLock(store.#lockFile, async () => {
        // Another process may have created the file meanwhile; theirs wins.
        if ((await readStoreFile(file)) === null) await store.#db.write();
        else await store.#db.read();
        store.#stamp = await stampOf(file);
      });
      return store;
    }
    const { data, fileVersion } = loadStoreText(file, text);
    if (fileVersion < CURRENT_SCHEMA_VERSION) {
      // Keep the file as it was before the migrated version is first written over it.
      await copyFile(file, `${file}.v${fileVersion}.bak`);
    }
    const store = new JsonStore(file, data);
    store.#stamp = await stampOf(file);
    return store;
  }

  /** The current data, reloaded first if another process has changed the file. */
  read(): SamradData {
    if (!this.#writing) this.#reloadIfChangedSync();
    return this.#db.data;
  }

  update<T>(change: (draft: SamradData) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ change, resolve: resolve as (r: unknown) => void, reject });
      if (!this.#writing) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#writing = true;
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0);
      try {
        await withFileLock(this.#lockFile, () => this.#commit(batch));
      } catch (error) {
        const failure = isStoreError(error)
          ? error
          : new SamradError(
              'store.write-failed',
              { file: this.file, reason: (error as Error).message },
              { cause: error },
            );
        for (const pending of batch) pending.reject(failure);
      }
    }
    this.#writing = false;
  }

  /** Applies a batch of changes to the newest data on disk and writes them in one go. */
  async #commit(batch: PendingChange[]): Promise<void> {
    const current = await stampOf(this.file);
    if (!sameStamp(current, this.#stamp)) await this.#db.read();
    const { next: data, outcomes } = applyChanges(
      this.#db.data,
      batch.map((pending) => pending.change),
    );
    if (outcomes.some((o) => o.ok)) {
      this.#db.data = data;
      await this.#db.write();
      this.#stamp = await stampOf(this.file);
    }
    batch.forEach((pending, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) pending.resolve(outcome.result);
      else pending.reject(outcome?.error);
    });
  }

  #reloadIfChangedSync(): void {
    let current: FileStamp | null;
    try {
      const s = statSync(this.file);
      current = { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return;
    }
    if (sameStamp(current, this.#stamp)) return;
    try {
      this.#db.data = loadStoreText(this.file, readFileSync(this.file, 'utf8')).data;
      this.#stamp = current;
    } catch {
      // A file another process broke is not loaded; the next change reports it and writes nothing.
    }
  }
}

function isStoreError(error: unknown): error is SamradError {
  return error instanceof SamradError && error.code.startsWith('store.');
}

async function stampOf(file: string): Promise<FileStamp | null> {
  try {
    const s = await stat(file);
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

async function readStoreFile(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SamradError('store.unreadable', {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}
