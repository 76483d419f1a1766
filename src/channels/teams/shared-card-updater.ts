import type { CloudAdapter, ConversationReference } from 'botbuilder';
import {
  postedDecisionCards,
  sharedDecisionReply,
  type ConversationDeps,
} from '../../conversation/handle-message.js';
import type { Logger } from '../../logger.js';
import type { TeamsMemberDirectory } from './member-directory.js';
import { cardAttachment, renderCard } from './render-card.js';

/**
 * Keeps the decision card a chat shares up to date with the tally. Votes arrive in bursts (a whole
 * meeting clicks at once) and Teams allows a conversation only a few messages a second, so updates
 * are coalesced: one update per decision at a time, a short while after the first change, always
 * drawn from the store as it is then.
 */
export class SharedCardUpdater {
  readonly #pending = new Map<string, Promise<void>>();
  readonly #dirty = new Set<string>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly deps: ConversationDeps,
    private readonly logger: Logger,
    private readonly directory: TeamsMemberDirectory,
    private readonly delayMs = 400,
  ) {}

  /** Asks for the decision's shared cards to be updated soon. */
  request(decisionId: string): void {
    if (this.#pending.has(decisionId)) {
      this.#dirty.add(decisionId);
      return;
    }
    const run = this.#run(decisionId)
      .catch((error: unknown) => {
        // The decision may be gone by now (a store replaced by `samrad demo`), or the store may not
        // answer: an update that cannot be drawn is logged, never left to crash the bot.
        this.logger.warn('teams.card-update-failed', { decisionId, error: (error as Error).message });
      })
      .finally(() => {
        this.#pending.delete(decisionId);
        if (this.#dirty.delete(decisionId)) this.request(decisionId);
      });
    this.#pending.set(decisionId, run);
  }

  /** Resolves when no update is pending (for an orderly shutdown, and for tests). */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending.values()]);
  }

  async #run(decisionId: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs).unref());
    const card = renderCard(sharedDecisionReply(this.deps, decisionId));
    for (const message of postedDecisionCards(this.deps, decisionId, 'teams')) {
      const { activityId, ...reference } = message.reference as unknown as ConversationReference & {
        activityId: string;
      };
      try {
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
      } catch (error) {
        // A card that can no longer be updated (deleted, or the bot removed) must not stop the others.
        this.logger.warn('teams.card-update-failed', { decisionId, error: (error as Error).message });
      }
    }
  }
}
