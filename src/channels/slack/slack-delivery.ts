import type { webApi } from '@slack/bolt';
import { rememberPostedDecisionCard, type ConversationDeps } from '../../conversation/handle-message.js';
import type { PrivateChannel } from '../../conversation/delivery/private-messages.js';
import type { SharedCardChannel } from '../../conversation/delivery/shared-decision-cards.js';
import type { Reply } from '../../conversation/views/replies.js';
import type { Logger } from '../../logger.js';
import { renderMessage } from './render-blocks.js';
import type { Modal } from './modals.js';

type WebClient = webApi.WebClient;

/** Where a message is posted: a channel (or a direct message), and a thread in it. */
export interface SlackPlace {
  channel: string;
  threadTs?: string;
}

/**
 * Everything samrad writes to Slack, through the Web API: new messages, the shared decision
 * message (posted with chat.postMessage so that chat.update can keep it up to date), messages to
 * one member alone (ephemeral), direct messages, and modals.
 */
export class SlackDelivery {
  constructor(
    /**
     * For what must not happen twice (a new message, a modal): no retries, since a call that
     * timed out may have been carried out. `updates`: for changing a message, which may be retried.
     */
    private readonly clients: { posts: WebClient; updates: WebClient },
    private readonly deps: ConversationDeps,
    private readonly logger: Logger,
  ) {}

  /** A reply as a new message. A decision posted this way is the channel's shared one. */
  async post(place: SlackPlace, reply: Reply): Promise<void> {
    const message = renderMessage(reply);
    const posted = await afterRateLimit(() =>
      this.clients.posts.chat.postMessage({
        channel: place.channel,
        text: message.text,
        blocks: message.blocks,
        ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    if (reply.kind === 'decision' && posted.ts) {
      await rememberPostedDecisionCard(this.deps, reply.view.decisionId, 'slack', {
        channel: posted.channel ?? place.channel,
        ts: posted.ts,
      });
    }
  }

  /** A reply only `user` sees, in the channel they are in; a decision as their own view of it. */
  async ephemeral(place: SlackPlace, user: string, reply: Reply, lead?: string): Promise<void> {
    const message = renderMessage(reply, { personal: true, ...(lead ? { lead } : {}) });
    await afterRateLimit(() =>
      this.clients.posts.chat.postEphemeral({
        channel: place.channel,
        user,
        text: message.text,
        blocks: message.blocks,
        ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
      }),
    );
  }

  /** A reply put in place of one of samrad's own messages (a nominee's request once answered). */
  async replace(channel: string, ts: string, reply: Reply): Promise<void> {
    const message = renderMessage(reply);
    await this.clients.updates.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
  }

  /** A direct message to a user: posting to a user id opens the app's direct message with them. */
  async direct(userId: string, reply: Reply): Promise<void> {
    await this.post({ channel: userId }, reply);
  }

  async openModal(triggerId: string, view: Modal): Promise<void> {
    await this.clients.posts.views.open({ trigger_id: triggerId, view });
  }

  logFailure(event: string, error: unknown, details: Record<string, unknown> = {}): void {
    this.logger.warn(event, { ...details, error: slackError(error) });
  }
}

/** What went wrong with a Web API call, in a line: Slack's error code where it gave one. */
export function slackError(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  if (typeof data?.error === 'string') return data.error;
  return error instanceof Error ? error.message : String(error);
}

/** Slack's error code for a post samrad may not make in a channel it is not in. */
export function isNotInChannel(error: unknown): boolean {
  return ['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action'].includes(
    slackError(error),
  );
}

/** The longest samrad waits when Slack asks it to slow down before updating a shared message. */
const MAX_RATE_LIMIT_WAIT_MS = 20_000;
/** … and before an answer: a member waiting for it would rather be told it did not come. */
const MAX_ANSWER_WAIT_MS = 5_000;

/**
 * A call Slack refused as too many (429, so not carried out), tried once more after the wait it
 * asks for, when that is short enough for an answer.
 */
async function afterRateLimit<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
    if (typeof retryAfter !== 'number' || retryAfter * 1000 > MAX_ANSWER_WAIT_MS) throw error;
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000).unref());
    return call();
  }
}

/**
 * How the shared decision message is kept up to date: chat.update of the message posted, at most
 * about once a second (Slack allows chat.update some 50 times a minute). When Slack still asks
 * samrad to wait, it waits (20 s at most) and updates once more with the tally as it is then; the
 * wait holds up nothing else.
 */
export class SlackSharedMessages implements SharedCardChannel {
  readonly minIntervalMs = 1000;

  constructor(private readonly client: WebClient) {}

  async update(reference: Record<string, unknown>, reply: Reply, again?: () => Reply): Promise<void> {
    const { channel, ts } = reference;
    if (typeof channel !== 'string' || typeof ts !== 'string') return;
    const send = (r: Reply) => {
      const message = renderMessage(r);
      return this.client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
    };
    try {
      await send(reply);
    } catch (error) {
      const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
      if (typeof retryAfter !== 'number') throw error;
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(retryAfter * 1000, MAX_RATE_LIMIT_WAIT_MS)).unref(),
      );
      await send(again ? again() : reply);
    }
  }
}

/**
 * How Slack writes to one person alone: a direct message from the app, which Slack opens for any
 * member of the workspace, so every roster member with a Slack id is reached.
 */
export class SlackDirectMessages implements PrivateChannel {
  constructor(
    private readonly delivery: SlackDelivery,
    private readonly deps: ConversationDeps,
  ) {}

  reaches(userKey: string): boolean {
    return this.slackIdOf(userKey) !== null;
  }

  async send(userKey: string, reply: Reply): Promise<void> {
    const slackId = this.slackIdOf(userKey);
    if (slackId) await this.delivery.direct(slackId, reply);
  }

  /** The user id as Slack writes it (keys are kept in lower case): the roster's spelling. */
  private slackIdOf(userKey: string): string | null {
    const id = userKey.slice('slack:'.length);
    const person = this.deps.store.read().people.find((p) => p.slackId?.toLowerCase() === id);
    return person?.slackId ?? null;
  }
}
