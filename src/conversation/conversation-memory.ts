/**
 * What samrad remembers of a conversation between messages: the meeting last talked about, so
 * that "punkt 5" after "dagordningen 3 april 2020" means item 5 of that meeting. Kept in memory,
 * bounded, oldest forgotten first; losing it on restart only makes the next question less implicit.
 */
export interface ConversationMemory {
  lastMeetingId(conversationId: string): string | undefined;
  rememberMeeting(conversationId: string, meetingId: string): void;
}

export class InMemoryConversationMemory implements ConversationMemory {
  readonly #meetings = new Map<string, string>();

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
