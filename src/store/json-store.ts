import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import type { Adapter } from 'lowdb';
import { emptySamradData, type SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';
import type { SamradStore } from '../services/ports.js';
import { AtomicFileWriter } from './atomic-file-writer.js';
import { applyChange } from './apply-change.js';
import { CURRENT_SCHEMA_VERSION, loadStoreText, serialiseStore } from './store-file.js';

/** lowdb adapter: reads through validation and migration, writes atomically through AtomicFileWriter. */
class ValidatedJsonFile implements Adapter<SamradData> {
  readonly #writer: AtomicFileWriter;

  constructor(
    readonly file: string,
    private readonly initial: SamradData,
  ) {
    this.#writer = new AtomicFileWriter(file);
  }

  async read(): Promise<SamradData> {
    return this.initial;
  }

  async write(data: SamradData): Promise<void> {
    await this.#writer.write(serialiseStore(data));
  }
}

export interface OpenStoreOptions {
  /** Data for a store file that does not exist yet (e.g. the demo data); empty when not given. */
  seed?: () => SamradData | Promise<SamradData>;
}

/**
 * The JSON store: one lowdb document in one file. Loading validates the whole file and refuses a
 * broken one without touching it. Changes are applied to a copy, validated, then written; a change
 * that throws or would break the schema leaves both memory and file as they were.
 */
export class JsonStore implements SamradStore {
  private constructor(
    readonly file: string,
    private readonly db: Low<SamradData>,
  ) {}

  static async open(file: string, options: OpenStoreOptions = {}): Promise<JsonStore> {
    const text = await readStoreFile(file);
    if (text === null) {
      const data = options.seed ? await options.seed() : emptySamradData();
      await mkdir(dirname(file), { recursive: true });
      const store = await JsonStore.#create(file, data);
      await store.db.write();
      return store;
    }
    const { data, fileVersion } = loadStoreText(file, text);
    if (fileVersion < CURRENT_SCHEMA_VERSION) {
      // Keep the file as it was before the migrated version is first written over it.
      await copyFile(file, `${file}.v${fileVersion}.bak`);
    }
    return JsonStore.#create(file, data);
  }

  static async #create(file: string, data: SamradData): Promise<JsonStore> {
    const db = new Low<SamradData>(new ValidatedJsonFile(file, data), data);
    await db.read();
    return new JsonStore(file, db);
  }

  read(): SamradData {
    return this.db.data;
  }

  async update<T>(change: (draft: SamradData) => T): Promise<T> {
    const { next, result } = applyChange(this.db.data, change);
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      throw new SamradError(
        'store.write-failed',
        { file: this.file, reason: error instanceof Error ? error.message : String(error) },
        { cause: error },
      );
    }
    return result;
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
