import { z } from 'zod';
import type { Lang } from '../domain/lang.js';
import type { SamradData } from '../domain/samrad-data.js';
import { REPLY_TEXTS } from '../i18n/reply-texts.js';
import type { Clock, SamradStore } from '../services/ports.js';
import { preferredLanguage, setPreferredLanguage } from '../services/preferences.js';
import {
  agendaReply,
  answerQuestion,
  calendarReply,
  itemReply,
  type AnswerContext,
} from './answer-question.js';
import { identifyAsker, type Asker, type ChannelIdentity } from './asker.js';
import type { ConversationMemory } from './conversation-memory.js';
import type { Reply, ReplyBody } from './replies.js';
import { QuestionReader } from './understand.js';

/**
 * The conversation's entry points, shared by every channel: a message a member wrote, or a button
 * they pressed on a card. Both come back as a channel-neutral reply in the member's language.
 */
export interface ConversationDeps {
  store: SamradStore;
  clock: Clock;
  memory: ConversationMemory;
}

export interface Incoming {
  identity: ChannelIdentity;
  conversationId: string;
}

/** Button actions, channel-neutral. Each channel maps its own verbs or action ids onto these. */
export const ACTIONS = {
  ask: 'ask',
  showAgenda: 'agenda.show',
  showItem: 'item.show',
  showCalendar: 'calendar.show',
} as const;
export type ActionName = (typeof ACTIONS)[keyof typeof ACTIONS];

export const ActionDataSchemas = {
  [ACTIONS.ask]: z.object({ text: z.string().trim().min(1).max(500) }),
  [ACTIONS.showAgenda]: z.object({ meetingId: z.string().min(1).max(200) }),
  [ACTIONS.showItem]: z.object({
    meetingId: z.string().min(1).max(200),
    number: z.coerce.number().int().positive().max(999),
  }),
  [ACTIONS.showCalendar]: z.object({ bodyId: z.string().max(100).optional() }),
} as const;

const readers = new WeakMap<SamradData, QuestionReader>();

/** The question reader for the current data, built once per version of the data. */
function readerFor(data: SamradData): QuestionReader {
  let reader = readers.get(data);
  if (!reader) {
    reader = new QuestionReader(data);
    readers.set(data, reader);
  }
  return reader;
}

function languageOf(data: SamradData, asker: Asker, detected: Lang | null): Lang {
  return preferredLanguage(data, asker.userKey) ?? detected ?? 'sv';
}

function meetingOf(reply: ReplyBody): string | undefined {
  return 'meeting' in reply ? reply.meeting.id : undefined;
}

function context(
  deps: ConversationDeps,
  data: SamradData,
  asker: Asker,
  lang: Lang,
  conversationId: string,
): AnswerContext {
  return { data, clock: deps.clock, asker, lang, lastMeetingId: deps.memory.lastMeetingId(conversationId) };
}

/** Answers what a member wrote. */
export async function handleMessage(
  text: string,
  incoming: Incoming,
  deps: ConversationDeps,
): Promise<Reply> {
  const data = deps.store.read();
  const asker = identifyAsker(data, incoming.identity);
  const understanding = readerFor(data).read(text.slice(0, 1000));
  if (understanding.intent === 'set-language-en' || understanding.intent === 'set-language-sv') {
    const lang: Lang = understanding.intent === 'set-language-en' ? 'en' : 'sv';
    await setPreferredLanguage(deps.store, deps.clock, asker.userKey, lang);
    return { lang, kind: 'notice', tone: 'info', text: REPLY_TEXTS[lang].languageSet };
  }
  const lang = languageOf(data, asker, understanding.lang);
  const body = answerQuestion(understanding, context(deps, data, asker, lang, incoming.conversationId));
  const meetingId = meetingOf(body);
  if (meetingId) deps.memory.rememberMeeting(incoming.conversationId, meetingId);
  return { ...body, lang };
}

/** The answer to a button press, and whether the button's verb and data were valid at all. */
export interface ActionResult {
  valid: boolean;
  reply: Reply;
}

/**
 * Answers a button press. The data comes from a card the member's client echoes back, so it is
 * validated like any other input; a bad or stale button gets a clear answer, never a crash.
 */
export async function handleAction(
  verb: string,
  rawData: unknown,
  incoming: Incoming,
  deps: ConversationDeps,
): Promise<ActionResult> {
  const reply = await answerAction(verb, rawData, incoming, deps);
  return { valid: reply !== null, reply: reply ?? invalidActionReply(deps, incoming) };
}

function invalidActionReply(deps: ConversationDeps, incoming: Incoming): Reply {
  const data = deps.store.read();
  const lang = languageOf(data, identifyAsker(data, incoming.identity), null);
  return { lang, kind: 'notice', tone: 'warning', text: REPLY_TEXTS[lang].actionInvalid };
}

async function answerAction(
  verb: string,
  rawData: unknown,
  incoming: Incoming,
  deps: ConversationDeps,
): Promise<Reply | null> {
  const data = deps.store.read();
  const asker = identifyAsker(data, incoming.identity);
  const lang = languageOf(data, asker, null);
  const ctx = context(deps, data, asker, lang, incoming.conversationId);
  switch (verb) {
    case ACTIONS.ask: {
      const parsed = ActionDataSchemas[ACTIONS.ask].safeParse(rawData);
      return parsed.success ? handleMessage(parsed.data.text, incoming, deps) : null;
    }
    case ACTIONS.showAgenda: {
      const parsed = ActionDataSchemas[ACTIONS.showAgenda].safeParse(rawData);
      const meeting = parsed.success ? data.meetings.find((m) => m.id === parsed.data.meetingId) : undefined;
      if (!meeting) return null;
      deps.memory.rememberMeeting(incoming.conversationId, meeting.id);
      return { ...agendaReply(ctx, meeting), lang };
    }
    case ACTIONS.showItem: {
      const parsed = ActionDataSchemas[ACTIONS.showItem].safeParse(rawData);
      const meeting = parsed.success ? data.meetings.find((m) => m.id === parsed.data.meetingId) : undefined;
      if (!parsed.success || !meeting) return null;
      deps.memory.rememberMeeting(incoming.conversationId, meeting.id);
      return { ...itemReply(ctx, meeting, parsed.data.number, 'all'), lang };
    }
    case ACTIONS.showCalendar: {
      const parsed = ActionDataSchemas[ACTIONS.showCalendar].safeParse(rawData ?? {});
      if (!parsed.success) return null;
      const bodyId =
        parsed.data.bodyId && data.bodies.some((b) => b.id === parsed.data.bodyId)
          ? parsed.data.bodyId
          : undefined;
      return { ...calendarReply(ctx, bodyId), lang };
    }
    default:
      return null;
  }
}
