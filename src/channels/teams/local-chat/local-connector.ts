import { randomUUID } from 'node:crypto';

/**
 * The part of the Bot Framework connector that the local chat page needs: the bot posts its
 * replies and updates here (as it would to Teams' serviceUrl) and the page receives them as
 * server-sent events. In memory, per conversation, only in local mode.
 */
export interface ConnectorEvent {
  kind: 'activity' | 'update';
  activity: Record<string, unknown>;
}

type Listener = (event: ConnectorEvent) => void;

const MAX_EVENTS_PER_CONVERSATION = 50;
const MAX_WAITING_CONVERSATIONS = 100;
/**
 * What the waiting events may hold in all, as sent: a chat's replies are a few kB each. Parsed,
 * JSON can take ten times its text in memory, so the bound is kept low.
 */
const MAX_WAITING_BYTES = 2 * 1024 * 1024;
/** Pages listening at once: a person has a tab or two open, not hundreds. */
export const MAX_LISTENERS = 100;

interface Waiting {
  event: ConnectorEvent;
  bytes: number;
}

export class LocalConnector {
  readonly #listeners = new Map<string, Set<Listener>>();
  /** Events for conversations nobody listens to yet, so a reply is not lost before the page connects. */
  readonly #backlog = new Map<string, Waiting[]>();
  #backlogBytes = 0;
  #listenerCount = 0;

  /** How many conversations have events waiting for a page (for tests). */
  get waitingConversations(): number {
    return this.#backlog.size;
  }

  /** How many bytes of events wait for a page (for tests). */
  get waitingBytes(): number {
    return this.#backlogBytes;
  }

  publish(
    conversationId: string,
    kind: ConnectorEvent['kind'],
    activity: Record<string, unknown>,
    bytes: number,
  ): string {
    const id = typeof activity['id'] === 'string' && kind === 'update' ? activity['id'] : randomUUID();
    const event = { kind, activity: { ...activity, id } };
    const listeners = this.#listeners.get(conversationId);
    if (listeners && listeners.size > 0) {
      for (const listener of listeners) listener(event);
      return id;
    }
    // Bounded: at most the last events of the conversations most recently written to, and so many
    // bytes in all, so that no one can fill the memory by writing to conversations nobody reads.
    const backlog = this.#take(conversationId);
    backlog.push({ event, bytes });
    this.#put(conversationId, backlog.slice(-MAX_EVENTS_PER_CONVERSATION));
    while (this.#backlog.size > MAX_WAITING_CONVERSATIONS || this.#backlogBytes > MAX_WAITING_BYTES) {
      const oldest = this.#backlog.keys().next().value;
      if (oldest === undefined) break;
      this.#take(oldest);
    }
    return id;
  }

  /** Whether another page may listen: at most MAX_LISTENERS at once. */
  hasRoom(): boolean {
    return this.#listenerCount < MAX_LISTENERS;
  }

  /** Listens to a conversation's events, those waiting first; the result stops listening. */
  subscribe(conversationId: string, listener: Listener): () => void {
    this.#listenerCount++;
    const listeners = this.#listeners.get(conversationId) ?? new Set<Listener>();
    listeners.add(listener);
    this.#listeners.set(conversationId, listeners);
    for (const waiting of this.#take(conversationId)) listener(waiting.event);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      this.#listenerCount--;
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(conversationId);
    };
  }

  #take(conversationId: string): Waiting[] {
    const backlog = this.#backlog.get(conversationId) ?? [];
    this.#backlog.delete(conversationId);
    for (const waiting of backlog) this.#backlogBytes -= waiting.bytes;
    return backlog;
  }

  #put(conversationId: string, backlog: Waiting[]): void {
    this.#backlog.set(conversationId, backlog);
    for (const waiting of backlog) this.#backlogBytes += waiting.bytes;
  }
}
