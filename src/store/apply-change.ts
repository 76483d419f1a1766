import { SamradDataSchema, type SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';
import { describeIssues } from './store-file.js';

/**
 * Runs a change on a copy of the data and validates the result, so that a change that throws, or
 * that would leave data the schema rejects, leaves the current data untouched.
 */
export function applyChange<T>(
  current: SamradData,
  change: (draft: SamradData) => T,
): { next: SamradData; result: T } {
  const draft = structuredClone(current);
  const result = change(draft);
  const checked = SamradDataSchema.safeParse(draft);
  if (!checked.success) {
    // A use case produced data the schema rejects: a bug, never to be kept or written.
    const [first] = describeIssues(checked.error);
    throw new SamradError('internal', { detail: `${first?.path}: ${first?.problem}` });
  }
  return { next: draft, result };
}

export type ChangeOutcome = { ok: true; result: unknown } | { ok: false; error: unknown };

/**
 * Applies a batch of changes in order. The common case, where every change succeeds, costs one copy
 * and one validation of the data; if any change throws or the result does not validate, the batch
 * is redone change by change, so that only the faulty change is refused.
 */
export function applyChanges(
  current: SamradData,
  changes: readonly ((draft: SamradData) => unknown)[],
): { next: SamradData; outcomes: ChangeOutcome[] } {
  const draft = structuredClone(current);
  try {
    const results = changes.map((change) => change(draft));
    if (SamradDataSchema.safeParse(draft).success) {
      return { next: draft, outcomes: results.map((result) => ({ ok: true, result })) };
    }
  } catch {
    // Fall through to the careful path.
  }
  let next = current;
  const outcomes = changes.map((change): ChangeOutcome => {
    try {
      const applied = applyChange(next, change);
      next = applied.next;
      return { ok: true, result: applied.result };
    } catch (error) {
      return { ok: false, error };
    }
  });
  return { next, outcomes };
}
