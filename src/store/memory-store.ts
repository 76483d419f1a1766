import { emptySamradData, type SamradData } from '../domain/samrad-data.js';
import type { SamradStore, StoreDraft } from '../services/ports.js';
import { ChangeSet } from './change-set.js';
import { checkChange } from './check-change.js';
import { LiveData } from './live-data.js';

/**
 * A store that lives in memory only: for building the demo data and for tests. Same rules as the
 * file store: changes go through the same steps and checks, and a change that fails leaves nothing.
 */
export class MemoryStore implements SamradStore {
  readonly #live: LiveData;

  constructor(data: SamradData = emptySamradData()) {
    this.#live = new LiveData(data);
  }

  read(): SamradData {
    return this.#live.data;
  }

  async update<T>(change: (draft: StoreDraft) => T): Promise<T> {
    const set = new ChangeSet(this.#live);
    try {
      const result = change(set);
      checkChange(this.#live, set.steps);
      return result;
    } catch (error) {
      set.undo();
      throw error;
    }
  }
}
