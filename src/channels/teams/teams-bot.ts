import {
  ActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type CloudAdapter,
  type InvokeResponse,
} from 'botbuilder';
import {
  handleAction,
  greet,
  handleMessage,
  rememberPersonalChat,
  rememberPostedDecisionCard,
  type ConversationDeps,
} from '../../conversation/handle-message.js';
import type { Reply } from '../../conversation/views/replies.js';
import { DEFAULT_LANG } from '../../domain/lang.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import type { Logger } from '../../logger.js';
import type { TeamsMemberDirectory } from './member-directory.js';
import { cardAttachment, renderCard, type AdaptiveCardJson } from './render-card.js';
import type { SharedDecisionCards } from '../../conversation/delivery/shared-decision-cards.js';
import type { PrivateMessages } from '../../conversation/delivery/private-messages.js';
import { incomingFromActivity } from './teams-identity.js';

/** A card with a short text for notifications and clients that cannot show cards. */
function cardActivity(card: AdaptiveCardJson) {
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

export interface TeamsBotOptions {
  deps: ConversationDeps;
  updater: SharedDecisionCards;
  privateMessages: PrivateMessages;
  directory: TeamsMemberDirectory;
  adapter: CloudAdapter;
  appId: string;
  logger: Logger;
}

/**
 * The Teams side of samrad: translates activities into calls on the conversation layer and its
 * replies into Adaptive Cards. Nothing here knows what a meeting, a vote or a nomination is.
 */
export class SamradTeamsBot extends ActivityHandler {
  private readonly deps: ConversationDeps;

  constructor(private readonly options: TeamsBotOptions) {
    super();
    this.deps = options.deps;
    this.onMessage(async (context, next) => {
      this.options.directory.learn(context);
      const incoming = incomingFromActivity(context.activity);
      if (
        context.activity.conversation?.conversationType === 'personal' &&
        context.activity.from?.aadObjectId
      ) {
        // Where the bot can reach this person privately later (a card to a nominee).
        const reference = TurnContext.getConversationReference(context.activity) as unknown as Record<
          string,
          unknown
        >;
        await rememberPersonalChat(this.deps, incoming.identity, reference);
      }
      const text = (
        TurnContext.removeRecipientMention(context.activity) ??
        context.activity.text ??
        ''
      ).trim();
      await this.post(context, await handleMessage(text, incoming, this.deps));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botWasAdded = (context.activity.membersAdded ?? []).some(
        (m) => m.id === context.activity.recipient.id,
      );
      if (botWasAdded) await this.post(context, greet(incomingFromActivity(context.activity), this.deps));
      await next();
    });
  }

  /** The card for a reply, its refresh list in this conversation's Teams user ids. */
  private async card(context: TurnContext, reply: Reply): Promise<AdaptiveCardJson> {
    return this.options.directory.forConversation(context, renderCard(reply));
  }

  /** Posts a reply; a decision card posted this way is the chat's shared one and is kept up to date. */
  private async post(context: TurnContext, reply: Reply): Promise<void> {
    const sent = await context.sendActivity(cardActivity(await this.card(context, reply)));
    if (reply.kind === 'decision' && sent?.id) {
      const reference = TurnContext.getConversationReference(context.activity);
      await rememberPostedDecisionCard(this.deps, reply.view.decisionId, 'teams', {
        ...reference,
        activityId: sent.id,
      });
      // Whoever watches the decision (the meeting panel) learns it is open.
      this.options.updater.request(reply.view.decisionId);
    }
    if (reply.changedDecisionId) this.options.updater.request(reply.changedDecisionId);
    await this.options.privateMessages.send(reply.privateMessages);
  }

  /**
   * Invokes samrad does not answer (any name but a card action) get a 400 saying so, instead of the
   * framework's 501: a request the bot does not serve is the sender's mistake, not a server fault.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const action = (context.activity.value as { action?: unknown } | undefined)?.action;
    if (context.activity.name !== 'adaptiveCard/action' || typeof action !== 'object' || action === null) {
      return { status: 400, body: { code: 'BadRequest', message: 'samrad answers only card actions' } };
    }
    return super.onInvokeActivity(context);
  }

  /**
   * A button on one of samrad's cards (Action.Execute). A vote, a close, a refresh, a nomination
   * form or a nominee's answer is answered with the new card in place of the one pressed; other
   * buttons post their answer as a new message and answer the invoke with a short text.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    this.options.directory.learn(context);
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
    if (result.changedDecisionId) this.options.updater.request(result.changedDecisionId);
    // The presser's own view takes the place of the card they pressed.
    if (result.delivery === 'presser') {
      await this.options.privateMessages.send(result.reply.privateMessages);
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: await this.card(context, result.reply),
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
