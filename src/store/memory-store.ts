import { emptySamradData, type SamradData } from '../domain/samrad-data.js';
import type { SamradStore } from '../services/ports.js';
import { applyChange } from './apply-change.js';

/** A store that lives in memory only: for building the demo data and for tests. Same rules as the file store. */
export class MemoryStore implements SamradStore {
  #data: SamradData;

  constructor(data: SamradData = emptySamradData()) {
    this.#data = data;
  }

  read(): SamradData {
    return this.#data;
  }

  async update<T>(change: (draft: SamradData) => T): Promise<T> {
    const { next, result } = applyChange(this.#data, change);
    this.#data = next;
    return result;
  }
}
