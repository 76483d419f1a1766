import type { ChannelName } from '../domain/channel.js';
import type { ChatLink } from '../domain/chat-link.js';
import type { PersonalChat } from '../domain/personal-chat.js';
import type { SamradData } from '../domain/samrad-data.js';
import { recordAudit } from './audit.js';
import { chairsOrSecretaries } from './body-roles.js';
import { requireBody } from './lookups.js';
import { SamradError } from '../errors/samrad-error.js';
import { personActor, type Clock, type SamradStore } from './ports.js';

/** The body (and meeting) a chat is linked to, if any. */
export function chatLinkOf(data: SamradData, chatKey: string): ChatLink | undefined {
  return data.chatLinks.find((l) => l.chatKey === chatKey);
}

/** Links a chat to a body, or a meeting chat to a meeting. Only the body's chair or secretary may. */
export async function linkChat(
  store: SamradStore,
  clock: Clock,
  input: { chatKey: string; personId: string; bodyId: string; meetingId?: string },
): Promise<ChatLink> {
  return store.update((draft) => {
    const body = requireBody(draft.data, input.bodyId);
    if (!chairsOrSecretaries(draft.data, input.personId, body.id))
      throw new SamradError('decision.not-chair', { body: body.name });
    const link: ChatLink = {
      chatKey: input.chatKey,
      bodyId: body.id,
      meetingId: input.meetingId ?? null,
      linkedBy: input.personId,
      at: clock.now().toISOString(),
    };
    if (chatLinkOf(draft.data, input.chatKey)) draft.remove('chatLinks', input.chatKey);
    draft.insert('chatLinks', link);
    recordAudit(draft, clock, personActor(input.personId), 'chat.linked', input.chatKey, {
      body: body.id,
      meeting: link.meetingId,
    });
    return link;
  });
}

/** Remembers where a channel posted a decision card, so it can be kept up to date. */
export async function rememberCardMessage(
  store: SamradStore,
  clock: Clock,
  input: { decisionId: string; channel: ChannelName; reference: Record<string, unknown> },
): Promise<void> {
  await store.update((draft) => {
    draft.insert('cardMessages', {
      id: String(Number(draft.data.cardMessages.at(-1)?.id ?? 0) + 1),
      decisionId: input.decisionId,
      channel: input.channel,
      reference: input.reference,
      postedAt: clock.now().toISOString(),
    });
  });
}

/** Remembers where the bot can reach a person privately; writes only when it is new or moved. */
export async function rememberPersonalChat(
  store: SamradStore,
  input: { userKey: string; channel: ChannelName; reference: Record<string, unknown> },
): Promise<void> {
  const sameAs = (known: PersonalChat | undefined) =>
    known !== undefined &&
    known.channel === input.channel &&
    sameJson(stableReference(known.reference), stableReference(input.reference));
  if (sameAs(store.read().personalChats.find((c) => c.userKey === input.userKey))) return;
  await store.update((draft) => {
    const known = draft.data.personalChats.find((c) => c.userKey === input.userKey);
    if (sameAs(known)) return;
    const record = { ...input, reference: stableReference(input.reference) };
    if (known) draft.update('personalChats', input.userKey, () => record);
    else draft.insert('personalChats', record);
  });
}

/**
 * The part of a channel's address of a personal chat that stays the same from message to message,
 * and no more: the fields a channel needs to write to the chat again. A conversation reference
 * carries the id of the message it was taken from (keeping it would make every message look like a
 * new address), and whatever else a sender put in the activity (kept, it would grow the store).
 */
function stableReference(reference: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [field, parts] of Object.entries(REFERENCE_FIELDS)) {
    const value = reference[field];
    if (parts === null) {
      if (typeof value === 'string') kept[field] = value;
    } else if (typeof value === 'object' && value !== null) {
      const picked: Record<string, string> = {};
      for (const part of parts) {
        const v = (value as Record<string, unknown>)[part];
        if (typeof v === 'string') picked[part] = v;
      }
      kept[field] = picked;
    }
  }
  return kept;
}

/** What a conversation reference (Bot Framework) or a Slack address holds that a reply needs. */
const REFERENCE_FIELDS: Record<string, readonly string[] | null> = {
  channelId: null,
  serviceUrl: null,
  locale: null,
  conversation: ['id', 'conversationType', 'tenantId'],
  user: ['id', 'name', 'aadObjectId', 'role'],
  bot: ['id', 'name', 'role'],
  // Slack: the team and the channel of the direct message.
  teamId: null,
  channel: null,
};

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
