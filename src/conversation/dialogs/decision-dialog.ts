import { currentVotesOn, mayVote, type Choice, type Decision, type Outcome } from '../../domain/decision.js';
import type { Lang } from '../../domain/lang.js';
import type { SamradData } from '../../domain/samrad-data.js';
import type { Journey } from '../../services/decision-journey.js';
import { roundOfItem } from '../../domain/nomination.js';
import { foldText } from '../../domain/text.js';
import { formatDate, periodText } from '../../i18n/format.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { helpView } from '../views/view-models.js';
import { chatLinkOf, linkChat } from '../../services/chat-links.js';
import { decisionJourney } from '../../services/decision-journey.js';
import { decisionRecord } from '../../services/decision-records.js';
import { currentOrNextMeeting, seatIn } from '../../services/body-roles.js';
import { castVote, closeDecision, openDecision, recordDissent } from '../../services/decisions.js';
import { swedishToday } from '../../domain/calendar-date.js';
import { searchAgendaItems } from '../understanding/agenda-search.js';
import { decisionView, journeyView } from '../views/decision-views.js';
import { seesNominees } from '../asker.js';
import type { ChatContext } from '../chat-context.js';
import { errorNotice } from '../error-notice.js';
import type { ReplyBody } from '../views/replies.js';
import type { Understanding } from '../understanding/understand.js';

/**
 * The decision side of the conversation: opening a decision from chat, linking a chat to its
 * body, the members' buttons on the decision card, and "var står beslutet om ...?".
 */
function notice(text: string, tone: 'info' | 'warning' = 'warning'): ReplyBody {
  return { kind: 'notice', tone, text };
}

function failure(chat: ChatContext, error: unknown): ReplyBody {
  return errorNotice(chat.lang, error);
}

/** The bodies a person chairs or is secretary of. */
function chairedBodies(chat: ChatContext): string[] {
  return chat.asker.memberships
    .filter((m) => m.role === 'chair' || m.role === 'secretary')
    .map((m) => m.bodyId);
}

/**
 * "öppna beslut punkt 4": which body is the one named, else the one the chat is linked to, else
 * the only body the person chairs; with several, the person is asked with a choice card.
 */
export async function openDecisionReply(
  chat: ChatContext,
  understanding: Understanding | null,
  explicit?: { bodyId: string; number: number; meetingId?: string },
): Promise<ReplyBody> {
  const t = REPLY_TEXTS[chat.lang];
  const person = chat.asker.person;
  if (!person) return notice(t.decision.notOnRoster);
  const data = chat.deps.store.read();
  const number = explicit?.number ?? understanding?.entities.item;
  if (number === undefined) return helpView('not-understood', chat.lang);
  const link = chatLinkOf(data, chat.chatKey);
  const chaired = chairedBodies(chat);
  const bodyId =
    explicit?.bodyId ??
    understanding?.entities.body ??
    link?.bodyId ??
    (chaired.length === 1 ? chaired[0] : undefined);
  if (!bodyId && chaired.length > 1) {
    return {
      kind: 'choose-body',
      question: t.decision.chooseBody(number),
      itemNumber: number,
      bodies: chaired.map((id) => ({ id, name: data.bodies.find((b) => b.id === id)?.name ?? id })),
    };
  }
  const words = foldText(understanding?.question ?? '');
  // A day named ("öppna beslut punkt 4 den 10 december") must be a day the body meets.
  const period = understanding?.entities.period;
  const onDay = period
    ? data.meetings.find(
        (m) =>
          m.bodyId === bodyId && m.status !== 'cancelled' && m.date >= period.from && m.date <= period.to,
      )
    : undefined;
  if (period && !onDay) {
    const name = data.bodies.find((b) => b.id === bodyId)?.name ?? bodyId ?? '';
    return notice(t.decision.noMeetingThen(name, periodText(period, chat.lang)), 'info');
  }
  try {
    const decision = await openDecision(chat.deps.store, chat.deps.clock, {
      personId: person.id,
      bodyId: bodyId ?? chat.asker.memberships[0]?.bodyId ?? '',
      itemNumber: number,
      meetingId:
        explicit?.meetingId ??
        onDay?.id ??
        (link?.bodyId === bodyId ? (link?.meetingId ?? undefined) : undefined),
      anonymous: /\b(anonym|anonymt|anonymous|sluten)/.test(words),
      allowSubstitutes: /\b(ersattare|substitutes?)\b/.test(words),
    });
    const fresh = chat.deps.store.read();
    return {
      kind: 'decision',
      view: decisionView(fresh, decisionRecord(fresh, decision.id), null, chat.lang),
    };
  } catch (error) {
    return failure(chat, error);
  }
}

/** "koppla chatten till Chefsnätverket", or in a Teams meeting chat "koppla chatten till mötet". */
export async function linkChatReply(chat: ChatContext, understanding: Understanding): Promise<ReplyBody> {
  const t = REPLY_TEXTS[chat.lang];
  const person = chat.asker.person;
  if (!person) return notice(t.decision.notOnRoster);
  const chaired = chairedBodies(chat);
  const bodyId = understanding.entities.body ?? (chaired.length === 1 ? chaired[0] : undefined);
  if (!bodyId) return notice(t.decision.whichBody, 'info');
  const data = chat.deps.store.read();
  const toMeeting =
    chat.incoming.meetingChat === true || /\b(motet|meeting)\b/.test(foldText(understanding.topic));
  const meeting = toMeeting ? currentOrNextMeeting(data, chat.deps.clock, bodyId) : undefined;
  try {
    await linkChat(chat.deps.store, chat.deps.clock, {
      chatKey: chat.chatKey,
      personId: person.id,
      bodyId,
      meetingId: meeting?.id,
    });
  } catch (error) {
    return failure(chat, error);
  }
  const bodyName = data.bodies.find((b) => b.id === bodyId)?.name ?? bodyId;
  return notice(
    meeting
      ? t.decision.chatLinkedMeeting(bodyName, formatDate(meeting.date, chat.lang))
      : t.decision.chatLinked(bodyName),
    'info',
  );
}

/** "var står beslutet om tillnyktringsplatser?": the decision found by its topic, and its journey. */
/**
 * Where a decision stands. The decision is the one on an item named ("punkt 6 den 3 april 2020"),
 * else the one about the topic. A yes/no question about a step ("har det skickats vidare?", "är
 * villkoret uppfyllt?", "är beslutet registrerat?") is answered yes or no first.
 */
export function journeyReply(chat: ChatContext, understanding: Understanding): ReplyBody | undefined {
  const data = chat.deps.store.read();
  const topic = understanding.topic.trim();
  const today = swedishToday(chat.deps.clock.now());
  const decision = decisionOnItem(data, understanding, today) ?? decisionAbout(data, topic);
  if (!decision) return undefined;
  const journey = decisionJourney(data, decision.id, today);
  const answer = understanding.yesNo
    ? journeyAnswer(understanding.question, decision, journey, data, chat.lang)
    : null;
  return { kind: 'journey', view: journeyView(journey, chat.lang, decision, answer) };
}

function decisionAbout(data: SamradData, topic: string): Decision | undefined {
  if (topic === '') return undefined;
  const decided = new Set(data.decisions.map((d) => d.itemId));
  const hit = searchAgendaItems(data, topic, (item) => decided.has(item.id))[0];
  return hit ? data.decisions.find((d) => d.itemId === hit.item.id) : undefined;
}

/** The decision on an item named by number, at the body's meeting in the period named (the latest such). */
function decisionOnItem(data: SamradData, u: Understanding, today: string): Decision | undefined {
  const number = u.entities.item;
  if (number === undefined) return undefined;
  const { body, period } = u.entities;
  const meetings = data.meetings
    .filter(
      (m) => (!body || m.bodyId === body) && (!period || (m.date >= period.from && m.date <= period.to)),
    )
    .filter((m) => m.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date));
  for (const meeting of meetings) {
    const found = data.decisions.find((d) => d.meetingId === meeting.id && d.itemNumber === number);
    if (found) return found;
  }
  return undefined;
}

/** Words that ask about one step of a decision's way. */
const STEP_WORDS = {
  forwarded:
    /\b(vidare|lyfts|lyftes|forwarded|sent on|passed on|gone to|went to|skickat|skickats|skickades)\b/,
  registered: /\b(registrera\w*|diarieford\w*|protokollford\w*|recorded|registered|noted)\b/,
  conditionMet: /\b(uppfyll\w*|met|fulfilled|satisfied)\b/,
  condition: /\b(villkor\w*|conditions?|conditional)\b/,
  open: /\b(oppnat|oppnats|oppen|oppet|open|opened)\b/,
};

function journeyAnswer(
  question: string,
  decision: Decision,
  journey: Journey,
  data: SamradData,
  lang: Lang,
): string | null {
  const t = REPLY_TEXTS[lang].journeyAnswer;
  const asked = foldText(question);
  const condition = journey.steps.find((s) => s.kind === 'condition' && s.decisionId === decision.id);
  if (STEP_WORDS.condition.test(asked)) {
    if (!condition || condition.kind !== 'condition' || condition.conditions.length === 0)
      return t.noCondition;
    if (STEP_WORDS.conditionMet.test(asked))
      return condition.status === 'met' ? t.conditionMet : t.conditionNotMet;
    return t.hasCondition(condition.conditions.join('; '));
  }
  if (STEP_WORDS.forwarded.test(asked)) {
    const to = data.bodies.find((b) => b.id === decision.forwardedToBodyId)?.name;
    return to ? t.forwarded(to) : t.notForwarded;
  }
  if (STEP_WORDS.registered.test(asked))
    return decision.status === 'closed' && decision.outcome
      ? t.registered(REPLY_TEXTS[lang].decision.outcomes[decision.outcome].toLowerCase())
      : t.notRegistered;
  if (STEP_WORDS.open.test(asked)) return decision.status === 'open' ? t.isOpen : t.isNotOpen;
  return null;
}

/** A member's own view of a decision card after a button: what changed, and the card to show them. */
export interface DecisionAnswer {
  body: ReplyBody;
  decisionId: string;
  changed: boolean;
}

/** "Bifall", "Avslag", "Avstår": the member's vote; their own view of the card comes back. */
export async function voteReply(
  chat: ChatContext,
  input: { decisionId: string; choice: Choice },
): Promise<DecisionAnswer> {
  const { changed } = await castVote(chat.deps.store, chat.deps.clock, {
    decisionId: input.decisionId,
    personId: chat.asker.person?.id ?? '',
    choice: input.choice,
  });
  return ownDecisionView(chat, input.decisionId, changed);
}

/** The chair's close, with its outcome (and the amended clauses). */
export async function closeReply(
  chat: ChatContext,
  input: { decisionId: string; outcome: Outcome; amendment?: string | undefined },
): Promise<DecisionAnswer> {
  await closeDecision(chat.deps.store, chat.deps.clock, {
    decisionId: input.decisionId,
    personId: chat.asker.person?.id ?? '',
    outcome: input.outcome,
    amendment: input.amendment,
  });
  return ownDecisionView(chat, input.decisionId, true);
}

/** "Reservera mig": a member's dissent from a decision taken. */
export async function dissentReply(
  chat: ChatContext,
  input: { decisionId: string; reason: string },
): Promise<DecisionAnswer> {
  await recordDissent(chat.deps.store, chat.deps.clock, {
    decisionId: input.decisionId,
    personId: chat.asker.person?.id ?? '',
    reason: input.reason,
  });
  return ownDecisionView(chat, input.decisionId, true);
}

/** The card's refresh: the member's own view, as it stands. */
export function refreshReply(chat: ChatContext, input: { decisionId: string }): DecisionAnswer {
  return ownDecisionView(chat, input.decisionId, false);
}

function ownDecisionView(chat: ChatContext, decisionId: string, changed: boolean): DecisionAnswer {
  const person = chat.asker.person;
  const data = chat.deps.store.read();
  const record = decisionRecord(data, decisionId);
  const view = decisionView(data, record, person ? person.id : null, chat.lang);
  // A viewer's own view, fetched by anyone who names the decision: an appointment's clauses name
  // the nominees, whom only members may see (the shared card is the chair's to post).
  const round = roundOfItem(data, record.decision.itemId);
  const group = round && data.workingGroups.find((g) => g.id === round.groupId);
  if (round && !seesNominees(chat.asker, group)) {
    const hidden = [REPLY_TEXTS[chat.lang].nomination.namesForMembers];
    view.proposal = view.proposal.length > 0 ? hidden : [];
    view.adoptedClauses = view.adoptedClauses.length > 0 ? hidden : [];
  }
  return { body: { kind: 'decision', view }, decisionId, changed };
}

const OUTCOME_WORDS: [RegExp, Outcome][] = [
  [/\b(med andring|med andringen|with (an )?amendment|amended)\b/, 'adopted-with-amendment'],
  [/\b(bordlagg\w*|bordlagd\w*|tabled?|table)\b/, 'tabled'],
  [/\b(aterremiss\w*|send back|sent back)\b/, 'sent-back'],
  [/\b(avslag\w*|avsla\w*|rejected|reject)\b/, 'rejected'],
  [/\b(bifall\w*|antag\w*|adopted|adopt|approved?)\b/, 'adopted'],
];

/** "avsluta beslut punkt 5 bifall", "bordlägg punkt 6", "avsluta beslut punkt 4 med ändring: att ...". */
export async function closeDecisionReply(
  chat: ChatContext,
  understanding: Understanding,
): Promise<{ body: ReplyBody; changedDecisionId?: string }> {
  const t = REPLY_TEXTS[chat.lang];
  const person = chat.asker.person;
  if (!person) return { body: notice(t.decision.notOnRoster) };
  const number = understanding.entities.item;
  const words = foldText(understanding.question);
  const outcome = OUTCOME_WORDS.find(([pattern]) => pattern.test(words))?.[1];
  // Said how to close, rather than the general help: the chair knows what they want done.
  if (number === undefined || !outcome) return { body: notice(t.decision.closeHow(number), 'info') };
  const data = chat.deps.store.read();
  const link = chatLinkOf(data, chat.chatKey);
  const chaired = chairedBodies(chat);
  // Names in the amendment's text ("att utse Anna Berg till Styrgrupp GNV") do not say which body decides.
  const amendment = /(?:ändring|amendment)\s*:\s*([\s\S]+)$/i.exec(understanding.question)?.[1]?.trim();
  const named = amendment === undefined ? understanding.entities.body : undefined;
  const bodyId = named ?? link?.bodyId ?? (chaired.length === 1 ? chaired[0] : undefined);
  const open = data.decisions.filter(
    (d) => d.status === 'open' && d.itemNumber === number && (!bodyId || d.bodyId === bodyId),
  );
  if (open.length !== 1) {
    const bodyName = data.bodies.find((b) => b.id === bodyId)?.name ?? '';
    return { body: notice(t.decision.noOpenDecision(number, bodyName)) };
  }
  const decision = open[0]!;
  try {
    await closeDecision(chat.deps.store, chat.deps.clock, {
      decisionId: decision.id,
      personId: person.id,
      outcome,
      amendment,
    });
  } catch (error) {
    return { body: failure(chat, error) };
  }
  const fresh = chat.deps.store.read();
  return {
    body: {
      kind: 'decision',
      view: decisionView(fresh, decisionRecord(fresh, decision.id), null, chat.lang),
    },
    changedDecisionId: decision.id,
  };
}

/**
 * "hur går omröstningen?", "hur har jag röstat?": where a vote stands, with counts only, and the
 * asker's own choice (never another's; not even one's own in an anonymous vote). The decision is
 * the one on the item named, else an open one in the chat's body (or the body named, or the
 * asker's bodies), else the one taken last there. The answer names the decision it is about, so
 * it is never a tally of something else passed off as the one meant.
 */
/** How long after a vote "hur gick omröstningen?" still means it. */
const RECENT_VOTE_DAYS = 14;

export function voteStatusReply(chat: ChatContext, understanding: Understanding): ReplyBody {
  const t = REPLY_TEXTS[chat.lang];
  const data = chat.deps.store.read();
  const link = chatLinkOf(data, chat.chatKey);
  const person = chat.asker.person;
  // Someone not on the roster, outside a chat linked to a body, has no votes to follow.
  if (!person && !link) return notice(t.decision.voteStatusNotOnRoster, 'info');
  const named = understanding.entities.body;
  const bodies = new Set(
    named ? [named] : link ? [link.bodyId] : chat.asker.memberships.map((m) => m.bodyId),
  );
  const item = understanding.entities.item;
  // Only votes open now or taken lately: item numbers come again at every meeting, and an old
  // decision is no answer to "how did the vote go?".
  const since = new Date(chat.deps.clock.now().getTime() - RECENT_VOTE_DAYS * 86_400_000).toISOString();
  const candidates = data.decisions.filter(
    (d) =>
      bodies.has(d.bodyId) &&
      (item === undefined || d.itemNumber === item) &&
      (!link?.meetingId || d.meetingId === link.meetingId) &&
      (d.status === 'open' || (d.closedAt ?? '') >= since),
  );
  const open = candidates
    .filter((d) => d.status === 'open')
    .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  const latest = candidates
    .filter((d) => d.status === 'closed')
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
  const decision = open[0] ?? latest[0];
  if (!decision)
    return notice(item === undefined ? t.decision.noVoteToShow : t.decision.noVoteOnItem(item), 'info');
  const record = decisionRecord(data, decision.id);
  const bodyName = record.body?.name ?? decision.bodyId;
  const title = record.item?.title ?? '';
  const tally =
    record.votes.length === 0 && decision.status === 'closed'
      ? t.decision.noVotesRecorded
      : t.decision.sideTally(record.tally.for, record.tally.against, record.tally.abstain);
  const question = foldText(understanding.question);
  /** What the asker may hear of their own part in a decision. */
  const ownPart = (d: Decision): string => {
    if (!person) return '';
    const seat = seatIn(data, person.id, d.bodyId);
    if (!seat || !mayVote(seat.role, d.allowSubstitutes)) return seat ? t.decision.noVoteForYou : '';
    if (d.anonymous) return t.decision.anonymousVote;
    const mine = currentVotesOn(data, d.id);
    const vote = [...mine.values()].find((v) => v.personId === person.id);
    return vote ? `${t.decision.yourVote(vote.choice)}.` : d.status === 'open' ? t.decision.notVoted : '';
  };
  const canVote = (d: Decision) => {
    const seat = person ? seatIn(data, person.id, d.bodyId) : undefined;
    return d.status === 'open' && !!seat && mayVote(seat.role, d.allowSubstitutes);
  };
  // Others asked about ("hur röstade Karin?", "vem röstade nej?"): only counts are ever shown.
  const aboutOthers =
    /\b(vem|vilka|who)\b/.test(question) ||
    /\brostade [a-z]/.test(question.replace(/\brostade (jag|vi|du)\b/g, ''));
  // "rösta bifall punkt 5" in words, or "hur röstar jag?": nothing is cast; the member is told how.
  const asksHow = /\b(hur rostar jag|hur ska jag rosta|how do i vote|how can i vote)\b/.test(question);
  const votesInWords =
    !/\?\s*$/.test(understanding.question.trim()) &&
    !/^(hur|vad|har|how|what|did|have)\b/.test(question) &&
    /\b(rosta|rostar|vote|voting)\b/.test(question) &&
    /\b(bifall|avslag|ja|nej|for|against)\b/.test(question);
  const parts = [
    decision.status === 'open'
      ? t.decision.voteStatusOpen(
          bodyName,
          decision.itemNumber,
          title,
          t.decision.voted(record.votes.length, record.eligibleVoters),
          tally,
        )
      : t.decision.voteStatusClosed(
          bodyName,
          decision.itemNumber,
          title,
          formatDate((decision.closedAt ?? decision.openedAt).slice(0, 10), chat.lang),
          t.decision.outcomes[decision.outcome ?? 'adopted'],
          tally,
        ),
    ownPart(decision),
    ...open.slice(1).map((d) => t.decision.alsoOpen(d.itemNumber, d.anonymous ? '' : ownPart(d))),
    aboutOthers ? t.decision.othersNotShown : '',
    (votesInWords || asksHow) && canVote(decision) ? t.decision.howToVote : '',
  ];
  return {
    kind: 'notice',
    tone: 'info',
    text: parts.filter((p) => p !== '').join(' '),
    meetingId: decision.meetingId,
    itemNumber: decision.itemNumber,
  };
}
