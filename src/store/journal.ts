import { closeSync, fdatasync, fstatSync, ftruncateSync, openSync, readSync, write } from 'node:fs';
import { promisify } from 'node:util';
import { z } from 'zod';
import { COLLECTION_NAMES } from '../domain/collections.js';
import { SamradError } from '../errors/samrad-error.js';
import type { StoreOp } from './live-data.js';
import { CURRENT_SCHEMA_VERSION } from './snapshot.js';

const writeAsync = promisify(write);
const fdatasyncAsync = promisify(fdatasync);

/**
 * The journal: an append-only JSON Lines file beside the snapshot. Its first line says which
 * snapshot it continues; every further line is one committed change, numbered in order:
 *
 *   {"samradJournal":1,"schemaVersion":5,"after":120}
 *   {"seq":121,"at":"2026-11-23T09:12:03.120Z","ops":[{"op":"insert","in":"votes","record":{…}}, …]}
 *
 * A line counts once it ends with a newline. A last line without one was being written when its
 * writer died; it was never acknowledged, and the next writer (who holds the lock, so no one else
 * can be writing) cuts it off.
 */
export interface JournalHeader {
  samradJournal: 1;
  schemaVersion: number;
  /** The snapshot sequence this journal continues: its first entry is `after + 1`. */
  after: number;
}

export interface JournalEntry {
  seq: number;
  at: string;
  ops: StoreOp[];
}

const HeaderSchema = z.strictObject({
  samradJournal: z.literal(1),
  schemaVersion: z.number().int().nonnegative(),
  after: z.number().int().nonnegative(),
});

const CollectionSchema = z.enum(COLLECTION_NAMES as [string, ...string[]]);
const EntrySchema = z.strictObject({
  seq: z.number().int().positive(),
  at: z.string(),
  ops: z.array(
    z.discriminatedUnion('op', [
      z.strictObject({
        op: z.literal('insert'),
        in: CollectionSchema,
        record: z.record(z.string(), z.unknown()),
      }),
      z.strictObject({
        op: z.literal('replace'),
        in: CollectionSchema,
        record: z.record(z.string(), z.unknown()),
      }),
      z.strictObject({ op: z.literal('remove'), in: CollectionSchema, key: z.string() }),
    ]),
  ),
});

export function headerLine(after: number): string {
  const header: JournalHeader = { samradJournal: 1, schemaVersion: CURRENT_SCHEMA_VERSION, after };
  return `${JSON.stringify(header)}\n`;
}

export function entryLine(entry: JournalEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

function corrupt(file: string, line: number, problem: string): SamradError {
  return new SamradError('store.corrupt', { file, path: `line ${line}`, problem });
}

/** Complete lines from a buffer, with where each ends; a last line without a newline is left out. */
function splitLines(buffer: Buffer): { lines: string[]; consumed: number } {
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const end = buffer.indexOf(0x0a, start);
    if (end < 0) break;
    lines.push(buffer.toString('utf8', start, end));
    start = end + 1;
  }
  return { lines, consumed: start };
}

/**
 * An open journal: one descriptor for reading (from where this process last read) and for
 * appending (O_APPEND, so every write lands at the end whatever the offset).
 */
export class Journal {
  /** Bytes of complete lines read so far: where the next unread line starts. */
  offset = 0;
  /** Lines read so far, the header included (for messages that name a line). */
  linesRead = 0;
  header: JournalHeader | null = null;
  /** Bytes of the header line. */
  headerBytes = 0;
  /** The number of the last entry read. */
  lastSeq: number | null = null;

  private constructor(
    readonly file: string,
    readonly fd: number,
    readonly ino: number,
  ) {}

  /** Opens (and creates) the journal for reading and appending, or only for reading. */
  static openSync(file: string, mode: 'append' | 'read' = 'append'): Journal {
    const fd = openSync(file, mode === 'append' ? 'a+' : 'r', 0o600);
    return new Journal(file, fd, fstatSync(fd).ino);
  }

  size(): number {
    return fstatSync(this.fd).size;
  }

  /**
   * Reads what was appended since the last read: the header first, if not read yet, then entries.
   * `torn` is the number of bytes after the last complete line.
   */
  readNewSync(): { entries: JournalEntry[]; torn: number } {
    const size = this.size();
    if (size < this.offset) {
      throw corrupt(this.file, this.linesRead, `the journal shrank from ${this.offset} to ${size} bytes`);
    }
    const length = size - this.offset;
    if (length === 0) return { entries: [], torn: 0 };
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, buffer, read, length - read, this.offset + read);
      if (n === 0) break;
      read += n;
    }
    const { lines, consumed } = splitLines(buffer.subarray(0, read));
    const entries: JournalEntry[] = [];
    let lineStart = this.offset;
    for (const line of lines) {
      const lineEnd = lineStart + Buffer.byteLength(line, 'utf8') + 1;
      this.linesRead++;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (error) {
        throw corrupt(this.file, this.linesRead, `not JSON (${(error as Error).message})`);
      }
      if (this.header === null) {
        const header = HeaderSchema.safeParse(parsed);
        if (!header.success) throw corrupt(this.file, this.linesRead, 'not a samrad journal header');
        if (header.data.schemaVersion !== CURRENT_SCHEMA_VERSION) {
          throw corrupt(
            this.file,
            this.linesRead,
            `written for schema version ${header.data.schemaVersion}, this samrad reads ${CURRENT_SCHEMA_VERSION}`,
          );
        }
        this.header = header.data;
        this.headerBytes = lineEnd;
        lineStart = lineEnd;
        continue;
      }
      const entry = EntrySchema.safeParse(parsed);
      if (!entry.success) throw corrupt(this.file, this.linesRead, 'not a journal entry');
      // Entries are numbered one by one: a repeated, older or missing number means lines were
      // added by hand or lost, and nothing is skipped silently. (How the first one follows the
      // snapshot is the store's to check: an entry the snapshot already holds is skipped there.)
      const expected = this.lastSeq === null ? entry.data.seq : this.lastSeq + 1;
      if (entry.data.seq !== expected) {
        throw corrupt(
          this.file,
          this.linesRead,
          `entry ${entry.data.seq} where entry ${expected} was expected`,
        );
      }
      this.lastSeq = entry.data.seq;
      entries.push(entry.data as JournalEntry);
      lineStart = lineEnd;
    }
    this.offset += consumed;
    return { entries, torn: read - consumed };
  }

  /** The bytes from `from` to `to` (entries already read, to carry over into a new journal). */
  readRangeSync(from: number, to: number): Buffer {
    const buffer = Buffer.allocUnsafe(to - from);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(this.fd, buffer, read, buffer.length - read, from + read);
      if (n === 0) throw corrupt(this.file, this.linesRead, `ends before byte ${to}`);
      read += n;
    }
    return buffer;
  }

  /** Cuts the file back to `length` bytes: a torn last line, or a write that failed. */
  truncateSync(length: number): void {
    ftruncateSync(this.fd, length);
  }

  /**
   * Appends text (entries up to `lastSeq`) and waits until it is on the disk (fdatasync). On any failure the file is cut back
   * to where it was, so that what was not acknowledged never shows up later, and the error is thrown.
   */
  async append(text: string, lastSeq: number): Promise<void> {
    const before = this.offset;
    const buffer = Buffer.from(text, 'utf8');
    try {
      let written = 0;
      while (written < buffer.length) {
        const { bytesWritten } = await writeAsync(this.fd, buffer, written, buffer.length - written);
        written += bytesWritten;
      }
      await fdatasyncAsync(this.fd);
    } catch (error) {
      try {
        this.truncateSync(before);
        await fdatasyncAsync(this.fd);
      } catch {
        // The cut failed too: the store refuses further writes until it succeeds (see JsonStore).
        throw Object.assign(error as Error, { journalNeedsCut: before });
      }
      throw error;
    }
    this.offset += buffer.length;
    this.linesRead += text.split('\n').length - 1;
    this.lastSeq = lastSeq;
  }

  close(): void {
    closeSync(this.fd);
  }
}
