import type { CollectionName, RecordOf } from '../domain/collections.js';
import type { SamradData } from '../domain/samrad-data.js';

/**
 * The ports the use cases work through. The composition roots (the CLI, the server) pass in the
 * real JSON store and system clock; tests pass the memory store and fixed clocks.
 */
export interface SamradStore {
  /** The current data, as durably recorded. Read only: records are frozen; change them through `update`. */
  read(): SamradData;
  /**
   * Runs `change` against the current data and records what it did, all or nothing. The returned
   * promise resolves once the change is on disk; when `change` throws, or the change cannot be
   * recorded, nothing is changed and the error is passed on. A change that does nothing writes nothing.
   */
  update<T>(change: (draft: StoreDraft) => T): Promise<T>;
}

/**
 * What a change works on: the data as it stands (its own earlier steps included), and the three
 * things a change can do to a record. A record is only ever changed through these, so each change
 * is exactly the records it touched: that is what the store writes, checks and replays.
 */
export interface StoreDraft {
  /** The data, this change's own steps included. Read only. */
  readonly data: SamradData;
  /** Adds a record at the end of its collection; its key must be new. Returns the stored record. */
  insert<C extends CollectionName>(collection: C, record: RecordOf<C>): RecordOf<C>;
  /**
   * Changes the record with this key: `recipe` edits a copy of it in place (or returns a whole new
   * record). Returns the stored record; when the recipe changed nothing, nothing is recorded.
   */
  update<C extends CollectionName>(
    collection: C,
    key: string,
    recipe: (record: RecordOf<C>) => RecordOf<C> | void,
  ): RecordOf<C>;
  /** Removes the record with this key. Returns the removed record. */
  remove<C extends CollectionName>(collection: C, key: string): RecordOf<C>;
}

export interface Clock {
  now(): Date;
}

/**
 * Who is making a change. A person has the rights their memberships give, checked by each use case;
 * the system acts for whoever runs a tool on the server (the `samrad` command, the demo loader) and
 * is trusted as the operator is. The two are different kinds, so that no person, whatever their
 * name or id, can ever be taken for the system. Someone a chat identifies who is not on any roster
 * is a chat user (they can only set their own preferences).
 */
export type Actor =
  | { kind: 'person'; personId: string }
  | { kind: 'system'; tool: 'cli' | 'demo' | 'bench' | 'test' }
  | { kind: 'chat-user'; userKey: string };

export const personActor = (personId: string): Actor => ({ kind: 'person', personId });
export const systemActor = (tool: Extract<Actor, { kind: 'system' }>['tool']): Actor => ({
  kind: 'system',
  tool,
});

/**
 * How the audit log names an actor: a person's id (a slug: never a colon in it), "system:cli" for
 * the command line, or the chat user's key ("teams:<id>"). Entries written before this held "cli".
 */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'person':
      return actor.personId;
    case 'system':
      return `system:${actor.tool}`;
    case 'chat-user':
      return actor.userKey;
  }
}
