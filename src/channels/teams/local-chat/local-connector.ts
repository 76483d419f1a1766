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

export class LocalConnector {
  readonly #listeners = new Map<string, Set<Listener>>();
  /** Events for conversations nobody listens to yet, so a reply is not lost before the page connects. */
  readonly #backlog = new Map<string, ConnectorEvent[]>();

  /** How many conversations have events waiting for a page (for tests). */
  get waitingConversations(): number {
    return this.#backlog.size;
  }

  publish(conversationId: string, kind: ConnectorEvent['kind'], activity: Record<string, unknown>): string {
    const id = typeof activity['id'] === 'string' && kind === 'update' ? activity['id'] : randomUUID();
    const event = { kind, activity: { ...activity, id } };
    const listeners = this.#listeners.get(conversationId);
    if (listeners && listeners.size > 0) {
      for (const listener of listeners) listener(event);
    } else {
      const backlog = this.#backlog.get(conversationId) ?? [];
      backlog.push(event);
      // Bounded: at most the last events of the conversations most recently written to, so that
      // no one can fill the memory by writing to conversations nobody reads.
      this.#backlog.delete(conversationId);
      this.#backlog.set(conversationId, backlog.slice(-MAX_EVENTS_PER_CONVERSATION));
      while (this.#backlog.size > MAX_WAITING_CONVERSATIONS) {
        this.#backlog.delete(this.#backlog.keys().next().value!);
      }
    }
    return id;
  }

  subscribe(conversationId: string, listener: Listener): () => void {
    const listeners = this.#listeners.get(conversationId) ?? new Set<Listener>();
    listeners.add(listener);
    this.#listeners.set(conversationId, listeners);
    for (const event of this.#backlog.get(conversationId) ?? []) listener(event);
    this.#backlog.delete(conversationId);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(conversationId);
    };
  }
}
