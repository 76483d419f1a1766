import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { personalChatOf, type ConversationDeps } from '../../conversation/handle-message.js';
import type { PrivateChannel } from '../../conversation/delivery/private-messages.js';
import type { Reply } from '../../conversation/views/replies.js';
import { cardAttachment, renderCard } from './render-card.js';

/**
 * How Teams writes to one person alone: a card in the personal chat they have had with the bot.
 * Teams lets a bot start no chat of its own, so someone who never wrote to samrad is not reached.
 */
export class TeamsPrivateCards implements PrivateChannel {
  constructor(
    private readonly deps: ConversationDeps,
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  reaches(userKey: string): boolean {
    return personalChatOf(this.deps, userKey) !== undefined;
  }

  async send(userKey: string, reply: Reply): Promise<void> {
    const reference = personalChatOf(this.deps, userKey);
    if (!reference) return;
    const card = renderCard(reply);
    await this.adapter.continueConversationAsync(
      this.appId,
      reference as unknown as ConversationReference,
      async (context) => {
        await context.sendActivity({
          type: 'message',
          attachments: [cardAttachment(card)],
          summary: String(card['fallbackText'] ?? ''),
        });
      },
    );
  }
}
