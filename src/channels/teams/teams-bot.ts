import {
  ActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { handleAction, handleMessage, type ConversationDeps } from '../../conversation/handle-message.js';
import type { Reply } from '../../conversation/replies.js';
import { DEFAULT_LANG } from '../../domain/lang.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { cardAttachment, renderCard } from './render-card.js';
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
 * replies into Adaptive Cards. Nothing here knows what a meeting is.
 */
export class SamradTeamsBot extends ActivityHandler {
  constructor(private readonly deps: ConversationDeps) {
    super();
    this.onMessage(async (context, next) => {
      const text = (
        TurnContext.removeRecipientMention(context.activity) ??
        context.activity.text ??
        ''
      ).trim();
      const incoming = incomingFromActivity(context.activity);
      const reply =
        text === ''
          ? await handleMessage('hjälp', incoming, this.deps)
          : await handleMessage(text, incoming, this.deps);
      await context.sendActivity(replyActivity(reply));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botWasAdded = (context.activity.membersAdded ?? []).some(
        (m) => m.id === context.activity.recipient.id,
      );
      if (botWasAdded) {
        const reply = await handleMessage('hej', incomingFromActivity(context.activity), this.deps);
        await context.sendActivity(replyActivity(reply));
      }
      await next();
    });
  }

  /**
   * A button on one of samrad's cards (Action.Execute). The answer is posted as a new message so the
   * card the member pressed stays as it was; the invoke itself is answered at once with a short text.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const incoming = incomingFromActivity(context.activity);
    const verb = invokeValue.action?.verb;
    if (typeof verb !== 'string' || verb === '') {
      return invokeError(400, REPLY_TEXTS[DEFAULT_LANG].actionInvalid);
    }
    const result = await handleAction(verb, invokeValue.action.data, incoming, this.deps);
    if (!result.valid && result.reply.kind === 'notice') {
      return invokeError(400, result.reply.text);
    }
    await context.sendActivity(replyActivity(result.reply));
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: REPLY_TEXTS[result.reply.lang].labels.answerBelow as unknown as Record<string, unknown>,
    };
  }
}
