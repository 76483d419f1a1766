import { copyFile, mkdir, readdir, rm, unlink } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { emptySamradData, type SamradData } from '../domain/samrad-data.js';
import { SamradError, isSamradError } from '../errors/samrad-error.js';
import type { SamradStore, StoreDraft } from '../services/ports.js';
import { ChangeSet, applySteps } from './change-set.js';
import { checkChange } from './check-change.js';
import { Journal, entryLine, headerLine, type JournalEntry } from './journal.js';
import { LiveData } from './live-data.js';
import { stillCurrent, type PrefetchedFile } from './prefetch.js';
import { checkData, checkDataInSlices } from './check-data.js';
import { CURRENT_SCHEMA_VERSION, loadSnapshot, serialiseSnapshot, snapshotChunks } from './snapshot.js';
import { StoreLock, StoreLockedError, StoreLockUnusableError, type HeldLock } from './store-lock.js';
import {
  isBeingWritten,
  prepareFile,
  writeFileAtomically,
  type PreparedFile,
} from './write-file-atomically.js';

/** The files of a store: the snapshot, its journal, and the lock file that is never removed. */
export function storeFiles(file: string) {
  return { snapshot: file, journal: `${file}.journal`, lock: `${file}.lock` };
}

export interface OpenStoreOptions {
  /** Data for a store that does not exist yet (e.g. the demo data); empty when not given. */
  seed?: () => SamradData | Promise<SamradData>;
  /**
   * Rewrite the snapshot once the journal holds more than this many bytes of entries. By default
   * half the snapshot's size, and at least 4 MiB: a vote then costs its journal line and as much
   * again of snapshot rewrites over time (under 1 kB), and a restart after a crash replays at most
   * half a snapshot's worth of journal.
   */
  compactAfterBytes?: number;
  /** How long to wait for another process's turn at the store before giving up (default 10 s). */
  lockTimeoutMs?: number;
  /** The snapshot, read ahead while the process started (used only if the file is still that one). */
  prefetched?: Promise<PrefetchedFile | null>;
}

/** A single change's journal line may not be larger than this: an agenda import is ~50 kB. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
const MIN_COMPACT_AFTER_BYTES = 4 * 1024 * 1024;
/** The journal is folded into the snapshot once it holds 1/this of the snapshot's size. */
export const COMPACT_AT_SNAPSHOT_FRACTION = 2;
const DEFAULT_LOCK_TIMEOUT_MS = 10_000;
/** How long to wait before rewriting the snapshot again after a rewrite failed. */
const COMPACT_RETRY_MS = 60_000;
/** Only data that passed the whole-document check is written with a seal. */
const SEALED = { sealChecked: true } as const;

type Pending =
  | {
      kind: 'change';
      change: (draft: StoreDraft) => unknown;
      resolve: (result: unknown) => void;
      reject: (error: unknown) => void;
    }
  | { kind: 'task'; run: () => Promise<void>; resolve: () => void; reject: (error: unknown) => void };

interface DiskState {
  live: LiveData;
  sequence: number;
  journal: Journal;
  snapshotBytes: number;
}

/**
 * The embedded store: the whole data in memory, a snapshot file, and a journal of every change
 * since the snapshot (ADR 0001). Shared safely by the bot and the `samrad` command.
 *
 * A change is written as one journal line with the records it touched; changes that arrive while a
 * write is in flight are written together with one fdatasync (group commit), and each caller's
 * promise settles once its change is on disk. Before every write the store takes the lock and reads
 * what the other process appended since, so both apply every change in one order. A change is all
 * or nothing: one that throws, breaks the schema or cannot be serialised is refused alone, and a
 * batch whose write fails is taken back whole and answered as not saved. `read()` only ever shows
 * what is on disk.
 */
export class JsonStore implements SamradStore {
  readonly files: ReturnType<typeof storeFiles>;
  readonly #lock: StoreLock;
  readonly #compactAfterBytes: number | undefined;
  #live: LiveData;
  #sequence: number;
  #journal: Journal;
  #snapshotBytes: number;
  #queue: Pending[] = [];
  #draining = false;
  /** This process holds the lock (inside a commit, a compaction or a reload). */
  #holding = false;
  /** A failed write could not be cut back from the journal: cut it before anything else. */
  #cutTo: number | null = null;
  #closed = false;
  /** read() has looked at the journal in this turn of the event loop. */
  #lookedThisTurn = false;
  /** After a failed rewrite of the snapshot, when to try again. */
  #compactNotBefore = 0;
  /** A compaction running beside the writes, if any. */
  #compacting: Promise<void> | null = null;

  private constructor(
    readonly file: string,
    lock: StoreLock,
    state: DiskState,
    options: OpenStoreOptions,
  ) {
    this.files = storeFiles(file);
    this.#lock = lock;
    this.#live = state.live;
    this.#sequence = state.sequence;
    this.#journal = state.journal;
    this.#snapshotBytes = state.snapshotBytes;
    this.#compactAfterBytes = options.compactAfterBytes;
  }

  static async open(file: string, options: OpenStoreOptions = {}): Promise<JsonStore> {
    const files = storeFiles(file);
    await mkdir(dirname(file), { recursive: true });
    const lock = new StoreLock(files.lock, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
    const lockExisted = existsSync(files.lock);
    const held = await lock.acquire().catch((error: unknown) => {
      throw asStoreError(error, file);
    });
    try {
      return await JsonStore.#openLocked(file, lock, options);
    } catch (error) {
      // A file that is no store at all (a wrong SAMRAD_DB) keeps no lock file of ours beside it.
      if (!lockExisted && !existsSync(files.journal)) await rm(files.lock, { force: true }).catch(() => {});
      // A journal that is a folder, a file that cannot be read: a store error with its reason.
      if (isSamradError(error)) throw error;
      throw new SamradError('store.unreadable', { file, reason: reasonOf(error) }, { cause: error });
    } finally {
      held.release();
    }
  }

  /** Opens the store's files; the caller holds the lock. */
  static async #openLocked(file: string, lock: StoreLock, options: OpenStoreOptions): Promise<JsonStore> {
    await removeLeftoverTempFiles(file);
    const prefetched = stillCurrent(file, (await options.prefetched) ?? null);
    const existing = prefetched ?? (await readIfExists(file));
    const state = existing === null ? await createStore(file, options) : await loadStore(file, existing);
    return new JsonStore(file, lock, state, options);
  }

  /** The last journal entry applied: the store's position in the shared order of changes. */
  get sequence(): number {
    return this.#sequence;
  }

  /** The current data, after what another process recorded since the last look. */
  read(): SamradData {
    this.#catchUpIfFree();
    return this.#live.data;
  }

  update<T>(change: (draft: StoreDraft) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.#closed) {
        reject(new SamradError('store.write-failed', { file: this.file, reason: 'the store is closed' }));
        return;
      }
      this.#queue.push({ kind: 'change', change, resolve: resolve as (r: unknown) => void, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  /** Resolves once no rewrite of the snapshot is running in the background (for tests and tools). */
  async idle(): Promise<void> {
    while (this.#compacting) await this.#compacting;
  }

  /** Rewrites the snapshot with everything in the journal, and starts an empty journal. */
  compact(): Promise<void> {
    return this.#task(async () => {
      await this.#compactLocked();
    });
  }

  /**
   * Replaces all data (`samrad demo`): a new snapshot and an empty journal, in the shared order.
   * The store takes the data over (its records are frozen), rather than copying ten years of it.
   */
  replaceAll(data: SamradData, options: { backupTo?: string } = {}): Promise<void> {
    return this.#task(async () => {
      if (options.backupTo) {
        await writeFileAtomically(options.backupTo, snapshotChunks(this.#live.data, this.#sequence, SEALED));
      }
      // A jump in the sequence tells the other process to load the new snapshot rather than go on.
      this.#live = new LiveData(checkedWhole(data));
      this.#sequence += 1;
      await this.#compactLocked();
    });
  }

  /**
   * Finishes what is queued and closes the journal. A clean shutdown rewrites the snapshot (so the
   * next start reads one file); `compact: false` leaves that to the journal's threshold.
   */
  async close(options: { compact?: boolean } = {}): Promise<void> {
    if (this.#closed) return;
    await this.#compacting;
    await this.#task(async () => {
      if ((options.compact ?? true) && this.#journalBytes() > 0) await this.#compactLocked();
    }).catch(() => undefined);
    this.#closed = true;
    this.#journal.close();
  }

  #task(run: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.#closed) {
        reject(new SamradError('store.write-failed', { file: this.file, reason: 'the store is closed' }));
        return;
      }
      this.#queue.push({ kind: 'task', run, resolve, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#queue.length > 0) {
        const first = this.#queue[0]!;
        if (first.kind === 'task') {
          this.#queue.shift();
          await this.#withLock(async () => {
            this.#catchUpLocked();
            await first.run();
          }).then(first.resolve, first.reject);
          continue;
        }
        const end = this.#queue.findIndex((p) => p.kind === 'task');
        const batch = this.#queue.splice(0, end < 0 ? this.#queue.length : end) as Extract<
          Pending,
          { kind: 'change' }
        >[];
        // Answers go out once the lock is released, so that whoever reads next can catch up.
        const settle = await this.#withLock(async () => {
          this.#catchUpLocked();
          return this.#commit(batch);
        }).catch((error: unknown) => () => {
          for (const pending of batch) pending.reject(error);
        });
        settle();
        if (this.#journalBytes() > this.#compactionThreshold()) this.#compactInBackground();
      }
    } finally {
      this.#draining = false;
    }
  }

  /** Runs `work` holding the lock; a lock that cannot be had, or a failure, is thrown as a coded error. */
  async #withLock<T>(work: () => Promise<T>): Promise<T> {
    let held: HeldLock;
    try {
      held = await this.#lock.acquire();
    } catch (error) {
      throw asStoreError(error, this.file);
    }
    this.#holding = true;
    try {
      return await work();
    } catch (error) {
      throw asStoreError(error, this.file);
    } finally {
      this.#holding = false;
      held.release();
    }
  }

  /**
   * Runs a batch of changes, writes them as one append, and keeps them only once they are on disk.
   * Returns how to answer each caller (after the lock is released).
   */
  async #commit(batch: Extract<Pending, { kind: 'change' }>[]): Promise<() => void> {
    const at = new Date().toISOString();
    let sequence = this.#sequence;
    const accepted: { pending: (typeof batch)[number]; set: ChangeSet; result: unknown; line: string }[] = [];
    const refused: { pending: (typeof batch)[number]; error: unknown }[] = [];
    for (const pending of batch) {
      const set = new ChangeSet(this.#live);
      try {
        const result = pending.change(set);
        if (result instanceof Promise) {
          throw new SamradError('internal', { detail: 'a store change must not be async' });
        }
        checkChange(this.#live, set.steps);
        let line = '';
        if (set.steps.length > 0) {
          line = serialiseEntry({ seq: sequence + 1, at, ops: set.steps });
          sequence += 1;
        }
        accepted.push({ pending, set, result, line });
      } catch (error) {
        set.undo();
        refused.push({ pending, error });
      }
    }
    const answerRefused = () => {
      for (const { pending, error } of refused) pending.reject(error);
    };
    const text = accepted.map((a) => a.line).join('');
    if (text === '') {
      return () => {
        answerRefused();
        for (const a of accepted) a.pending.resolve(a.result);
      };
    }
    // Readers see only what is on disk: take the batch back while it is being written.
    for (const a of [...accepted].reverse()) a.set.undo();
    try {
      await this.#journal.append(text, sequence);
    } catch (error) {
      const cut = (error as { journalNeedsCut?: number }).journalNeedsCut;
      if (cut !== undefined) this.#cutTo = cut;
      logStoreProblem('a write to the journal failed; the changes were refused', error);
      const failure = new SamradError(
        'store.write-failed',
        { file: this.files.journal, reason: reasonOf(error) },
        { cause: error },
      );
      // A change that wrote nothing may still have been answered from one that failed: refuse all.
      return () => {
        answerRefused();
        for (const a of accepted) a.pending.reject(failure);
      };
    }
    for (const a of accepted) applySteps(this.#live, a.set.steps);
    this.#sequence = sequence;
    return () => {
      answerRefused();
      for (const a of accepted) a.pending.resolve(a.result);
    };
  }

  #journalBytes(): number {
    return this.#journal.offset - this.#journal.headerBytes;
  }

  #compactionThreshold(): number {
    return (
      this.#compactAfterBytes ??
      Math.max(MIN_COMPACT_AFTER_BYTES, this.#snapshotBytes / COMPACT_AT_SNAPSHOT_FRACTION)
    );
  }

  /**
   * Writes the snapshot (after checking the whole document) and starts a fresh journal after it,
   * holding the lock and the queue throughout: for `samrad db compact`, `demo` and a clean shutdown.
   */
  async #compactLocked(): Promise<void> {
    checkedWhole(this.#live.data);
    const snapshot = await prepareFile(this.file, snapshotChunks(this.#live.data, this.#sequence, SEALED));
    await this.#switchToSnapshot(snapshot, this.#sequence, Buffer.alloc(0));
  }

  /**
   * Rewrites the snapshot while changes go on being written. The data as it stands is copied (the
   * lists, not the frozen records), checked and written out a piece at a time, giving the event
   * loop a turn in between; only the switch to the new files waits for the lock and the queue.
   * Changes recorded meanwhile are carried over into the new journal.
   */
  #compactInBackground(): void {
    if (this.#compacting || this.#closed || Date.now() < this.#compactNotBefore) return;
    const journal = this.#journal;
    const from = journal.offset;
    const sequence = this.#sequence;
    const view = this.#live.view();
    this.#compacting = (async () => {
      const checked = await checkDataInSlices(view as unknown as Record<string, unknown>);
      if (!checked.ok) {
        const [first] = checked.issues;
        throw new SamradError('store.invalid-change', { detail: `${first?.path}: ${first?.problem}` });
      }
      const snapshot = await prepareFile(this.file, snapshotChunks(view, sequence, SEALED));
      await this.#task(async () => {
        // Another process compacted meanwhile (or a restore came in): its snapshot is newer.
        if (this.#journal !== journal) {
          await snapshot.discard();
          return;
        }
        await this.#switchToSnapshot(snapshot, sequence, journal.readRangeSync(from, journal.offset));
      }).catch(async (error: unknown) => {
        await snapshot.discard();
        throw error;
      });
    })()
      .catch((error: unknown) => {
        // Every change is safe in the journal. Try again later, not after every write: on a disk
        // that is nearly full, each attempt's temporary file would take the room the votes need.
        this.#compactNotBefore = Date.now() + COMPACT_RETRY_MS;
        logStoreProblem('the snapshot could not be rewritten; the journal keeps every change', error);
      })
      .finally(() => {
        this.#compacting = null;
      });
  }

  /**
   * Puts a written snapshot (of entry `sequence`) in place with a new journal that holds the
   * entries after it (`carried`). Needs the lock. A crash between the two renames leaves the new
   * snapshot with the old journal, whose entries up to `sequence` it skips as already included.
   */
  async #switchToSnapshot(snapshot: PreparedFile, sequence: number, carried: Buffer): Promise<void> {
    const journal = await prepareFile(this.files.journal, [headerLine(sequence), carried]);
    try {
      await snapshot.commit();
    } catch (error) {
      await journal.discard();
      throw error;
    }
    await journal.commit();
    const next = Journal.openSync(this.files.journal);
    const { entries } = next.readNewSync();
    if (entries.at(-1)?.seq !== undefined && entries.at(-1)!.seq !== this.#sequence) {
      next.close();
      throw new SamradError('store.corrupt', {
        file: this.files.journal,
        path: `entry ${entries.at(-1)!.seq}`,
        problem: `carried over up to entry ${entries.at(-1)!.seq}, but the store is at ${this.#sequence}`,
      });
    }
    this.#journal.close();
    this.#journal = next;
    this.#snapshotBytes = statSync(this.file).size;
  }

  /** Catches up with another process's changes when the journal moved and the lock is free now. */
  #catchUpIfFree(): void {
    if (this.#holding || this.#closed || this.#lookedThisTurn) return;
    // One look per turn of the event loop: an answer reads the store many times in a row, and
    // nothing another process writes meanwhile could be seen within that turn anyway.
    this.#lookedThisTurn = true;
    setImmediate(() => {
      this.#lookedThisTurn = false;
    });
    const onDisk = statSync(this.files.journal, { throwIfNoEntry: false });
    if (onDisk && onDisk.ino === this.#journal.ino && onDisk.size === this.#journal.offset) return;
    let held: HeldLock | null = null;
    try {
      held = this.#lock.tryAcquire();
      if (!held) return; // someone is writing: what is on disk now is what we have
      this.#catchUpLocked();
    } catch (error) {
      // Keep answering from what was last read; the next write reports the problem.
      logStoreProblem('could not read what another process recorded', error);
    } finally {
      held?.release();
    }
  }

  /** Applies what the other process appended since our last read. Needs the lock. */
  #catchUpLocked(): void {
    if (this.#cutTo !== null) {
      this.#journal.truncateSync(this.#cutTo);
      this.#cutTo = null;
    }
    const onDisk = statSync(this.files.journal, { throwIfNoEntry: false });
    if (!onDisk) {
      this.#reloadLocked();
      return;
    }
    if (onDisk.ino !== this.#journal.ino) {
      // The other process wrote a new snapshot and journal. What it appended before that is still
      // readable through our descriptor of the old journal; then go on in the new one.
      this.#applyEntries(this.#journal.readNewSync().entries);
      const next = Journal.openSync(this.files.journal);
      const { entries, torn } = next.readNewSync();
      // The new journal must continue where we are: start right after us, or carry the entries
      // up to us (a rewrite in the background). Anything else is another store put in place (a
      // restore, `samrad demo`): load it afresh rather than number our changes after it.
      const continues =
        next.header !== null &&
        (next.header.after === this.#sequence ||
          (next.header.after < this.#sequence && entries.some((e) => e.seq === this.#sequence)));
      if (!continues) {
        next.close();
        this.#reloadLocked();
        return;
      }
      this.#journal.close();
      this.#journal = next;
      this.#snapshotBytes = statSync(this.file, { throwIfNoEntry: false })?.size ?? this.#snapshotBytes;
      this.#applyEntries(entries);
      if (torn > 0) this.#journal.truncateSync(this.#journal.offset);
      return;
    }
    const { entries, torn } = this.#journal.readNewSync();
    this.#applyEntries(entries);
    // We hold the lock, so no one is writing that last line: its writer died before it was done.
    if (torn > 0) this.#journal.truncateSync(this.#journal.offset);
  }

  #applyEntries(entries: readonly JournalEntry[]): void {
    for (const entry of entries) {
      if (entry.seq <= this.#sequence) continue;
      applyEntry(this.#live, entry, this.#sequence, this.files.journal);
      this.#sequence = entry.seq;
    }
  }

  /** Loads snapshot and journal afresh (after a restore, or a gap in what we read). Needs the lock. */
  #reloadLocked(): void {
    const state = loadStoreSync(this.file, readFileSync(this.file));
    this.#journal.close();
    this.#live = state.live;
    this.#sequence = state.sequence;
    this.#journal = state.journal;
    this.#snapshotBytes = state.snapshotBytes;
  }
}

/** The data, if it passes the whole-document check; otherwise the first problem, as a refusal. */
function checkedWhole(data: SamradData): SamradData {
  const checked = checkData(data as unknown as Record<string, unknown>);
  if (!checked.ok) {
    const [first] = checked.issues;
    throw new SamradError('store.invalid-change', { detail: `${first?.path}: ${first?.problem}` });
  }
  return checked.data;
}

function applyEntry(live: LiveData, entry: JournalEntry, sequence: number, journalFile: string): void {
  if (entry.seq !== sequence + 1) {
    throw new SamradError('store.corrupt', {
      file: journalFile,
      path: `entry ${entry.seq}`,
      problem: `expected entry ${sequence + 1} next: the journal has a gap`,
    });
  }
  const undo = (() => {
    try {
      return applySteps(live, entry.ops);
    } catch (error) {
      throw corruptEntry(journalFile, entry, error);
    }
  })();
  try {
    checkChange(live, entry.ops);
  } catch (error) {
    while (undo.length > 0) undo.pop()!();
    throw corruptEntry(journalFile, entry, error);
  }
}

function corruptEntry(journalFile: string, entry: JournalEntry, error: unknown): SamradError {
  return new SamradError('store.corrupt', {
    file: journalFile,
    path: `entry ${entry.seq}`,
    problem: isSamradError(error) ? String(error.params['detail'] ?? error.code) : String(error),
  });
}

function serialiseEntry(entry: JournalEntry): string {
  let line: string;
  try {
    line = entryLine(entry);
  } catch (error) {
    throw new SamradError('store.invalid-change', {
      detail: `cannot be written as JSON: ${reasonOf(error)}`,
    });
  }
  if (line.length > MAX_ENTRY_BYTES) {
    throw new SamradError('store.invalid-change', {
      detail: `the change is ${line.length} bytes; at most ${MAX_ENTRY_BYTES} are written at once`,
    });
  }
  return line;
}

/** A brand-new store: the seed as snapshot 0 and an empty journal. Needs the lock. */
async function createStore(file: string, options: OpenStoreOptions): Promise<DiskState> {
  const files = storeFiles(file);
  if (statSync(files.journal, { throwIfNoEntry: false })?.size) {
    throw new SamradError('store.corrupt', {
      file: files.journal,
      path: '(file)',
      problem: `a journal without its snapshot ${file}: restore both files from the same backup`,
    });
  }
  const data = checkedWhole(options.seed ? await options.seed() : emptySamradData());
  const text = serialiseSnapshot(data, 0, SEALED);
  await writeFileAtomically(file, text);
  await writeFileAtomically(files.journal, headerLine(0));
  return loadStoreSync(file, Buffer.from(text, 'utf8'));
}

/** An existing store; an older snapshot is kept as a backup and rewritten in the current version. */
async function loadStore(file: string, bytes: Buffer): Promise<DiskState> {
  const files = storeFiles(file);
  const state = loadStoreSync(file, bytes);
  if (state.fileVersion < CURRENT_SCHEMA_VERSION) {
    await copyFile(file, `${file}.v${state.fileVersion}.bak`);
    const migrated = serialiseSnapshot(state.live.data, state.sequence, SEALED);
    await writeFileAtomically(file, migrated);
    await writeFileAtomically(files.journal, headerLine(state.sequence));
    state.journal.close();
    return loadStoreSync(file, Buffer.from(migrated, 'utf8'));
  }
  if (state.journal.header === null) {
    // An empty journal file (made by hand, or a copy that lost it): start it properly.
    state.journal.close();
    await writeFileAtomically(files.journal, headerLine(state.sequence));
    return loadStoreSync(file, bytes);
  }
  return state;
}

/** Reads snapshot and journal and replays the journal. Needs the lock (it may cut a torn line). */
function loadStoreSync(file: string, bytes: Buffer): DiskState & { fileVersion: number } {
  const files = storeFiles(file);
  const loaded = loadSnapshot(file, bytes);
  const live = new LiveData(loaded.data);
  let sequence = loaded.sequence;
  const journal = Journal.openSync(files.journal);
  try {
    const { entries, torn } = journal.readNewSync();
    if (journal.header && journal.header.after > sequence) {
      throw new SamradError('store.corrupt', {
        file: files.journal,
        path: 'line 1',
        problem: `the journal continues a newer snapshot (entry ${journal.header.after}) than ${file} (entry ${sequence}): restore both files from the same backup`,
      });
    }
    for (const entry of entries) {
      if (entry.seq <= sequence) continue; // already in the snapshot (a crash during compaction)
      applyEntry(live, entry, sequence, files.journal);
      sequence = entry.seq;
    }
    if (torn > 0) journal.truncateSync(journal.offset);
  } catch (error) {
    journal.close();
    throw error;
  }
  return {
    live,
    sequence,
    journal,
    snapshotBytes: bytes.length,
    fileVersion: loaded.fileVersion,
  };
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SamradError('store.unreadable', { file, reason: reasonOf(error) });
  }
}

/**
 * A process killed while writing a snapshot leaves its temporary file (a ten-year snapshot is
 * ~70 MB). Those of processes that are gone are removed; a live process's are its own business.
 */
async function removeLeftoverTempFiles(file: string): Promise<void> {
  const folder = dirname(file);
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(?:journal\.)?(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (pid === undefined) continue;
    const ours = Number(pid) === process.pid;
    if (ours ? isBeingWritten(join(folder, name)) : isRunning(Number(pid))) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  // Our own pid: a file this process is writing now, or one left by an earlier process that had
  // the same pid (in a container every first process is 1). Only the former is kept.
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/** Errors of the store's own machinery, as the coded errors a person's message is picked by. */
function asStoreError(error: unknown, file: string): SamradError {
  if (isSamradError(error)) return error;
  if (error instanceof StoreLockedError) {
    return new SamradError('store.locked', { file: error.lockFile, waited: error.waitedMs });
  }
  if (error instanceof StoreLockUnusableError) {
    return new SamradError('store.lock-unusable', { file: error.lockFile, reason: error.reason });
  }
  return new SamradError('store.write-failed', { file, reason: reasonOf(error) }, { cause: error });
}

function logStoreProblem(what: string, error: unknown): void {
  console.error(`samrad store: ${what}: ${error instanceof Error ? error.message : String(error)}`);
}
