import type { Clock } from '../../src/services/ports.js';

/** A clock that stands still at a given instant, and can be moved by hand. */
export class FixedClock implements Clock {
  #now: Date;
  constructor(iso: string) {
    this.#now = new Date(iso);
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(iso: string): void {
    this.#now = new Date(iso);
  }
}
