import { emptySamradData, type SamradData } from '../domain/samrad-data.js';
import { COLLECTION_NAMES } from '../domain/collections.js';
import { SamradError } from '../errors/samrad-error.js';
import { checkData } from './check-data.js';
import { isUtf8 } from 'node:buffer';
import { findDuplicateKey, firstInvalidUtf8 } from './json-duplicates.js';
import { SEAL_KEY, SealWriter, sealLine, sealedLength } from './snapshot-seal.js';
import { parseSnapshotLines } from './snapshot-lines.js';
import type { StoreIssue } from './store-paths.js';

/**
 * The snapshot file: the whole data, its schema version and the number of the last journal entry it
 * includes. Older files are migrated step by step on load (in memory; the store writes the migrated
 * snapshot at once, after a backup). Files from a newer samrad are refused rather than damaged.
 */
export const CURRENT_SCHEMA_VERSION = 5;

type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a version-n file into version n+1.
 * Version 0 is a file without `schemaVersion`: one put together by hand or exported from a
 * spreadsheet, holding only some of the collections. It gets the missing collections, empty.
 * Each step sets the collections its version added, so a chain 0 → 1 → 2 ends complete.
 */
export const MIGRATIONS: Record<number, Migration> = {
  0: (file) => ({ ...emptySamradData(), ...file, schemaVersion: 1 }),
  // Version 2 knows joint costs (what members ask their municipality pays) and chat users' preferences.
  1: (file) => ({ jointCosts: [], userPreferences: [], ...file, schemaVersion: 2 }),
  // Version 3 records decisions, votes, dissents, adoptions, linked chats and the cards kept up to date.
  2: (file) => ({
    decisions: [],
    votes: [],
    dissents: [],
    adoptions: [],
    chatLinks: [],
    cardMessages: [],
    ...file,
    schemaVersion: 3,
  }),
  // Version 4 staffs working groups by nomination, and knows where to reach a person privately.
  3: (file) => ({
    workingGroups: [],
    nominationRounds: [],
    nominations: [],
    personalChats: [],
    ...file,
    schemaVersion: 4,
  }),
  // Version 5 keeps a journal beside the snapshot: the snapshot says which entries it includes.
  4: (file) => ({ ...file, sequence: 0, schemaVersion: 5 }),
};

export interface LoadedSnapshot {
  data: SamradData;
  /** The file ends with a seal that matches: the document checked when it was written (not again). */
  sealed: boolean;
  /** The version the file had before migration. */
  fileVersion: number;
  /** The last journal entry the snapshot includes. */
  sequence: number;
}

export type SnapshotCheck =
  { ok: true; loaded: LoadedSnapshot } | { ok: false; error: SamradError; issues: StoreIssue[] };

function corrupt(file: string, issues: StoreIssue[]): SnapshotCheck {
  const [first = { path: '(root)', problem: '' }] = issues;
  return { ok: false, error: new SamradError('store.corrupt', { file, ...first }), issues };
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * Parses, migrates and validates a snapshot file's bytes, collecting the problems it has. A sealed
 * file (see snapshot-seal.ts) is not checked record by record again unless `checkSealed` says so.
 */
export function checkSnapshot(
  file: string,
  bytes: Buffer,
  options: { checkSealed?: boolean } = {},
): SnapshotCheck {
  const sealed = sealedLength(bytes) !== null;
  // A sealed file is byte for byte what the store wrote from checked data: nothing below can be
  // wrong in it. Any other file is read with suspicion.
  const trusted = sealed && !options.checkSealed;
  if (!trusted && !isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes) ?? 0;
    return corrupt(file, [
      {
        path: `(byte ${at})`,
        problem: 'not valid UTF-8 text: the file was damaged or saved in another encoding',
      },
    ]);
  }
  let parsed: unknown;
  try {
    const lines = parseSnapshotLines(bytes, { checkDuplicates: !trusted });
    if (lines) {
      parsed = lines.root;
    } else {
      const text = bytes.toString('utf8');
      parsed = JSON.parse(text);
      const duplicate = trusted ? null : findDuplicateKey(text);
      if (duplicate) {
        return corrupt(file, [
          {
            path: duplicate.path,
            problem: `"${duplicate.key}" appears twice here: JSON keeps only the last one, so the other would be lost; keep one`,
          },
        ]);
      }
    }
  } catch (error) {
    return corrupt(file, [
      { path: '(JSON)', problem: error instanceof Error ? error.message : String(error) },
    ]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return corrupt(file, [{ path: '(root)', problem: 'expected a JSON object' }]);
  }
  const root = parsed as Record<string, unknown>;
  // A file without a version was put together by hand (version 0); any other value must be a
  // whole number, never guessed at: "5" is not 5, and reading it as 0 would migrate a good file.
  const stated = root['schemaVersion'];
  if (stated !== undefined && !isCount(stated)) {
    return corrupt(file, [
      { path: 'schemaVersion', problem: `must be a whole number, found ${JSON.stringify(stated)}` },
    ]);
  }
  const fileVersion = stated ?? 0;
  if (fileVersion > CURRENT_SCHEMA_VERSION) {
    const error = new SamradError('store.newer-version', {
      file,
      version: fileVersion,
      supported: CURRENT_SCHEMA_VERSION,
    });
    return {
      ok: false,
      error,
      issues: [
        { path: 'schemaVersion', problem: `version ${fileVersion} is newer than ${CURRENT_SCHEMA_VERSION}` },
      ],
    };
  }
  let migrated = root;
  for (let version = fileVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step)
      return corrupt(file, [{ path: 'schemaVersion', problem: `no migration from version ${version}` }]);
    migrated = step(migrated);
  }
  const { schemaVersion: _version, sequence, [SEAL_KEY]: _seal, ...rest } = migrated;
  if (!isCount(sequence)) {
    return corrupt(file, [
      { path: 'sequence', problem: `must be a whole number, found ${JSON.stringify(sequence)}` },
    ]);
  }
  if (sealed && fileVersion === CURRENT_SCHEMA_VERSION && !options.checkSealed) {
    return { ok: true, loaded: { data: rest as SamradData, sealed, fileVersion, sequence } };
  }
  const result = checkData(rest);
  if (!result.ok) return corrupt(file, result.issues);
  return { ok: true, loaded: { data: result.data, sealed, fileVersion, sequence } };
}

/** Loads a snapshot file's bytes, or throws the store.* error for its first problem, naming the file. */
export function loadSnapshot(file: string, bytes: Buffer): LoadedSnapshot {
  const check = checkSnapshot(file, bytes);
  if (!check.ok) throw check.error;
  return check.loaded;
}

/** How many records go into one piece of a snapshot being written (~0.5 MB of text). */
const RECORDS_PER_CHUNK = 2000;

/**
 * The snapshot's text, in pieces: one record per line, so that the file stays readable, compares
 * well line by line, and is written without building one huge string. Data that passed the whole
 * check ends with a seal: a hash of everything before it and of the record schemas it was checked
 * against (see snapshot-seal.ts).
 */
export function* snapshotChunks(
  data: SamradData,
  sequence: number,
  options: SnapshotOptions = {},
): Generator<string> {
  const seal = new SealWriter();
  const emit = (text: string) => {
    seal.update(text);
    return text;
  };
  yield emit(`{"schemaVersion": ${CURRENT_SCHEMA_VERSION},\n"sequence": ${sequence}`);
  for (const collection of COLLECTION_NAMES) {
    const records = data[collection] as unknown[];
    if (records.length === 0) {
      yield emit(`,\n"${collection}": []`);
      continue;
    }
    for (let from = 0; from < records.length; from += RECORDS_PER_CHUNK) {
      const lines = records.slice(from, from + RECORDS_PER_CHUNK).map((r) => JSON.stringify(r));
      const opening = from === 0 ? `,\n"${collection}": [\n` : ',\n';
      const closing = from + RECORDS_PER_CHUNK >= records.length ? '\n]' : '';
      yield emit(`${opening}${lines.join(',\n')}${closing}`);
    }
  }
  if (!options.sealChecked) {
    yield '\n}\n';
    return;
  }
  yield emit(',\n');
  yield `${sealLine(seal.digest())}\n}\n`;
}

export interface SnapshotOptions {
  /** The data passed the whole-document check: seal it, so that loading it need not check again. */
  sealChecked?: boolean;
}

/** The whole snapshot as one string (the store writes it in pieces). */
export function serialiseSnapshot(data: SamradData, sequence: number, options: SnapshotOptions = {}): string {
  return [...snapshotChunks(data, sequence, options)].join('');
}
