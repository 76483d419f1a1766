import type { SamradData } from '../domain/samrad-data.js';

/**
 * The ports the use cases work through. The composition roots (the CLI, later the server) pass in
 * the real JSON store and system clock; tests pass hand-written fakes that implement the same shapes.
 */
export interface SamradStore {
  /** The current data. Read only: change it through `update`. */
  read(): SamradData;
  /**
   * Applies a change to a copy of the data and persists it. The returned promise resolves once the
   * change is on disk. When `change` throws, nothing is changed and the error is passed on.
   */
  update<T>(change: (draft: SamradData) => T): Promise<T>;
}

export interface Clock {
  now(): Date;
}

/** Who is making a change, for the audit log: "cli", "demo", or a person's id. */
export type Actor = string;
