import {
  RECORD_SCHEMAS,
  REFERENCES,
  keyOf,
  referenceIn,
  type CollectionName,
  type RecordOf,
} from '../domain/collections.js';
import { describeCollection } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';
import type { LiveData, StoreOp } from './live-data.js';
import { formatPath } from './store-paths.js';

/**
 * Checks the records a change touched, in the data as the change left it: each inserted or replaced
 * record against its schema (strict: unknown fields are refused) and its references; for each
 * removed record, that nothing still points at it. This costs the size of the change, not of the
 * store; the whole document is checked on load and at compaction.
 */
export function checkChange(live: LiveData, steps: readonly StoreOp[]): void {
  for (const step of steps) {
    if (step.op === 'remove') {
      checkNothingPointsAt(live, step.in, step.key);
      continue;
    }
    // A record may have been touched again by a later step of the same change; check what stands.
    const key = keyOf(step.in, step.record as never);
    const standing = live.get(step.in, key);
    if (standing === undefined) continue;
    const checked = RECORD_SCHEMAS[step.in].safeParse(standing);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const path = formatPath([step.in, key, ...(issue?.path ?? [])]);
      throw new SamradError('store.invalid-change', { detail: `${path}: ${issue?.message ?? ''}` });
    }
    for (const { from, field, to } of REFERENCES) {
      if (from !== step.in) continue;
      const target = referenceIn(standing, field);
      if (target !== null && live.get(to, target) === undefined) {
        throw new SamradError('store.invalid-change', {
          detail: `${step.in}[${key}].${field}: unknown ${describeCollection(to)} "${target}"`,
        });
      }
    }
  }
}

function checkNothingPointsAt(live: LiveData, collection: CollectionName, key: string): void {
  if (live.get(collection, key) !== undefined) return; // removed, then put back by a later step
  for (const { from, field, to } of REFERENCES) {
    if (to !== collection) continue;
    const holder = (live.data[from] as RecordOf<typeof from>[]).find((r) => referenceIn(r, field) === key);
    if (holder) {
      throw new SamradError('store.invalid-change', {
        detail: `${from}[${keyOf(from, holder)}].${field} still points at ${describeCollection(collection)} "${key}"`,
      });
    }
  }
}
