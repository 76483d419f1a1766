import type { ChatLink } from '../domain/chat-link.js';
import type { SamradData } from '../domain/samrad-data.js';
import { recordAudit } from './audit.js';
import { chairsOrSecretaries } from './body-roles.js';
import { requireBody } from './lookups.js';
import { SamradError } from '../errors/samrad-error.js';
import type { Clock, SamradStore } from './ports.js';

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
    const body = requireBody(draft, input.bodyId);
    if (!chairsOrSecretaries(draft, input.personId, body.id))
      throw new SamradError('decision.not-chair', { body: body.name });
    const link: ChatLink = {
      chatKey: input.chatKey,
      bodyId: body.id,
      meetingId: input.meetingId ?? null,
      linkedBy: input.personId,
      at: clock.now().toISOString(),
    };
    draft.chatLinks = [...draft.chatLinks.filter((l) => l.chatKey !== input.chatKey), link];
    recordAudit(draft, clock, input.personId, 'chat.linked', input.chatKey, {
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
  input: { decisionId: string; channel: 'teams' | 'slack' | 'local'; reference: Record<string, unknown> },
): Promise<void> {
  await store.update((draft) => {
    draft.cardMessages.push({
      id: String(draft.cardMessages.length + 1),
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
  input: { userKey: string; channel: 'teams' | 'slack' | 'local'; reference: Record<string, unknown> },
): Promise<void> {
  const known = store.read().personalChats.find((c) => c.userKey === input.userKey);
  if (known && JSON.stringify(known.reference) === JSON.stringify(input.reference)) return;
  await store.update((draft) => {
    draft.personalChats = [...draft.personalChats.filter((c) => c.userKey !== input.userKey), input];
  });
}
