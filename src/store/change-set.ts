import { produce } from 'immer';
import type { CollectionName, RecordOf } from '../domain/collections.js';
import type { SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';
import type { StoreDraft } from '../services/ports.js';
import type { LiveData, StoreOp, UndoStep } from './live-data.js';

/**
 * One change in the making: the steps it took, applied to the live data as it goes (so that its
 * later steps see its earlier ones), each with its way back. The store either keeps the steps, once
 * they are on disk, or undoes them.
 */
export class ChangeSet implements StoreDraft {
  readonly steps: StoreOp[] = [];
  readonly #undo: UndoStep[] = [];

  constructor(readonly live: LiveData) {}

  get data(): SamradData {
    return this.live.data;
  }

  insert<C extends CollectionName>(collection: C, record: RecordOf<C>): RecordOf<C> {
    this.#take({ op: 'insert', in: collection, record });
    return record;
  }

  update<C extends CollectionName>(
    collection: C,
    key: string,
    recipe: (record: RecordOf<C>) => RecordOf<C> | void,
  ): RecordOf<C> {
    const current = this.live.get(collection, key);
    if (current === undefined) {
      throw new SamradError('store.invalid-change', { detail: `${collection}: no record "${key}"` });
    }
    // immer gives the recipe a draft of this one record and hands back a new frozen record, or the
    // same one when the recipe changed nothing.
    const next = produce(current as object, recipe as (draft: object) => object | void) as RecordOf<C>;
    if (next === current) return current;
    this.#take({ op: 'replace', in: collection, record: next });
    return next;
  }

  remove<C extends CollectionName>(collection: C, key: string): RecordOf<C> {
    const current = this.live.get(collection, key);
    if (current === undefined) {
      throw new SamradError('store.invalid-change', { detail: `${collection}: no record "${key}"` });
    }
    this.#take({ op: 'remove', in: collection, key });
    return current;
  }

  /** Takes every step back, newest first, leaving the live data as it was before this change. */
  undo(): void {
    while (this.#undo.length > 0) this.#undo.pop()!();
  }

  #take(step: StoreOp): void {
    this.#undo.push(this.live.apply(step));
    this.steps.push(step);
  }
}

/** Applies steps that are already recorded (on replay, after a write, or another process's). */
export function applySteps(live: LiveData, steps: readonly StoreOp[]): UndoStep[] {
  const undo: UndoStep[] = [];
  try {
    for (const step of steps) undo.push(live.apply(step));
  } catch (error) {
    while (undo.length > 0) undo.pop()!();
    throw error;
  }
  return undo;
}
