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
