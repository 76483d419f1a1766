import { RECORD_KEYS } from '../domain/collections.js';
import { findDuplicateKey } from './json-duplicates.js';

/**
 * Reads a snapshot in the layout `serialiseSnapshot` writes (one record per line) straight from
 * the file's bytes, line by line. A ten-year store is ~70 MB: decoding it into one string and
 * parsing that holds the text, the string and the parsed document at once (~400 MB) and takes
 * twice as long as parsing small lines. Anything not in exactly that layout (a file edited by
 * hand, an older version) gives null, and the caller parses the whole text as JSON instead, so the
 * two ways always read the same document.
 */
export interface SnapshotLines {
  root: Record<string, unknown>;
}

export function parseSnapshotLines(
  bytes: Buffer,
  options: { checkDuplicates?: boolean } = {},
): SnapshotLines | null {
  const lines = new LineReader(bytes);
  const version = /^\{"schemaVersion": (\d+),$/.exec(lines.nextText() ?? '');
  const sequence = /^"sequence": (\d+),$/.exec(lines.nextText() ?? '');
  if (!version || !sequence) return null;
  const root: Record<string, unknown> = {
    schemaVersion: Number(version[1]),
    sequence: Number(sequence[1]),
  };
  let closing: string;
  const shared = new Map<string, string>();
  do {
    const line = lines.nextText() ?? '';
    const seal = /^"seal": ("sha256:[0-9a-f]{64}")$/.exec(line);
    if (seal) {
      // Whether it matches is checked from the bytes (snapshot-seal.ts).
      root['seal'] = JSON.parse(seal[1]!);
      closing = ']';
      break;
    }
    const opening = /^"([A-Za-z]+)": \[(\][,}]?)?$/.exec(line);
    if (!opening || Object.hasOwn(root, opening[1]!)) return null;
    const name = opening[1]!;
    if (opening[2] !== undefined) {
      root[name] = [];
      closing = opening[2];
    } else {
      const records = readRecords(lines, options.checkDuplicates ?? false, ownKeyOf(name), shared);
      if (!records) return null;
      root[name] = records.records;
      closing = records.closing;
    }
  } while (closing === '],');
  // The document closes on the last collection's line ("]}") or on a line of its own.
  if (closing === ']' && lines.nextText() !== '}') return null;
  const rest = lines.nextText();
  const ended = rest === null || (rest === '' && lines.nextText() === null);
  return ended ? { root } : null;
}

/** Record lines up to the closing `]`, `],` or `]}`: each `{…},` except the last, which is `{…}`. */
function readRecords(
  lines: LineReader,
  checkDuplicates: boolean,
  ownKey: string,
  shared: Map<string, string>,
): { records: unknown[]; closing: string } | null {
  const records: unknown[] = [];
  let expectMore = true;
  for (;;) {
    const line = lines.next();
    if (line === null) return null;
    const [start, end] = line;
    if (lines.bytes[start] === 0x5d /* ] */) {
      const closing = lines.bytes.toString('latin1', start, end);
      if (expectMore || !CLOSINGS.has(closing)) return null;
      return { records, closing };
    }
    if (!expectMore || lines.bytes[start] !== 0x7b /* { */) return null;
    const comma = end > start && lines.bytes[end - 1] === 0x2c; /* , */
    const text = lines.bytes.toString('utf8', start, comma ? end - 1 : end);
    // A key twice in a record: left to the whole-text reading, which names the place.
    if (checkDuplicates && findDuplicateKey(text)) return null;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      return null;
    }
    shareTexts(record as Record<string, unknown>, ownKey, shared);
    records.push(record);
    expectMore = comma;
  }
}

const CLOSINGS = new Set([']', '],', ']}']);

/** Texts this short in a record's own fields are ids, dates, choices: shared when repeated. */
const SHARED_TEXT_LENGTH = 64;

function ownKeyOf(collection: string): string {
  return (RECORD_KEYS as Record<string, string | undefined>)[collection] ?? 'id';
}

/**
 * Makes a record's short texts the same string as an equal text met before. JSON.parse gives every
 * value its own copy: at ten years the votes alone repeat each decision id, member id, person id
 * and time tens or hundreds of times, ~50 MB of copies of a few texts. Done as each record is
 * read, the copies die young, which costs less than keeping them. A record's own key is unique.
 */
function shareTexts(record: Record<string, unknown>, ownKey: string, shared: Map<string, string>): void {
  for (const key in record) {
    const value = record[key];
    if (typeof value !== 'string' || value.length > SHARED_TEXT_LENGTH || key === ownKey) continue;
    const known = shared.get(value);
    if (known === undefined) shared.set(value, value);
    else record[key] = known;
  }
}

class LineReader {
  #at = 0;
  constructor(readonly bytes: Buffer) {}

  /** The next line as [start, end) without its newline, or null at the end of the bytes. */
  next(): [number, number] | null {
    if (this.#at > this.bytes.length) return null;
    const start = this.#at;
    const newline = this.bytes.indexOf(0x0a, start);
    const end = newline < 0 ? this.bytes.length : newline;
    this.#at = end + 1;
    return [start, end];
  }

  nextText(): string | null {
    const line = this.next();
    return line === null ? null : this.bytes.toString('utf8', line[0], line[1]);
  }
}
