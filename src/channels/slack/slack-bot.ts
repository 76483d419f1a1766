import type { App } from '@slack/bolt';
import {
  greet,
  handleAction,
  handleMessage,
  languageFor,
  type ActionResult,
  type ConversationDeps,
  type Incoming,
} from '../../conversation/handle-message.js';
import { ACTIONS } from '../../conversation/actions.js';
import type { PrivateMessages } from '../../conversation/delivery/private-messages.js';
import type { SharedDecisionCards } from '../../conversation/delivery/shared-decision-cards.js';
import type { Reply } from '../../conversation/views/replies.js';
import type { Lang } from '../../domain/lang.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { SLACK_TEXTS } from '../../i18n/slack-texts.js';
import type { Logger } from '../../logger.js';
import { closeDecisionModal, dissentModal, modalMetadata, modalValues, nominationModal } from './modals.js';
import { FORM_ACTIONS, verbOfActionId } from './render-blocks.js';
import { isNotInChannel, type SlackDelivery, type SlackPlace } from './slack-delivery.js';
import { incomingFromSlack, plainSlackText } from './slack-identity.js';

/**
 * The Slack side of samrad: what members write (the slash command, a mention, a direct message),
 * the buttons they press and the forms they send, turned into calls on the conversation, and its
 * answers into Slack messages. Every request is acknowledged first (Slack waits 3 seconds); the
 * work and the answer follow. Nothing here knows what a meeting, a vote or a nomination is.
 */
export interface SlackBotOptions {
  deps: ConversationDeps;
  delivery: SlackDelivery;
  sharedCards: SharedDecisionCards;
  privateMessages: PrivateMessages;
  logger: Logger;
}

/** A form's answer decides whether the modal closes, so it waits for it, this long at most. */
const MODAL_ANSWER_MS = 2000;

/** Where and to whom an answer goes. */
interface Where {
  place: SlackPlace;
  user: string;
  /** To the member alone (a slash command's answer, a button on a message only they saw). */
  privately: boolean;
  /** For a modal: valid for 3 seconds after the member's action. */
  triggerId?: string;
  /** The pressed message, when it was samrad's and in a direct message with this member. */
  pressed?: { channel: string; ts: string };
}

/** How long an event's id is remembered, to answer Slack's retries of it once only. */
const EVENT_MEMORY_MS = 15 * 60_000;

export function listenOnSlack(app: App, options: SlackBotOptions): void {
  const bot = new SlackConversation(options);

  // Slack delivers an event again when it did not see the acknowledgement in time: the same
  // event id is answered once.
  const seen = new Map<string, number>();
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      const now = Date.now();
      for (const [id, at] of seen) {
        if (now - at < EVENT_MEMORY_MS) break;
        seen.delete(id);
      }
      if (seen.has(eventId)) return;
      seen.set(eventId, now);
    }
    await next();
  });

  app.command(/.*/, async ({ command, ack, context }) => {
    await ack();
    const incoming = incomingFromSlack(command.user_id, command.channel_id, {
      displayName: command.user_name,
      answeredPrivately: true,
    });
    const where: Where = {
      place: { channel: command.channel_id },
      user: command.user_id,
      privately: true,
      triggerId: command.trigger_id,
    };
    await bot.guard(incoming, where, async () => {
      const text = plainSlackText(command.text, context.botUserId, bot.nameOf);
      await bot.answer(await handleMessage(text, incoming, options.deps), where);
    });
  });

  app.event('app_mention', async ({ event, context }) => {
    if (!event.user || event.bot_id) return;
    const incoming = incomingFromSlack(event.user, event.channel);
    const where: Where = {
      place: { channel: event.channel, ...(event.thread_ts ? { threadTs: event.thread_ts } : {}) },
      user: event.user,
      privately: false,
    };
    await bot.guard(incoming, where, async () => {
      const text = plainSlackText(event.text, context.botUserId, bot.nameOf);
      await bot.answer(await handleMessage(text, incoming, options.deps), where);
    });
  });

  // Direct messages with the app. (In channels samrad answers mentions only.)
  app.message(async ({ message, context }) => {
    const m = message as {
      channel_type?: string;
      subtype?: string;
      bot_id?: string;
      user?: string;
      text?: string;
      channel: string;
      thread_ts?: string;
    };
    // A message with a file or sent to the channel from a thread is still what the member wrote.
    const written = m.subtype === undefined || m.subtype === 'file_share' || m.subtype === 'thread_broadcast';
    if (m.channel_type !== 'im' || !written || m.bot_id || !m.user) return;
    const incoming = incomingFromSlack(m.user, m.channel);
    const where: Where = {
      place: { channel: m.channel, ...(m.thread_ts ? { threadTs: m.thread_ts } : {}) },
      user: m.user,
      privately: false,
    };
    await bot.guard(incoming, where, async () => {
      const text = plainSlackText(m.text, context.botUserId, bot.nameOf);
      await bot.answer(await handleMessage(text, incoming, options.deps), where);
    });
  });

  // Added to a channel: the greeting, with what samrad can answer.
  app.event('member_joined_channel', async ({ event, context }) => {
    if (event.user !== context.botUserId) return;
    const incoming = incomingFromSlack(event.inviter ?? event.user, event.channel);
    const where: Where = {
      place: { channel: event.channel },
      user: event.inviter ?? event.user,
      privately: false,
    };
    await bot.guard(incoming, where, () => options.delivery.post(where.place, greet(incoming, options.deps)));
  });

  app.action({ type: 'block_actions' }, async ({ ack, body, action }) => {
    await ack();
    // Link buttons open their page in the member's browser; Slack tells the app all the same.
    if (action.type !== 'button' || typeof action.value !== 'string') return;
    const channel = body.channel?.id ?? body.container?.['channel_id'];
    const container = body.container as { is_ephemeral?: boolean; thread_ts?: string } | undefined;
    const incoming = incomingFromSlack(body.user.id, channel ?? body.user.id, {
      displayName: body.user.username,
      answeredPrivately: container?.is_ephemeral === true,
    });
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const threadTs = message?.thread_ts ?? container?.thread_ts;
    const where: Where = {
      place: { channel: channel ?? body.user.id, ...(threadTs ? { threadTs } : {}) },
      user: body.user.id,
      privately: container?.is_ephemeral === true,
      triggerId: body.trigger_id,
      ...(channel?.startsWith('D') && message?.ts && !container?.is_ephemeral
        ? { pressed: { channel, ts: message.ts } }
        : {}),
    };
    await bot.guard(incoming, where, () =>
      bot.pressed(action.action_id, action.value ?? '', incoming, where),
    );
  });

  app.view(/.*/, async ({ ack, body, view }) => {
    const metadata = modalMetadata(view.private_metadata);
    const incoming = incomingFromSlack(body.user.id, metadata.channelId ?? body.user.id, {
      displayName: body.user.name,
      answeredPrivately: true,
    });
    const where: Where = {
      place: { channel: metadata.channelId ?? body.user.id },
      user: body.user.id,
      privately: metadata.channelId !== undefined,
    };
    const values = modalValues(view.state);
    const data = formData(view.callback_id, values, metadata);
    if (!data) {
      await ack();
      return;
    }
    // A required field left blank (spaces only pass Slack's own check) is pointed out in the form.
    const blank = data.required.find((key) => (values[key] ?? '').trim() === '');
    if (blank) {
      const lang = safeLanguage(incoming, options.deps);
      await ack({ response_action: 'errors', errors: { [blank]: SLACK_TEXTS[lang].required } });
      return;
    }
    let acknowledged = false;
    const work = handleAction(data.verb, data.input, incoming, options.deps).catch(
      (error: unknown): ActionResult => {
        options.delivery.logFailure('slack.form-failed', error, { user: body.user.id });
        const lang = safeLanguage(incoming, options.deps);
        return { kind: 'refused', lang, message: REPLY_TEXTS[lang].genericError };
      },
    );
    // The modal's answer waits for the action, within Slack's time; past it the modal closes and
    // the answer comes as a message.
    const timer = new Promise<'late'>((resolve) =>
      setTimeout(() => resolve('late'), MODAL_ANSWER_MS).unref(),
    );
    const first = await Promise.race([work, timer]);
    if (first === 'late') {
      acknowledged = true;
      await ack();
    }
    await bot.guard(incoming, where, async () => {
      const result = await work;
      if (!acknowledged) {
        if (result.kind === 'refused') {
          await ack({ response_action: 'errors', errors: { [data.firstBlock]: result.message } });
          return;
        }
        if (result.reply.kind === 'nomination-form') {
          await ack({
            response_action: 'update',
            view: nominationModal(result.reply.view, result.reply.lang, metadata.channelId),
          });
          return;
        }
        await ack();
      }
      await bot.delivered(result, where, data.verb);
    });
  });
}

/** What a submitted modal asks for: the action, its data, and the input its errors belong to. */
function formData(
  callbackId: string,
  values: Record<string, string>,
  metadata: ReturnType<typeof modalMetadata>,
): { verb: string; input: Record<string, unknown>; firstBlock: string; required: string[] } | null {
  const optional = (key: string) => (values[key] !== undefined ? { [key]: values[key] } : {});
  switch (callbackId) {
    case ACTIONS.submitNomination:
      return {
        verb: callbackId,
        firstBlock: 'name',
        required: ['name', 'principal'],
        input: {
          groupId: metadata.groupId ?? '',
          name: values['name'] ?? '',
          principal: values['principal'] ?? '',
          ...optional('email'),
          ...optional('side'),
          ...optional('seat'),
          ...optional('motivation'),
        },
      };
    case ACTIONS.closeDecision:
      return {
        verb: callbackId,
        firstBlock: 'outcome',
        required: ['outcome'],
        input: {
          decisionId: metadata.decisionId ?? '',
          outcome: values['outcome'] ?? '',
          ...optional('amendment'),
        },
      };
    case ACTIONS.dissent:
      return {
        verb: callbackId,
        firstBlock: 'reason',
        required: ['reason'],
        input: { decisionId: metadata.decisionId ?? '', reason: values['reason'] ?? '' },
      };
    default:
      return null;
  }
}

class SlackConversation {
  constructor(private readonly options: SlackBotOptions) {}

  /** A roster member's name for a Slack user id, for mentions in what members write. */
  readonly nameOf = (userId: string): string | undefined =>
    this.options.deps.store.read().people.find((p) => p.slackId === userId)?.name;

  private get delivery() {
    return this.options.delivery;
  }

  /**
   * Runs a request's work; whatever fails is logged and the member told in a sentence, in their
   * language: that nothing was changed when the work itself failed, or, when only showing its
   * answer failed, that it may have been done. No error reaches Slack or the member as such.
   */
  async guard(incoming: Incoming, where: Where, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const shown = error instanceof NotShown;
      this.delivery.logFailure(
        shown ? 'slack.answer-not-shown' : 'slack.request-failed',
        shown ? error.cause : error,
        {
          user: where.user,
        },
      );
      const lang = shown ? error.lang : safeLanguage(incoming, this.options.deps);
      const text = shown ? SLACK_TEXTS[lang].notShown : REPLY_TEXTS[lang].genericError;
      await this.tell(where, lang, text).catch(() => undefined);
    }
  }

  /** The answer to what a member wrote. */
  async answer(reply: Reply, where: Where): Promise<void> {
    await showing(reply.lang, () => this.#answer(reply, where));
  }

  /** Where a button's or a form's answer goes; `verb` says what was done, for the first line. */
  async delivered(result: ActionResult, where: Where, verb: string): Promise<void> {
    const lang = result.kind === 'refused' ? result.lang : result.reply.lang;
    await showing(lang, () => this.#delivered(result, where, verb));
  }

  async #answer(reply: Reply, where: Where): Promise<void> {
    await this.sideEffects(reply);
    if (reply.kind === 'decision') {
      // The decision message the channel shares, whoever asked for it.
      await this.postShared(reply, where);
      return;
    }
    if (reply.kind === 'nomination-form' && where.triggerId && (await this.openNominationForm(reply, where)))
      return;
    if (where.privately) await this.privately(where, reply);
    else await this.delivery.post(where.place, reply);
  }

  /** A button on one of samrad's messages. */
  async pressed(actionId: string, value: string, incoming: Incoming, where: Where): Promise<void> {
    const data = parseJson(value);
    if (actionId === FORM_ACTIONS.closeDecision || actionId === FORM_ACTIONS.dissent) {
      await this.openDecisionForm(actionId, data, incoming, where);
      return;
    }
    const verb = verbOfActionId(actionId);
    const result = await handleAction(verb, data, incoming, this.options.deps);
    await this.delivered(result, where, verb);
  }

  async #delivered(result: ActionResult, where: Where, verb: string): Promise<void> {
    if (result.kind === 'refused') {
      await this.tell(where, result.lang, result.message);
      return;
    }
    const reply = result.reply;
    if (result.changedDecisionId) this.options.sharedCards.request(result.changedDecisionId);
    await this.sideEffects(reply);
    if (reply.kind === 'nomination-form' && where.triggerId && (await this.openNominationForm(reply, where)))
      return;
    if (result.delivery === 'presser') {
      // Slack has no view of a message for one member: a decision is told to them alone; other
      // answers to one of samrad's direct messages take its place (a nominee's request, answered).
      if (reply.kind !== 'decision' && where.pressed) {
        await this.delivery.replace(where.pressed.channel, where.pressed.ts, reply);
        return;
      }
      await this.privately(where, reply, leadFor(verb, reply));
      return;
    }
    // A decision opened is the channel's shared message, whoever saw the button that opened it.
    if (reply.kind === 'decision') await this.postShared(reply, where);
    else if (where.privately) await this.privately(where, reply);
    else await this.delivery.post(where.place, reply);
  }

  private async sideEffects(reply: Reply): Promise<void> {
    if (reply.changedDecisionId) this.options.sharedCards.request(reply.changedDecisionId);
    await this.options.privateMessages.send(reply.privateMessages);
  }

  private async postShared(reply: Reply, where: Where): Promise<void> {
    try {
      await this.delivery.post({ channel: where.place.channel }, reply);
      // Whoever watches the decision (the meeting panel) learns it is open.
      if (reply.kind === 'decision') this.options.sharedCards.request(reply.view.decisionId);
    } catch (error) {
      if (!isNotInChannel(error)) throw error;
      this.delivery.logFailure('slack.not-in-channel', error, { channel: where.place.channel });
      await this.options.delivery.direct(where.user, {
        lang: reply.lang,
        kind: 'notice',
        tone: 'warning',
        text: SLACK_TEXTS[reply.lang].inviteBot,
      });
    }
  }

  /** To the member alone, in the channel they are in; a direct message where samrad may not write. */
  private async privately(where: Where, reply: Reply, lead?: string): Promise<void> {
    try {
      await this.delivery.ephemeral(where.place, where.user, reply, lead);
    } catch (error) {
      if (!isNotInChannel(error)) throw error;
      await this.delivery.direct(where.user, reply);
    }
  }

  private async tell(where: Where, lang: Lang, text: string): Promise<void> {
    await this.privately(where, { lang, kind: 'notice', tone: 'warning', text });
  }

  private async openNominationForm(
    reply: Reply & { kind: 'nomination-form' },
    where: Where,
  ): Promise<boolean> {
    try {
      await this.delivery.openModal(
        where.triggerId ?? '',
        nominationModal(
          reply.view,
          reply.lang,
          where.place.channel.startsWith('D') ? undefined : where.place.channel,
        ),
      );
      return true;
    } catch (error) {
      // The trigger expired (a slow moment): the form's button is posted instead.
      this.delivery.logFailure('slack.modal-not-opened', error);
      return false;
    }
  }

  /** "Avsluta beslutet …" and "Reservera mig …" open their form for those who may use it. */
  private async openDecisionForm(
    actionId: string,
    data: unknown,
    incoming: Incoming,
    where: Where,
  ): Promise<void> {
    const decisionId = (data as { decisionId?: unknown } | null)?.decisionId;
    const result = await handleAction(ACTIONS.refreshDecision, { decisionId }, incoming, this.options.deps);
    if (result.kind === 'refused') {
      await this.tell(where, result.lang, result.message);
      return;
    }
    const reply = result.reply;
    if (reply.kind !== 'decision') return;
    const closing = actionId === FORM_ACTIONS.closeDecision;
    const allowed = closing ? reply.view.viewer?.canClose : reply.view.viewer?.canDissent;
    const s = SLACK_TEXTS[reply.lang];
    if (!allowed) {
      await this.tell(where, reply.lang, closing ? s.closeNotAllowed : s.dissentNotAllowed);
      return;
    }
    const channelId = where.place.channel.startsWith('D') ? undefined : where.place.channel;
    const modal = closing
      ? closeDecisionModal(reply.view, reply.lang, channelId)
      : dissentModal(reply.view, reply.lang, channelId);
    try {
      await this.delivery.openModal(where.triggerId ?? '', modal);
    } catch (error) {
      this.delivery.logFailure('slack.modal-not-opened', error);
      await this.tell(where, reply.lang, s.formExpired);
    }
  }
}

/** The work was done; what failed is showing its answer (Slack out of reach, say). */
class NotShown extends Error {
  constructor(
    readonly lang: Lang,
    override readonly cause: unknown,
  ) {
    super('the answer could not be shown');
  }
}

async function showing(lang: Lang, show: () => Promise<void>): Promise<void> {
  try {
    await show();
  } catch (error) {
    throw new NotShown(lang, error);
  }
}

/** What a member is told first after a decision button: their vote, the closing, their dissent. */
function leadFor(verb: string, reply: Reply): string | undefined {
  if (reply.kind !== 'decision') return undefined;
  if (verb === ACTIONS.closeDecision) return reply.view.statusText;
  if (verb === ACTIONS.dissent) return REPLY_TEXTS[reply.lang].decision.dissentRecorded;
  return undefined;
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

function safeLanguage(incoming: Incoming, deps: ConversationDeps): Lang {
  try {
    return languageFor(incoming, deps);
  } catch {
    return 'sv';
  }
}
