import { userKeysOfPerson, type ChannelName } from '../domain/channel.js';
import { swedishToday } from '../domain/calendar-date.js';
import type { Lang } from '../domain/lang.js';
import type { CollectionName } from '../domain/collections.js';
import { versionOf } from '../domain/data-index.js';
import type { SamradData } from '../domain/samrad-data.js';
import { refusalText } from './error-notice.js';
import { REPLY_TEXTS } from '../i18n/reply-texts.js';
import type { Clock, SamradStore } from '../services/ports.js';
import {
  rememberCardMessage,
  rememberPersonalChat as rememberPersonalChatInStore,
} from '../services/chat-links.js';
import { chatLinkOf } from '../services/chat-links.js';
import { decisionRecord } from '../services/decision-records.js';
import { preferredLanguage, setPreferredLanguage } from '../services/preferences.js';
import { ACTION_TABLE, isActionVerb, type ActionAnswer, type ActionEnvironment } from './action-table.js';
import { answerQuestion, type AnswerContext } from './dialogs/answer-question.js';
import { identifyAsker, type Asker, type ChannelIdentity } from './asker.js';
import type { ChatContext } from './chat-context.js';
import type { ConversationMemory } from './conversation-memory.js';
import {
  closeDecisionReply,
  journeyReply,
  linkChatReply,
  openDecisionReply,
  voteStatusReply,
} from './dialogs/decision-dialog.js';
import { decisionView } from './views/decision-views.js';
import { helpView } from './views/view-models.js';
import {
  nominateFromText,
  nominationAnswerPrompt,
  nominationOverview,
  nominationToDecision,
} from './dialogs/nomination-dialog.js';
import type { PrivateMessage, Reply, ReplyBody } from './views/replies.js';
import { continueTopic, topicOf } from './understanding/follow-up.js';
import { QuestionReader } from './understanding/understand.js';
import { isWriteIntent } from './understanding/intent-table.js';

/**
 * The conversation's entry points, shared by every channel: a message a member wrote, or a button
 * they pressed on a card. Both come back as a channel-neutral reply in the member's language.
 */
export interface ConversationDeps {
  store: SamradStore;
  clock: Clock;
  memory: ConversationMemory;
  /**
   * Whether samrad can write to this user privately now (see delivery/private-messages.ts); by
   * default, when they have a personal chat with it on record.
   */
  reaches?: (userKey: string) => boolean;
}

export interface Incoming {
  identity: ChannelIdentity;
  conversationId: string;
  /** True in a Teams meeting's chat, which can be linked to its meeting. */
  meetingChat?: boolean;
  /**
   * True when the answer is seen by the writer alone (Slack's slash command): the meeting it was
   * about is then theirs to follow up on, not the whole conversation's.
   */
  answeredPrivately?: boolean;
  /**
   * The language the asker's screen is in, where the channel knows it (the meeting panel follows
   * the Teams client's language): it comes before a stored preference.
   */
  lang?: Lang;
}

/** Whose "the meeting we talked about" an answer sets: the conversation's, or the writer's alone. */
function meetingMemoryKey(incoming: Incoming): string {
  const chat = `${incoming.identity.channel}:${incoming.conversationId}`;
  return incoming.answeredPrivately ? `${chat}|${incoming.identity.userId.toLowerCase()}` : chat;
}

/**
 * What a button press leads to, channel-neutral: an answer for the conversation or for the member
 * who pressed (see `delivery`), or a refusal. `changedDecisionId` asks the channel to update the
 * decision card the chat shares. A decision card a channel posts as
 * a new message is the shared one, and the channel remembers where it posted it.
 */
export type ActionResult =
  | {
      kind: 'answer';
      reply: Reply;
      /**
       * Who the answer is for: the whole conversation (a new message), or the member who pressed,
       * as their own view (Teams puts it in place of the pressed card; Slack sends it to them alone).
       */
      delivery: 'conversation' | 'presser';
      changedDecisionId?: string;
    }
  | { kind: 'refused'; lang: Lang; message: string };

const readers = new WeakMap<SamradData, { version: string; reader: QuestionReader }>();
/** What the question reader knows names and words from (see understand.ts and known-words.ts). */
const NAMED: CollectionName[] = ['bodies', 'principals', 'jointCosts', 'agendaItems', 'people'];

/** The question reader for the current data, built again only when the names it knows changed. */
function readerFor(data: SamradData): QuestionReader {
  const version = versionOf(data, NAMED);
  const known = readers.get(data);
  if (known && version !== null && known.version === version) return known.reader;
  const reader = new QuestionReader(data);
  if (version !== null) readers.set(data, { version, reader });
  return reader;
}

function languageOf(data: SamradData, asker: Asker, detected: Lang | null): Lang {
  return preferredLanguage(data, asker.userKey) ?? detected ?? 'sv';
}

function meetingOf(reply: ReplyBody): string | undefined {
  if (reply.kind === 'search') return reply.hits[0]?.meeting.id;
  if (reply.kind === 'notice') return reply.meetingId;
  if (reply.kind === 'journey') return reply.view.meetingId;
  return 'meeting' in reply ? reply.meeting.id : undefined;
}

/** The item an answer was about: the item shown, or a search's best hit ("who presents it?"). */
function itemOf(reply: ReplyBody): number | undefined {
  if (reply.kind === 'item' || reply.kind === 'past-decision') return reply.item.number;
  if (reply.kind === 'search') return reply.hits[0]?.item.number;
  if (reply.kind === 'journey') return reply.view.itemNumber;
  return undefined;
}

function context(
  deps: ConversationDeps,
  data: SamradData,
  asker: Asker,
  lang: Lang,
  incoming: Incoming,
): AnswerContext {
  const linked = chatLinkOf(data, `${incoming.identity.channel}:${incoming.conversationId}`);
  return {
    data,
    clock: deps.clock,
    asker,
    lang,
    lastMeetingId: deps.memory.lastMeetingId(meetingMemoryKey(incoming)),
    ...(linked ? { linkedBodyId: linked.bodyId } : {}),
  };
}

function chatContext(deps: ConversationDeps, incoming: Incoming, asker: Asker, lang: Lang): ChatContext {
  return { deps, incoming, asker, lang, chatKey: `${incoming.identity.channel}:${incoming.conversationId}` };
}

/**
 * What samrad says when it is added to a conversation: the greeting with what it can answer, in
 * the language of whoever added it (Swedish for anyone it does not know).
 */
export function greet(incoming: Incoming, deps: ConversationDeps): Reply {
  const data = deps.store.read();
  const lang = languageOf(data, identifyAsker(data, incoming.identity), null);
  return { ...helpView('greeting', lang), lang };
}

/** Answers what a member wrote. A decision card in the answer is the one the chat shares. */
export async function handleMessage(
  text: string,
  incoming: Incoming,
  deps: ConversationDeps,
): Promise<Reply> {
  const data = deps.store.read();
  const asker = identifyAsker(data, incoming.identity);
  const now = deps.clock.now();
  // An empty message (a bare mention of the bot) asks what samrad can do.
  if (text.trim() === '') {
    const lang = languageOf(data, asker, null);
    return { ...helpView('asked', lang), lang };
  }
  // Per person in a conversation: in a group chat, one member's follow-up is not another's.
  const topicKey = `${incoming.conversationId}|${asker.userKey}`;
  const understanding = continueTopic(
    readerFor(data).read(text.slice(0, 1000), swedishToday(now)),
    deps.memory.topic(topicKey, now.getTime()),
  );

  if (understanding.impossibleDate) {
    const lang = languageOf(data, asker, understanding.lang);
    return {
      lang,
      kind: 'notice',
      tone: 'info',
      text: REPLY_TEXTS[lang].impossibleDate(understanding.impossibleDate),
    };
  }
  // A command with more around it than the command ("öppna inte beslut punkt 4", "… — skämt")
  // is not carried out: the member is shown how to write it. A nomination is shown on its form.
  if (
    isWriteIntent(understanding.intent) &&
    understanding.intent !== 'nominate' &&
    !understanding.plainCommand
  ) {
    const lang = languageOf(data, asker, understanding.lang);
    return {
      lang,
      kind: 'notice',
      tone: 'info',
      text: REPLY_TEXTS[lang].commandUnclear(understanding.intent, understanding.entities.item),
    };
  }
  if (understanding.intent === 'set-language-en' || understanding.intent === 'set-language-sv') {
    const lang: Lang = understanding.intent === 'set-language-en' ? 'en' : 'sv';
    // Kept for people on the roster; anyone else is answered in the language they write in.
    if (asker.person) {
      await setPreferredLanguage(
        deps.store,
        deps.clock,
        [asker.userKey, ...userKeysOfPerson(asker.person)],
        lang,
      );
    }
    deps.memory.rememberTopic(topicKey, topicOf(understanding), now.getTime());
    return { lang, kind: 'notice', tone: 'info', text: REPLY_TEXTS[lang].languageSet };
  }
  const lang = languageOf(data, asker, understanding.lang);
  const chat = chatContext(deps, incoming, asker, lang);
  let body: ReplyBody;
  let privateMessages: PrivateMessage[] | undefined;
  let changedDecisionId: string | undefined;
  switch (understanding.intent) {
    case 'open-decision':
      body = await openDecisionReply(chat, understanding);
      break;
    case 'link-chat':
      body = await linkChatReply(chat, understanding);
      break;
    case 'close-decision': {
      const closed = await closeDecisionReply(chat, understanding);
      body = closed.body;
      changedDecisionId = closed.changedDecisionId;
      break;
    }
    case 'nominate': {
      const answer = await nominateFromText(chat, understanding);
      body = answer.body;
      privateMessages = answer.privateMessages;
      break;
    }
    case 'nomination-overview':
      body = nominationOverview(chat, understanding).body;
      break;
    case 'nomination-answer':
      body = nominationAnswerPrompt(chat).body;
      break;
    case 'nomination-decide':
      body = (await nominationToDecision(chat, understanding)).body;
      break;
    case 'vote-status':
      body = voteStatusReply(chat, understanding);
      break;
    case 'decision-journey':
      // A decision the agenda records but samrad did not follow (taken before it was used) is
      // answered as what was decided.
      body =
        journeyReply(chat, understanding) ??
        answerQuestion(
          { ...understanding, intent: 'past-decision' },
          context(deps, data, asker, lang, incoming),
        );
      break;
    default:
      body = answerQuestion(understanding, context(deps, data, asker, lang, incoming));
  }
  const meetingId = meetingOf(body);
  if (meetingId) deps.memory.rememberMeeting(meetingMemoryKey(incoming), meetingId);
  // The item an answer was about is what "den", "it", "blev det bifall?" refer to next.
  const item = itemOf(body);
  deps.memory.rememberTopic(topicKey, topicOf(understanding, item, meetingId), now.getTime());
  return {
    ...body,
    lang,
    ...(privateMessages && privateMessages.length > 0 ? { privateMessages } : {}),
    ...(changedDecisionId ? { changedDecisionId } : {}),
  };
}

function refused(lang: Lang, error: unknown): ActionResult {
  return { kind: 'refused', lang, message: refusalText(lang, error) };
}

/**
 * Answers a button press. The data comes from a card the member's client echoes back, so it is
 * validated like any other input; a bad or stale button, or one the member may not press, gets a
 * clear refusal and changes nothing.
 */
export async function handleAction(
  verb: string,
  rawData: unknown,
  incoming: Incoming,
  deps: ConversationDeps,
): Promise<ActionResult> {
  const data = deps.store.read();
  const asker = identifyAsker(data, incoming.identity);
  const lang = incoming.lang ?? languageOf(data, asker, null);
  const invalid: ActionResult = { kind: 'refused', lang, message: REPLY_TEXTS[lang].actionInvalid };
  if (!isActionVerb(verb)) return invalid;
  const action = ACTION_TABLE[verb];
  const parsed = action.schema.safeParse(rawData ?? {});
  if (!parsed.success) return invalid;
  const env: ActionEnvironment = {
    data,
    ctx: context(deps, data, asker, lang, incoming),
    chat: chatContext(deps, incoming, asker, lang),
    ask: async (text) => {
      const reply = await handleMessage(text, incoming, deps);
      const { lang: replyLang, privateMessages, changedDecisionId, ...body } = reply;
      return {
        body,
        lang: replyLang,
        ...(privateMessages ? { privateMessages } : {}),
        ...(changedDecisionId ? { changedDecisionId } : {}),
      };
    },
    rememberMeeting: (meetingId) => deps.memory.rememberMeeting(meetingMemoryKey(incoming), meetingId),
  };
  try {
    // Each row's input is its own schema's output; the table keeps them together.
    const answer = await (action.run as (e: ActionEnvironment, i: unknown) => Promise<ActionAnswer | null>)(
      env,
      parsed.data,
    );
    if (answer === null) return invalid;
    const reply: Reply = {
      ...answer.body,
      lang: answer.lang ?? lang,
      ...(answer.privateMessages?.length ? { privateMessages: answer.privateMessages } : {}),
    };
    return {
      kind: 'answer',
      reply,
      delivery: action.delivery,
      ...(answer.changedDecisionId ? { changedDecisionId: answer.changedDecisionId } : {}),
    };
  } catch (error) {
    return refused(lang, error);
  }
}

/** The decision card everyone in a chat shares, in the chat's language (Swedish). */
export function sharedDecisionReply(deps: ConversationDeps, decisionId: string): Reply {
  const data = deps.store.read();
  return {
    lang: 'sv',
    kind: 'decision',
    view: decisionView(data, decisionRecord(data, decisionId), null, 'sv'),
  };
}

/** Where a channel's shared decision cards are, so they can be kept up to date. */
export function postedDecisionCards(deps: ConversationDeps, decisionId: string, channel: ChannelName) {
  return deps.store.read().cardMessages.filter((c) => c.decisionId === decisionId && c.channel === channel);
}

/** Remembers where a channel posted a shared decision card. */
export async function rememberPostedDecisionCard(
  deps: ConversationDeps,
  decisionId: string,
  channel: ChannelName,
  reference: Record<string, unknown>,
): Promise<void> {
  await rememberCardMessage(deps.store, deps.clock, { decisionId, channel, reference });
}

/**
 * Remembers a person's private chat with the bot, so that cards meant for them can reach them. Only
 * for people on the roster: no one else is ever written to privately, and a stranger's message
 * must not change the record. Someone added to the roster later is remembered at their next message.
 */
export async function rememberPersonalChat(
  deps: ConversationDeps,
  identity: ChannelIdentity,
  reference: Record<string, unknown>,
): Promise<void> {
  const asker = identifyAsker(deps.store.read(), identity);
  if (!asker.person) return;
  await rememberPersonalChatInStore(deps.store, {
    userKey: asker.userKey,
    channel: identity.channel,
    reference,
  });
}

/** The language a person is answered in before anything they wrote says otherwise. */
export function languageFor(incoming: Incoming, deps: ConversationDeps): Lang {
  const data = deps.store.read();
  return languageOf(data, identifyAsker(data, incoming.identity), null);
}

/** Where the bot can reach a user privately, if it can. */
export function personalChatOf(deps: ConversationDeps, userKey: string): Record<string, unknown> | undefined {
  return deps.store.read().personalChats.find((c) => c.userKey === userKey)?.reference;
}
