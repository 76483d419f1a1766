import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import type { SamradData } from '../domain/samrad-data.js';
import { SamradError, isSamradError } from '../errors/samrad-error.js';
import { applySteps } from './change-set.js';
import { checkChange } from './check-change.js';
import { storeFiles } from './json-store.js';
import { Journal } from './journal.js';
import { LiveData } from './live-data.js';
import { checkData } from './check-data.js';
import { checkSnapshot } from './snapshot.js';
import type { StoreIssue } from './store-paths.js';

export type StoreInspection =
  | { exists: false }
  | { exists: true; ok: false; error: SamradError; issues: StoreIssue[] }
  | {
      exists: true;
      ok: true;
      data: SamradData;
      fileVersion: number;
      /** The snapshot's last entry, and the last entry after replaying the journal. */
      snapshotSequence: number;
      sequence: number;
      journalEntries: number;
      journalBytes: number;
      /** Bytes at the end of the journal that were being written when a writer died. */
      tornBytes: number;
    };

/**
 * Reads a store as `samrad db check` reports it, changing nothing: the snapshot checked whole, the
 * journal replayed entry by entry, and the result checked whole again.
 */
export async function inspectStore(file: string): Promise<StoreInspection> {
  const files = storeFiles(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // A journal without its snapshot is what opening the store refuses; say so here too.
      if (statSync(files.journal, { throwIfNoEntry: false })?.size) {
        return failed(
          files.journal,
          '(file)',
          `a journal without its snapshot ${file}: restore both files from the same backup`,
        );
      }
      return { exists: false };
    }
    throw new SamradError('store.unreadable', { file, reason: (error as Error).message });
  }
  const snapshot = checkSnapshot(file, bytes, { checkSealed: true });
  if (!snapshot.ok) return { exists: true, ok: false, error: snapshot.error, issues: snapshot.issues };
  const { data, fileVersion, sequence: snapshotSequence } = snapshot.loaded;
  const live = new LiveData(data);
  let sequence = snapshotSequence;
  let journalEntries = 0;
  let tornBytes = 0;
  const journalBytes = statSync(files.journal, { throwIfNoEntry: false })?.size ?? 0;
  if (journalBytes > 0) {
    const journal = Journal.openSync(files.journal, 'read');
    try {
      const read = journal.readNewSync();
      tornBytes = read.torn;
      if (journal.header && journal.header.after > sequence) {
        return failed(
          files.journal,
          'line 1',
          `continues entry ${journal.header.after}, but the snapshot ends at ${sequence}`,
        );
      }
      for (const entry of read.entries) {
        if (entry.seq <= sequence) continue;
        if (entry.seq !== sequence + 1)
          return failed(files.journal, `entry ${entry.seq}`, `expected entry ${sequence + 1}`);
        try {
          applySteps(live, entry.ops);
          checkChange(live, entry.ops);
        } catch (error) {
          const detail = isSamradError(error) ? String(error.params['detail'] ?? error.code) : String(error);
          return failed(files.journal, `entry ${entry.seq}`, detail);
        }
        sequence = entry.seq;
        journalEntries++;
      }
    } catch (error) {
      if (isSamradError(error)) {
        return {
          exists: true,
          ok: false,
          error,
          issues: [
            { path: String(error.params['path'] ?? ''), problem: String(error.params['problem'] ?? '') },
          ],
        };
      }
      throw error;
    } finally {
      journal.close();
    }
  }
  const whole = checkData(live.data);
  if (!whole.ok) {
    const { issues } = whole;
    return {
      exists: true,
      ok: false,
      error: new SamradError('store.corrupt', { file, ...issues[0] }),
      issues,
    };
  }
  return {
    exists: true,
    ok: true,
    data: live.data,
    fileVersion,
    snapshotSequence,
    sequence,
    journalEntries,
    journalBytes,
    tornBytes,
  };
}

function failed(file: string, path: string, problem: string): StoreInspection {
  return {
    exists: true,
    ok: false,
    error: new SamradError('store.corrupt', { file, path, problem }),
    issues: [{ path, problem }],
  };
}
