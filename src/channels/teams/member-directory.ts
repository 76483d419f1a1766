import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from './render-card.js';

/**
 * Teams lists the users who see their own view of a card (`refresh.userIds`) by their Teams user
 * ids ("29:…"), while the roster knows people by their Entra object id. This directory maps one to
 * the other for each conversation, from the conversation's member list (asked once per
 * conversation) and from every sender it sees. Where the member list cannot be had (the local chat
 * page's connector has none), the object ids are used as they are.
 */
const LIST_TIMEOUT_MS = 2000;

export class TeamsMemberDirectory {
  readonly #byConversation = new Map<string, Map<string, string> | null>();

  /** Learns a sender's Teams id from an incoming activity. */
  learn(context: TurnContext): void {
    const { from, conversation } = context.activity;
    const known = this.#byConversation.get(conversation?.id ?? '');
    if (known && from?.aadObjectId && from.id) known.set(from.aadObjectId.toLowerCase(), from.id);
  }

  async #membersOf(context: TurnContext): Promise<Map<string, string> | null> {
    const conversationId = context.activity.conversation?.id ?? '';
    if (this.#byConversation.has(conversationId)) return this.#byConversation.get(conversationId) ?? null;
    let members: Map<string, string> | null = new Map();
    const list = async (found: Map<string, string>) => {
      let token: string | undefined;
      do {
        const page = await TeamsInfo.getPagedMembers(context, 500, token);
        for (const member of page.members ?? []) {
          if (member.aadObjectId && member.id) found.set(member.aadObjectId.toLowerCase(), member.id);
        }
        token = page.continuationToken || undefined;
      } while (token);
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      // A card must not wait long for the list: an invoke is to be answered within seconds.
      await Promise.race([
        list(members),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('member list timed out')), LIST_TIMEOUT_MS);
        }),
      ]);
    } catch {
      members = null;
    } finally {
      clearTimeout(timer);
    }
    this.#byConversation.set(conversationId, members);
    return members;
  }

  /** The card with its refresh list in the ids Teams expects for this conversation. */
  async forConversation(context: TurnContext, card: AdaptiveCardJson): Promise<AdaptiveCardJson> {
    const refresh = card['refresh'] as { userIds?: string[] } | undefined;
    if (!refresh?.userIds || refresh.userIds.length === 0) return card;
    const members = await this.#membersOf(context);
    if (!members) return card;
    const userIds = refresh.userIds
      .map((id) => members.get(id.toLowerCase()))
      .filter((id): id is string => id !== undefined);
    return { ...card, refresh: { ...refresh, userIds } };
  }
}
