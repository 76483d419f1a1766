import type { z } from 'zod';
import { SamradDataSchema, emptySamradData, type SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';

/**
 * The store file: the data plus a schema version. Older files are migrated step by step on load
 * (in memory; the file itself changes only at the next write, after a backup). Files from a newer
 * samrad are refused rather than damaged.
 */
export const CURRENT_SCHEMA_VERSION = 4;

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
};

export interface StoreIssue {
  path: string;
  problem: string;
}

/** "meetings", 3, "date" → "meetings[3].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

export function describeIssues(error: z.ZodError): StoreIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', problem: issue.message }));
}

function versionOf(file: Record<string, unknown>): number {
  const version = file['schemaVersion'];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

export interface LoadedStore {
  data: SamradData;
  /** The version the file had before migration. */
  fileVersion: number;
}

export type StoreCheck =
  { ok: true; loaded: LoadedStore } | { ok: false; error: SamradError; issues: StoreIssue[] };

function corrupt(file: string, issues: StoreIssue[]): StoreCheck {
  const [first = { path: '(root)', problem: '' }] = issues;
  return { ok: false, error: new SamradError('store.corrupt', { file, ...first }), issues };
}

/** Parses, migrates and validates the text of a store file, collecting every problem it has. */
export function checkStoreText(file: string, text: string): StoreCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return corrupt(file, [
      { path: '(JSON)', problem: error instanceof Error ? error.message : String(error) },
    ]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return corrupt(file, [{ path: '(root)', problem: 'expected a JSON object' }]);
  }
  const fileVersion = versionOf(parsed as Record<string, unknown>);
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
  let migrated = parsed as Record<string, unknown>;
  for (let version = fileVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step)
      return corrupt(file, [{ path: 'schemaVersion', problem: `no migration from version ${version}` }]);
    migrated = step(migrated);
  }
  const { schemaVersion: _version, ...rest } = migrated;
  const result = SamradDataSchema.safeParse(rest);
  if (!result.success) return corrupt(file, describeIssues(result.error));
  return { ok: true, loaded: { data: result.data, fileVersion } };
}

/** Loads a store file's text, or throws the store.* error for its first problem, naming the file. */
export function loadStoreText(file: string, text: string): LoadedStore {
  const check = checkStoreText(file, text);
  if (!check.ok) throw check.error;
  return check.loaded;
}

export function serialiseStore(data: SamradData): string {
  return `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, ...data }, null, 2)}\n`;
}
