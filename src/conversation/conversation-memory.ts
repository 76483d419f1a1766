import type { ConversationTopic } from './understanding/follow-up.js';

/**
 * What samrad remembers of a conversation between messages: the meeting last talked about, so
 * that "punkt 5" after "dagordningen 3 april 2020" means item 5 of that meeting, and per person
 * what they were asking about, so that "och lokalen?" follows on. Kept in memory,
 * bounded, oldest forgotten first; losing it on restart only makes the next question less implicit.
 */
export interface ConversationMemory {
  lastMeetingId(conversationId: string): string | undefined;
  rememberMeeting(conversationId: string, meetingId: string): void;
  /** What a person was last asking about in a conversation, if they asked within TOPIC_LIFETIME_MS. */
  topic(key: string, now: number): ConversationTopic | undefined;
  rememberTopic(key: string, topic: ConversationTopic | undefined, now: number): void;
}

/** A follow-up comes soon after its question; after this, a question stands on its own. */
export const TOPIC_LIFETIME_MS = 30 * 60 * 1000;

export class InMemoryConversationMemory implements ConversationMemory {
  readonly #meetings = new Map<string, string>();
  readonly #topics = new Map<string, { topic: ConversationTopic; at: number }>();

  topic(key: string, now: number): ConversationTopic | undefined {
    const known = this.#topics.get(key);
    return known && now - known.at <= TOPIC_LIFETIME_MS ? known.topic : undefined;
  }

  rememberTopic(key: string, topic: ConversationTopic | undefined, now: number): void {
    this.#topics.delete(key);
    if (!topic) return;
    this.#topics.set(key, { topic, at: now });
    if (this.#topics.size > this.capacity) {
      const oldest = this.#topics.keys().next().value;
      if (oldest !== undefined) this.#topics.delete(oldest);
    }
  }

  constructor(private readonly capacity = 5000) {}

  lastMeetingId(conversationId: string): string | undefined {
    return this.#meetings.get(conversationId);
  }

  rememberMeeting(conversationId: string, meetingId: string): void {
    this.#meetings.delete(conversationId);
    this.#meetings.set(conversationId, meetingId);
    if (this.#meetings.size > this.capacity) {
      const oldest = this.#meetings.keys().next().value;
      if (oldest !== undefined) this.#meetings.delete(oldest);
    }
  }
}
