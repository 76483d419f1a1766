import { channelOfUserKey, type ChannelName } from '../../domain/channel.js';
import type { Logger } from '../../logger.js';
import type { PrivateMessage, Reply } from '../views/replies.js';

/** How a channel sends a message to one person alone, and whether it can. */
export interface PrivateChannel {
  /** Whether a message to this user can be delivered now (Teams: only in a chat they have had with samrad). */
  reaches(userKey: string): boolean;
  send(userKey: string, reply: Reply): Promise<void>;
}

/**
 * Messages meant for someone other than the one who wrote (a nominee's request), sent on the
 * channel of each of the person's keys: a person is reached on whichever channel reaches them.
 * A message that cannot be sent is logged; it never fails the answer to the one who wrote.
 */
export class PrivateMessages {
  readonly #channels = new Map<ChannelName, PrivateChannel>();

  constructor(private readonly logger: Logger) {}

  register(channel: ChannelName, sender: PrivateChannel): void {
    this.#channels.set(channel, sender);
  }

  /** Whether any registered channel can reach this user key now. */
  reaches(userKey: string): boolean {
    const channel = channelOfUserKey(userKey);
    return channel !== null && (this.#channels.get(channel)?.reaches(userKey) ?? false);
  }

  async send(messages: readonly PrivateMessage[] | undefined): Promise<void> {
    for (const message of messages ?? []) {
      const channel = channelOfUserKey(message.userKey);
      const sender = channel ? this.#channels.get(channel) : undefined;
      if (!sender || !sender.reaches(message.userKey)) {
        this.logger.info('private-message-not-sent', { userKey: message.userKey, reason: 'not reachable' });
        continue;
      }
      try {
        await sender.send(message.userKey, message.reply);
      } catch (error) {
        this.logger.warn('private-message-failed', {
          userKey: message.userKey,
          error: (error as Error).message,
        });
      }
    }
  }
}
