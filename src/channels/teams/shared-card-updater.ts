import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { SharedCardChannel } from '../../conversation/delivery/shared-decision-cards.js';
import type { Reply } from '../../conversation/views/replies.js';
import type { TeamsMemberDirectory } from './member-directory.js';
import { cardAttachment, renderCard } from './render-card.js';

/**
 * How Teams updates a shared decision card it posted: the card drawn again and put in place of the
 * posted activity, with the refresh list in this conversation's Teams user ids.
 */
export class TeamsSharedCards implements SharedCardChannel {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly directory: TeamsMemberDirectory,
  ) {}

  async update(stored: Record<string, unknown>, reply: Reply): Promise<void> {
    const card = renderCard(reply);
    const { activityId, ...reference } = stored as unknown as ConversationReference & { activityId: string };
    await this.adapter.continueConversationAsync(
      this.appId,
      reference as ConversationReference,
      async (context) => {
        const forChat = await this.directory.forConversation(context, card);
        await context.updateActivity({
          type: 'message',
          id: activityId,
          attachments: [cardAttachment(forChat)],
        });
      },
    );
  }
}
