import type { ChannelName } from '../../domain/channel.js';
import type { Logger } from '../../logger.js';
import { postedDecisionCards, sharedDecisionReply, type ConversationDeps } from '../handle-message.js';
import type { Reply } from '../views/replies.js';

/** How a channel puts a new state of a shared decision card where it posted one. */
export interface SharedCardChannel {
  /**
   * Updates the message at `reference` (as the channel stored it when it posted) to `reply`;
   * `again` draws the card anew, for a channel that has to wait before it can update.
   */
  update(reference: Record<string, unknown>, reply: Reply, again?: () => Reply): Promise<void>;
  /** The least time between two updates the platform allows without refusing them. */
  readonly minIntervalMs?: number;
}

/** How long one update may take before samrad stops waiting for it and goes on. */
const UPDATE_TIMEOUT_MS = 30_000;

/**
 * Keeps the decision card a chat shares up to date with the tally, in every channel the decision
 * was posted in: a vote in Slack updates the Teams card too. Votes arrive in bursts (a whole
 * meeting clicks at once) and the platforms allow a conversation only a few messages a second, so
 * updates are coalesced: one update per decision and channel at a time, a short while after the
 * first change, always drawn from the store as it is then. Each channel is updated on its own: a
 * platform that is slow, or asks samrad to wait, holds up no other.
 */
export class SharedDecisionCards {
  readonly #pending = new Map<string, Promise<void>>();
  readonly #dirty = new Set<string>();
  readonly #channels = new Map<ChannelName, SharedCardChannel>();
  readonly #watchers = new Set<(decisionId: string) => void>();

  constructor(
    private readonly deps: ConversationDeps,
    private readonly logger: Logger,
    private readonly delayMs = 400,
  ) {}

  /** A channel that posts shared decision cards, and how it updates them. */
  register(channel: ChannelName, updates: SharedCardChannel): void {
    this.#channels.set(channel, updates);
  }

  /** Asks for the decision's shared cards to be updated soon, in every channel. */
  request(decisionId: string): void {
    for (const channel of this.#channels.keys()) this.#request(decisionId, channel);
    for (const watcher of this.#watchers) watcher(decisionId);
  }

  /**
   * Tells `watcher` of every change to a decision (the meeting panel's live tally); returns how
   * to stop. A watcher that fails is left out; it never stops the cards' updates.
   */
  watch(watcher: (decisionId: string) => void): () => void {
    const safe = (decisionId: string) => {
      try {
        watcher(decisionId);
      } catch (error) {
        this.logger.warn('decision-watcher-failed', { decisionId, error: (error as Error).message });
      }
    };
    this.#watchers.add(safe);
    return () => this.#watchers.delete(safe);
  }

  #request(decisionId: string, channel: ChannelName): void {
    const key = `${channel}|${decisionId}`;
    if (this.#pending.has(key)) {
      this.#dirty.add(key);
      return;
    }
    const run = this.#run(decisionId, channel)
      .catch((error: unknown) => {
        // The decision may be gone by now (a store replaced by `samrad demo`), or the store may not
        // answer: an update that cannot be drawn is logged, never left to crash the bot.
        this.logger.warn('card-update-failed', { decisionId, channel, error: (error as Error).message });
      })
      .finally(() => {
        this.#pending.delete(key);
        if (this.#dirty.delete(key)) this.#request(decisionId, channel);
      });
    this.#pending.set(key, run);
  }

  /**
   * Resolves when no update is pending (for an orderly shutdown, and for tests), or after
   * `timeoutMs` at most: a platform that makes samrad wait must not hold up a shutdown.
   */
  async idle(timeoutMs = Number.POSITIVE_INFINITY): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.#pending.size > 0 && Date.now() < deadline) {
      const left = deadline - Date.now();
      await Promise.race([
        Promise.all([...this.#pending.values()]),
        ...(Number.isFinite(left) ? [new Promise((resolve) => setTimeout(resolve, left).unref())] : []),
      ]);
    }
  }

  async #run(decisionId: string, channel: ChannelName): Promise<void> {
    const updates = this.#channels.get(channel);
    if (!updates) return;
    // Updates of one decision in one channel follow each other no faster than it allows.
    const interval = Math.max(this.delayMs, updates.minIntervalMs ?? 0);
    await new Promise((resolve) => setTimeout(resolve, interval).unref());
    const reply = sharedDecisionReply(this.deps, decisionId);
    const again = () => sharedDecisionReply(this.deps, decisionId);
    for (const message of postedDecisionCards(this.deps, decisionId, channel)) {
      try {
        await withTimeout(updates.update(message.reference, reply, again), UPDATE_TIMEOUT_MS);
      } catch (error) {
        // A card that can no longer be updated (deleted, the bot removed) must not stop the others.
        this.logger.warn('card-update-failed', { decisionId, channel, error: (error as Error).message });
      }
    }
  }
}

/** The promise, or a failure once `ms` have passed without it settling. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
        timer.unref();
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
