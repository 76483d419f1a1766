import {
  ActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import {
  handleAction,
  handleMessage,
  rememberPostedDecisionCard,
  type ConversationDeps,
} from '../../conversation/handle-message.js';
import type { Reply } from '../../conversation/replies.js';
import { DEFAULT_LANG } from '../../domain/lang.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { cardAttachment, renderCard } from './render-card.js';
import type { SharedCardUpdater } from './shared-card-updater.js';
import { incomingFromActivity } from './teams-identity.js';

/** A card with a short text for notifications and clients that cannot show cards. */
function replyActivity(reply: Reply) {
  const card = renderCard(reply);
  return {
    type: 'message',
    attachments: [cardAttachment(card)],
    summary: String(card['fallbackText'] ?? ''),
  };
}

/** The error answer for a card action, in the shape Universal Actions expect. */
export function invokeError(statusCode: 400 | 500, message: string): AdaptiveCardInvokeResponse {
  return {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code: statusCode === 400 ? 'BadRequest' : 'InternalServerError', message },
  };
}

/**
 * The Teams side of samrad: translates activities into calls on the conversation layer and its
 * replies into Adaptive Cards. Nothing here knows what a meeting or a vote is.
 */
export class SamradTeamsBot extends ActivityHandler {
  constructor(
    private readonly deps: ConversationDeps,
    private readonly updater: SharedCardUpdater,
  ) {
    super();
    this.onMessage(async (context, next) => {
      const text = (
        TurnContext.removeRecipientMention(context.activity) ??
        context.activity.text ??
        ''
      ).trim();
      const reply = await handleMessage(
        text === '' ? 'hjälp' : text,
        incomingFromActivity(context.activity),
        this.deps,
      );
      await this.post(context, reply);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botWasAdded = (context.activity.membersAdded ?? []).some(
        (m) => m.id === context.activity.recipient.id,
      );
      if (botWasAdded)
        await this.post(
          context,
          await handleMessage('hej', incomingFromActivity(context.activity), this.deps),
        );
      await next();
    });
  }

  /** Posts a reply; a decision card posted this way is the chat's shared one and is kept up to date. */
  private async post(context: TurnContext, reply: Reply): Promise<void> {
    const sent = await context.sendActivity(replyActivity(reply));
    if (reply.kind === 'decision' && sent?.id) {
      const reference = TurnContext.getConversationReference(context.activity);
      await rememberPostedDecisionCard(this.deps, reply.view.decisionId, 'teams', {
        ...reference,
        activityId: sent.id,
      });
    }
  }

  /**
   * A button on one of samrad's cards (Action.Execute). A vote, a close or a refresh is answered
   * with the member's own view of the decision card in place of the one they pressed; other
   * buttons post their answer as a new message and answer the invoke with a short text.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb;
    if (typeof verb !== 'string' || verb === '')
      return invokeError(400, REPLY_TEXTS[DEFAULT_LANG].actionInvalid);
    const result = await handleAction(
      verb,
      invokeValue.action.data,
      incomingFromActivity(context.activity),
      this.deps,
    );
    if (result.kind === 'refused') return invokeError(400, result.message);
    if (result.changedDecisionId) this.updater.request(result.changedDecisionId);
    if (result.display === 'replace-card') {
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: renderCard(result.reply),
      };
    }
    await this.post(context, result.reply);
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: REPLY_TEXTS[result.reply.lang].labels.answerBelow as unknown as Record<string, unknown>,
    };
  }
}
