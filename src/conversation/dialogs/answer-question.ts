import type { AgendaItem } from '../../domain/agenda-item.js';
import { swedishTimeOfDay, swedishToday } from '../../domain/calendar-date.js';
import type { Lang } from '../../domain/lang.js';
import { compareMeetings, findNextMeeting, upcomingMeetings, type Meeting } from '../../domain/meeting.js';
import { roundOfItem } from '../../domain/nomination.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { formatAmount, formatAmountChange, formatDate, periodText } from '../../i18n/format.js';
import { ROLE_LABELS } from '../../i18n/labels.js';
import { FACT_TEXTS } from '../../i18n/fact-texts.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { computeCostSplit } from '../../services/cost-split.js';
import type { Clock } from '../../services/ports.js';
import { foldText } from '../../domain/text.js';
import { searchAgendaItems } from '../understanding/agenda-search.js';
import { isPastTense } from '../understanding/periods.js';
import { isAdopted, type Outcome } from '../../domain/decision.js';
import {
  adoptionsReply,
  costCompareReply,
  forwardedReply,
  itemCountReply,
  membersReply,
  representativeReply,
  roleReply,
  thanksReply,
} from './fact-answers.js';
import { defaultBodyOf, seesNominees, type Asker } from '../asker.js';
import type { Period } from '../understanding/periods.js';
import type { ItemDetail, ItemFocus, ReplyBody } from '../views/replies.js';
import type { Understanding } from '../understanding/understand.js';
import { helpView, itemDetail, itemSummary, meetingSummary, presenterText } from '../views/view-models.js';

/** Everything an answer may draw on. */
export interface AnswerContext {
  data: SamradData;
  clock: Clock;
  asker: Asker;
  lang: Lang;
  /** The meeting the conversation last talked about, if any. */
  lastMeetingId?: string;
  /** The body the chat is linked to, if any: what "nästa möte" means in that chat. */
  linkedBodyId?: string;
}

const MAX_CALENDAR = 12;
const MAX_HITS = 6;

function today(ctx: AnswerContext) {
  const now = ctx.clock.now();
  return { date: swedishToday(now), time: swedishTimeOfDay(now) };
}

function bodyName(ctx: AnswerContext, bodyId: string | undefined): string | null {
  return bodyId ? (ctx.data.bodies.find((b) => b.id === bodyId)?.name ?? null) : null;
}

/**
 * The meetings in a day or period a member names ("i morgon", "nästa vecka", "i mars", "3 april
 * 2020"), of the named body, or else of the asker's bodies (of all bodies for someone in none),
 * cancelled ones too: "är mötet i februari inställt?" must find it.
 */
function meetingsIn(ctx: AnswerContext, period: Period, bodyId?: string): Meeting[] {
  const bodies = bodyId ? [bodyId] : ctx.asker.memberships.map((m) => m.bodyId);
  const inPeriod = ctx.data.meetings.filter((m) => m.date >= period.from && m.date <= period.to);
  const mine = bodies.length > 0 ? inPeriod.filter((m) => bodies.includes(m.bodyId)) : inPeriod;
  return (mine.length > 0 || bodyId ? mine : inPeriod).sort(compareMeetings);
}

function nextMeetingFor(
  ctx: AnswerContext,
  bodyId: string | undefined,
  withAgenda = false,
): Meeting | undefined {
  const { date, time } = today(ctx);
  const candidates = withAgenda
    ? ctx.data.meetings.filter((m) => ctx.data.agendaItems.some((i) => i.meetingId === m.id))
    : ctx.data.meetings;
  const bodies = bodyId
    ? [bodyId]
    : ctx.linkedBodyId
      ? [ctx.linkedBodyId]
      : ctx.asker.memberships.map((m) => m.bodyId);
  if (bodies.length === 0) return findNextMeeting(candidates, date, time);
  return bodies
    .map((id) => findNextMeeting(candidates, date, time, id))
    .filter((m): m is Meeting => m !== undefined)
    .sort(compareMeetings)[0];
}

type MeetingChoice = { meeting: Meeting } | { reply: ReplyBody };

/** The meeting a question is about: a named date, else the one the conversation is on, else the next one. */
function chooseMeeting(ctx: AnswerContext, u: Understanding, needsAgenda: boolean): MeetingChoice {
  const t = REPLY_TEXTS[ctx.lang];
  const bodyId = u.entities.body;
  if (u.entities.afterMeeting) {
    const from = ctx.data.meetings.find((m) => m.id === u.entities.afterMeeting);
    const next = from
      ? ctx.data.meetings
          .filter((m) => m.bodyId === from.bodyId && m.date > from.date)
          .sort(compareMeetings)[0]
      : undefined;
    if (next) return { meeting: next };
    return { reply: { kind: 'notice', tone: 'info', text: t.noMeeting(bodyName(ctx, from?.bodyId)) } };
  }
  if (u.entities.period) {
    const { period } = u.entities;
    const found = meetingsIn(ctx, period, bodyId);
    // A period in the past: the last meeting in it; otherwise the first one still to come in it.
    const { date } = today(ctx);
    const meeting = period.to < date ? found.at(-1) : (found.find((m) => m.date >= date) ?? found.at(-1));
    if (meeting) return { meeting };
    return { reply: { kind: 'notice', tone: 'info', text: t.noMeetingOnDate(periodText(period, ctx.lang)) } };
  }
  const remembered = ctx.lastMeetingId
    ? ctx.data.meetings.find((m) => m.id === ctx.lastMeetingId)
    : undefined;
  if (remembered && !bodyId && needsAgenda) return { meeting: remembered };
  const meeting = nextMeetingFor(
    ctx,
    bodyId ?? (needsAgenda ? defaultBodyOf(ctx.data, ctx.asker) : undefined),
    needsAgenda,
  );
  if (meeting) return { meeting };
  return { reply: { kind: 'notice', tone: 'info', text: t.noMeeting(bodyName(ctx, bodyId)) } };
}

/**
 * When or where a meeting is. A question about a day or a period ("har vi möte i morgon?", "är
 * mötet i februari inställt?") is answered yes or no first; with no meeting then, it says so and
 * names the next one.
 */
function answerMeeting(ctx: AnswerContext, u: Understanding, focus: 'when' | 'where'): ReplyBody {
  const t = REPLY_TEXTS[ctx.lang];
  const choice = chooseMeeting(ctx, u, false);
  const yesNo = u.yesNo;
  const { period } = u.entities;
  if ('reply' in choice) {
    if (!period) return choice.reply;
    const next = nextMeetingFor(ctx, u.entities.body);
    const nextText = next ? meetingText(ctx, next, true) : null;
    const text = yesNo
      ? t.noMeetingInPeriod(periodText(period, ctx.lang), nextText)
      : `${t.noMeetingOnDate(periodText(period, ctx.lang))}${nextText ? ` ${t.nextMeetingIs(nextText)}` : ''}`;
    return { kind: 'notice', tone: 'info', text };
  }
  const meeting = choice.meeting;
  let answer: string | null = null;
  if (yesNo) {
    const named = meetingText(ctx, meeting, false);
    if (/\b(installt|installd|installda|cancelled|canceled|called off|instalt)\b/.test(foldText(u.question)))
      answer =
        meeting.status === 'cancelled'
          ? t.meetingCancelled(named, meeting.cancelledReason)
          : t.meetingNotCancelled(named);
    // "har vi chnv i feb?": no, when the only meeting then is cancelled.
    else if (period)
      answer =
        meeting.status === 'cancelled'
          ? t.meetingCancelledSoNo(named, meeting.cancelledReason)
          : t.meetingInPeriod(meetingText(ctx, meeting, true));
  }
  return { kind: 'meeting', meeting: meetingSummary(ctx.data, meeting, ctx.lang), focus, answer };
}

/** "Chefsnätverket fredag 4 december 2026" (with the time: "… kl. 9.30"), for a sentence. */
function meetingText(ctx: AnswerContext, meeting: Meeting, withTime: boolean): string {
  const summary = meetingSummary(ctx.data, meeting, ctx.lang);
  return `${summary.bodyName} ${summary.dateText}${withTime ? `, ${summary.timeText}` : ''}`;
}

function answerAgenda(ctx: AnswerContext, u: Understanding): ReplyBody {
  const choice =
    u.entities.period || u.entities.body ? chooseMeeting(ctx, u, false) : chooseMeeting(ctx, u, true);
  if ('reply' in choice) return choice.reply;
  return agendaReply(ctx, choice.meeting);
}

/** An answer about the meeting a question is about (see chooseMeeting), or why there is none. */
function withMeeting(
  ctx: AnswerContext,
  u: Understanding,
  answer: (meeting: Meeting) => ReplyBody,
): ReplyBody {
  const choice = chooseMeeting(ctx, u, !u.entities.period && !u.entities.body);
  return 'reply' in choice ? choice.reply : answer(choice.meeting);
}

/** The agenda with only the items up for a decision. */
function decisionItemsReply(ctx: AnswerContext, meeting: Meeting): ReplyBody {
  const agenda = agendaReply(ctx, meeting);
  if (agenda.kind !== 'agenda') return agenda;
  const decisions = ctx.data.agendaItems.filter((i) => i.meetingId === meeting.id && i.kind === 'decision');
  if (decisions.length === 0) {
    return {
      kind: 'notice',
      tone: 'info',
      text: FACT_TEXTS[ctx.lang].noDecisionItems(
        `${agenda.meeting.bodyName} ${formatDate(meeting.date, ctx.lang)}`,
      ),
    };
  }
  const numbers = new Set(decisions.map((i) => i.number));
  return { ...agenda, items: agenda.items.filter((i) => numbers.has(i.number)) };
}

export function agendaReply(ctx: AnswerContext, meeting: Meeting): ReplyBody {
  const items = ctx.data.agendaItems
    .filter((i) => i.meetingId === meeting.id)
    .sort((a, b) => a.number - b.number)
    .map((i) => itemSummary(i, ctx.lang));
  return { kind: 'agenda', meeting: meetingSummary(ctx.data, meeting, ctx.lang), items };
}

export function itemReply(
  ctx: AnswerContext,
  meeting: Meeting,
  number: number,
  focus: ItemFocus,
  yesNo = false,
): ReplyBody {
  const t = REPLY_TEXTS[ctx.lang];
  const summary = meetingSummary(ctx.data, meeting, ctx.lang);
  const item = ctx.data.agendaItems.find((i) => i.meetingId === meeting.id && i.number === number);
  const meetingName = `${summary.bodyName} ${formatDate(meeting.date, ctx.lang)}`;
  if (!item) {
    const hasAgenda = summary.itemCount > 0;
    return {
      kind: 'notice',
      tone: 'info',
      text: hasAgenda ? t.noSuchItem(number, meetingName) : t.noAgenda(meetingName),
    };
  }
  const detail = guardNominees(ctx, item, itemDetail(item, ctx.lang));
  return {
    kind: 'item',
    heading: t.itemHeading(detail.number, detail.title),
    meeting: summary,
    item: detail,
    presenterText: presenterText(detail),
    focus,
    answer: focusedAnswer(ctx.lang, detail, focus, yesNo),
  };
}

/** The one-line answer to "vem föredrar punkt 5?", "bilagor till punkt 5", "förslag till beslut punkt 4". */
function focusedAnswer(lang: Lang, item: ItemDetail, focus: ItemFocus, yesNo: boolean): string | null {
  const t = REPLY_TEXTS[lang];
  if (yesNo && focus === 'attachments')
    return item.attachmentsText ? t.attachmentsYes(item.attachmentsText) : t.attachmentsNo;
  switch (focus) {
    case 'presenter':
      if (!item.presenter) return t.noPresenter;
      return `${t.labels.presenter}: ${item.presenter}${item.presenterOrganisation ? `, ${item.presenterOrganisation}` : ''}`;
    case 'attachments':
      return item.attachmentsText ?? t.noAttachments;
    case 'proposal':
      return item.proposal.length > 0 ? `${t.labels.proposal}:` : t.noProposal;
    case 'all':
      return null;
  }
}

function answerItem(ctx: AnswerContext, u: Understanding, focus: ItemFocus): ReplyBody {
  const number = u.entities.item;
  if (number === undefined) return answerAgenda(ctx, u);
  const choice = chooseMeeting(ctx, u, true);
  if ('reply' in choice) return choice.reply;
  return itemReply(ctx, choice.meeting, number, focus, u.yesNo);
}

export function calendarReply(ctx: AnswerContext, bodyId: string | undefined, period?: Period): ReplyBody {
  // A period asked about ("under första halvåret 2027", "i våras") is shown as it is, past or not.
  const inPeriod = period
    ? ctx.data.meetings
        .filter((m) => m.date >= period.from && m.date <= period.to && (!bodyId || m.bodyId === bodyId))
        .sort(compareMeetings)
    : upcomingMeetings(ctx.data.meetings, today(ctx).date, bodyId);
  const meetings = inPeriod.slice(0, MAX_CALENDAR).map((m) => meetingSummary(ctx.data, m, ctx.lang));
  if (period && meetings.length === 0) {
    return {
      kind: 'notice',
      tone: 'info',
      text: REPLY_TEXTS[ctx.lang].calendarNothing(bodyName(ctx, bodyId), periodText(period, ctx.lang)),
    };
  }
  return {
    kind: 'calendar',
    heading: REPLY_TEXTS[ctx.lang].calendarHeading(bodyName(ctx, bodyId)),
    meetings,
  };
}

/**
 * Items about a topic. A question in the present or future ("are detox beds on the agenda?") is
 * about the meetings to come: those come first, soonest first, then the past, latest first; a
 * question in the past tense the other way round. A question about one item ("handlar punkt 7 om
 * TN-platser?") is answered yes or no about that item, with what else is about the topic.
 */
function answerSearch(ctx: AnswerContext, query: string, u?: Understanding): ReplyBody {
  const t = REPLY_TEXTS[ctx.lang];
  const meetingsById = new Map(ctx.data.meetings.map((m) => [m.id, m]));
  const { date } = today(ctx);
  const past = u ? isPastTense(foldText(u.question)) : false;
  const when = (item: AgendaItem) => meetingsById.get(item.meetingId)?.date ?? '';
  const found = searchAgendaItems(ctx.data, query).sort((a, b) => {
    const [da, db] = [when(a.item), when(b.item)];
    const [aAhead, bAhead] = [da >= date, db >= date];
    if (aAhead !== bAhead) return aAhead === !past ? -1 : 1;
    return aAhead ? da.localeCompare(db) : db.localeCompare(da);
  });
  let answer: string | undefined;
  if (u?.entities.item !== undefined) {
    const choice = chooseMeeting(ctx, u, !u.entities.period && !u.entities.body);
    if ('reply' in choice) return choice.reply;
    const meeting = choice.meeting;
    const named = `${bodyName(ctx, meeting.bodyId)} ${formatDate(meeting.date, ctx.lang)}`;
    const hit = found.find((h) => h.item.meetingId === meeting.id && h.item.number === u.entities.item);
    answer = hit ? t.searchYes(u.entities.item, named, query) : t.searchNo(u.entities.item, named, query);
    // The item asked about first, then the others about the topic.
    if (hit) {
      found.splice(found.indexOf(hit), 1);
      found.unshift(hit);
    }
  } else if (found.length > 0) {
    answer = t.searchFound(query);
  }
  const hits = found.slice(0, MAX_HITS).flatMap(({ item }) => {
    const meeting = meetingsById.get(item.meetingId);
    return meeting
      ? [{ meeting: meetingSummary(ctx.data, meeting, ctx.lang), item: itemSummary(item, ctx.lang) }]
      : [];
  });
  if (hits.length === 0) {
    const none = u && u.yesNo ? t.searchNone(query) : t.searchNothing(query);
    return { kind: 'notice', tone: 'info', text: answer ?? none };
  }
  return {
    kind: 'search',
    heading: t.searchHeading(query, hits.length),
    query,
    hits,
    answer: answer ?? null,
  };
}

function answerPastDecision(ctx: AnswerContext, u: Understanding): ReplyBody {
  const t = REPLY_TEXTS[ctx.lang];
  const topic = u.topic.trim();
  if (topic === '' && u.entities.item !== undefined) {
    // "vad beslutades i punkt 6 den 3 april 2020?": that item, as decided.
    const choice = chooseMeeting(ctx, u, true);
    if ('reply' in choice) return choice.reply;
    const item = ctx.data.agendaItems.find(
      (i) => i.meetingId === choice.meeting.id && i.number === u.entities.item,
    );
    if (item) return pastDecisionReply(ctx, u, choice.meeting, item, '');
  }
  if (topic === '') {
    // "vilka beslut togs på chefsnätverket 3 april 2020?": the decisions of that meeting.
    if (u.entities.period || u.entities.body) return withMeeting(ctx, u, (m) => decisionItemsReply(ctx, m));
    return answerHelp(ctx, 'not-understood');
  }
  const { date } = today(ctx);
  const meetingsById = new Map(ctx.data.meetings.map((m) => [m.id, m]));
  // "vad beslutade vi om …?": the asker's own bodies' decisions first, then anyone's.
  // A body named ("what did the council recommend …?") comes before the asker's own.
  const mine = new Set(u.entities.body ? [u.entities.body] : ctx.asker.memberships.map((m) => m.bodyId));
  const isMine = (meetingId: string) => mine.has(meetingsById.get(meetingId)?.bodyId ?? '');
  const decided = searchAgendaItems(ctx.data, topic, (item) => {
    const meeting = meetingsById.get(item.meetingId);
    return (
      meeting !== undefined &&
      meeting.date <= date &&
      meeting.status !== 'cancelled' &&
      item.kind !== 'procedural'
    );
  }).sort((a, b) => {
    if (isMine(a.item.meetingId) !== isMine(b.item.meetingId)) return isMine(a.item.meetingId) ? -1 : 1;
    // The most recent meeting that dealt with it, among the items that match well.
    const byDate = (meetingsById.get(b.item.meetingId)?.date ?? '').localeCompare(
      meetingsById.get(a.item.meetingId)?.date ?? '',
    );
    return b.score > a.score * 2 ? 1 : a.score > b.score * 2 ? -1 : byDate;
  })[0];
  const meeting = decided ? meetingsById.get(decided.item.meetingId) : undefined;
  if (!decided || !meeting) return { kind: 'notice', tone: 'info', text: t.decisionNothing(topic) };
  return pastDecisionReply(ctx, u, meeting, decided.item, topic);
}

/** Words that ask whether a decision went one way: "blev det bifall?", "was it rejected?". */
const OUTCOME_WORDS: [RegExp, Outcome][] = [
  [/\b(bifall|bifallet|bifalls|godkant|godkandes|antogs|adopted|approved|accepted|passed|ja)\b/, 'adopted'],
  [/\b(avslag|avslogs|avslaget|rejected|turned down|declined)\b/, 'rejected'],
  [/\b(bordlagt|bordlades|bordlagd|tabled|postponed)\b/, 'tabled'],
  [/\b(aterremiss|aterremitterades|aterremitterat|sent back)\b/, 'sent-back'],
];

function pastDecisionReply(
  ctx: AnswerContext,
  u: Understanding,
  meeting: Meeting,
  item: AgendaItem,
  topic: string,
): ReplyBody {
  const t = REPLY_TEXTS[ctx.lang];
  const summary = meetingSummary(ctx.data, meeting, ctx.lang);
  const decision = ctx.data.decisions.find((d) => d.itemId === item.id);
  const asked = OUTCOME_WORDS.find(([pattern]) => pattern.test(foldText(u.question)))?.[1];
  let answer: string | null = null;
  const registered = /\b(registrera\w*|diarieford\w*|protokollford\w*|recorded|registered)\b/;
  if (!asked && registered.test(foldText(u.question)) && u.yesNo) {
    const outcome = decision?.outcome ?? (item.decision.length > 0 ? 'adopted' : null);
    answer = outcome
      ? t.journeyAnswer.registered(t.decision.outcomes[outcome].toLowerCase())
      : t.journeyAnswer.notRegistered;
  }
  if (!asked && /\b(oppnat|oppnats|oppnad|opened|open)\b/.test(foldText(u.question)) && u.yesNo)
    answer = decision?.status === 'open' ? t.journeyAnswer.isOpen : t.journeyAnswer.isNotOpen;
  if (asked && u.yesNo) {
    const outcome = decision?.outcome ?? (item.decision.length > 0 ? 'adopted' : null);
    const said = outcome ? t.decision.outcomes[outcome].toLowerCase() : null;
    const same = outcome !== null && (asked === 'adopted' ? isAdopted(outcome) : asked === outcome);
    answer = said === null ? t.outcomeNotYet : same ? t.outcomeYes(said) : t.outcomeNo(said);
  }
  return {
    kind: 'past-decision',
    heading: t.decisionHeading(summary.bodyName, summary.dateText, item.number),
    topic,
    meeting: summary,
    item: guardNominees(ctx, item, itemDetail(item, ctx.lang)),
    recorded: item.decision.length > 0,
    notRecorded: t.decisionNotRecorded,
    answer,
  };
}

/**
 * An item that puts a nomination round to decision names the nominees in its proposal and its
 * decision (and, sent on to another body, in its background). Like the nominations overview, it shows them only to members of the body that runs
 * the group (or of the group): to anyone else the clauses are replaced by a line saying so.
 */
function guardNominees(ctx: AnswerContext, item: AgendaItem, detail: ItemDetail): ItemDetail {
  const round = roundOfItem(ctx.data, item.id);
  if (!round) return detail;
  const group = ctx.data.workingGroups.find((g) => g.id === round.groupId);
  if (seesNominees(ctx.asker, group)) return detail;
  const hidden = REPLY_TEXTS[ctx.lang].nomination.namesForMembers;
  // An item sent on to another body quotes the adopted clauses in its background.
  const names = ctx.data.nominations.filter((n) => n.roundId === round.id).map((n) => n.name);
  return {
    ...detail,
    background: names.some((name) => detail.background.includes(name)) ? hidden : detail.background,
    proposal: detail.proposal.length > 0 ? [hidden] : [],
    decision: detail.decision.length > 0 ? [hidden] : [],
  };
}

function answerCostShare(ctx: AnswerContext, u: Understanding): ReplyBody {
  const t = REPLY_TEXTS[ctx.lang];
  const costs = ctx.data.jointCosts;
  const cost = u.entities.cost
    ? costs.find((c) => c.id === u.entities.cost)
    : costs.length === 1
      ? costs[0]
      : undefined;
  const principalId =
    u.entities.principal ?? (ctx.asker.person ? ctx.asker.memberships[0]?.principalId : undefined);
  const principal = ctx.data.principals.find((p) => p.id === principalId);
  if (!cost && u.entities.amount === undefined) {
    if (costs.length === 0) return { kind: 'notice', tone: 'info', text: t.costNone };
    return { kind: 'notice', tone: 'info', text: t.costWhich(costs.map((c) => c.name).join(', ')) };
  }
  const amount = u.entities.amount ?? cost?.amount ?? 0;
  const compare = u.entities.amount === undefined ? (cost?.currentAmount ?? undefined) : undefined;
  const result = computeCostSplit(ctx.data, {
    amount,
    compare,
    municipalitiesOnly: cost?.split === 'municipalities' || u.entities.scope === 'municipalities',
  });
  const rows = result.shares.map((share) => ({
    name: share.name,
    amountText: formatAmount(share.amount, ctx.lang),
    compareText: 'compareAmount' in share ? formatAmount(share.compareAmount, ctx.lang) : null,
    changeText: 'difference' in share ? formatAmountChange(share.difference, ctx.lang) : null,
    highlighted: share.name === principal?.name,
  }));
  const total = formatAmount(amount, ctx.lang);
  const mine = result.shares.find((s) => s.name === principal?.name);
  let summary = t.costSummaryAll(total);
  if (mine) {
    summary = t.costSummaryPrincipal(mine.name, formatAmount(mine.amount, ctx.lang), total);
    if ('compareAmount' in mine) {
      summary += ` ${t.costSummaryCompared(mine.name, formatAmount(mine.compareAmount, ctx.lang), formatAmountChange(mine.difference, ctx.lang))}`;
    }
  }
  return {
    kind: 'cost-share',
    heading: t.costHeading(cost?.name ?? total),
    summary,
    rows,
    note: cost?.note ?? null,
  };
}

function answerMyBodies(ctx: AnswerContext): ReplyBody {
  const t = REPLY_TEXTS[ctx.lang];
  const person = ctx.asker.person;
  if (!person) return { kind: 'notice', tone: 'warning', text: t.myBodiesUnknown };
  if (ctx.asker.memberships.length === 0)
    return { kind: 'notice', tone: 'info', text: t.myBodiesNone(person.name) };
  const { date, time } = today(ctx);
  const seats = ctx.asker.memberships.map((m) => {
    const next = findNextMeeting(ctx.data.meetings, date, time, m.bodyId);
    return {
      bodyName: bodyName(ctx, m.bodyId) ?? m.bodyId,
      roleText: ROLE_LABELS[m.role][ctx.lang],
      principalName: ctx.data.principals.find((p) => p.id === m.principalId)?.name ?? m.principalId,
      nextMeeting: next ? meetingSummary(ctx.data, next, ctx.lang) : null,
    };
  });
  return { kind: 'my-bodies', name: person.name, seats };
}

export function answerHelp(ctx: AnswerContext, reason: 'asked' | 'greeting' | 'not-understood'): ReplyBody {
  return helpView(reason, ctx.lang);
}

/** Answers an understood question. Never throws for a question it cannot answer: it says so. */
export function answerQuestion(u: Understanding, ctx: AnswerContext): ReplyBody {
  switch (u.intent) {
    case 'next-meeting':
      return answerMeeting(ctx, u, 'when');
    case 'join':
      return answerMeeting(ctx, u, 'where');
    case 'agenda':
      return u.entities.item !== undefined ? answerItem(ctx, u, 'all') : answerAgenda(ctx, u);
    case 'item':
      return answerItem(ctx, u, 'all');
    case 'item-presenter':
      return answerItem(ctx, u, 'presenter');
    case 'item-attachments':
      return answerItem(ctx, u, 'attachments');
    case 'item-proposal':
      return answerItem(ctx, u, 'proposal');
    case 'calendar':
      return calendarReply(ctx, u.entities.body, u.entities.period);
    case 'past-decision':
      return answerPastDecision(ctx, u);
    case 'cost-share':
      return answerCostShare(ctx, u);
    case 'my-bodies':
      return answerMyBodies(ctx);
    case 'search':
      return u.topic.trim() === '' ? answerHelp(ctx, 'not-understood') : answerSearch(ctx, u.topic, u);
    case 'item-count':
      return withMeeting(ctx, u, (meeting) => itemCountReply(ctx, meeting));
    case 'decision-items':
      return withMeeting(ctx, u, (meeting) => decisionItemsReply(ctx, meeting));
    case 'adoptions':
      return adoptionsReply(ctx, u);
    case 'forwarded':
      return forwardedReply(ctx, u);
    case 'cost-compare':
      return costCompareReply(ctx, u);
    case 'role':
      return roleReply(ctx, u);
    case 'members':
      return membersReply(ctx, u);
    case 'representative':
      return representativeReply(ctx, u);
    case 'thanks':
      return thanksReply(ctx);
    case 'greeting':
      return answerHelp(ctx, 'greeting');
    case 'help':
      return answerHelp(ctx, 'asked');
    case 'set-language-en':
    case 'set-language-sv':
    case 'open-decision':
    case 'close-decision':
    case 'nominate':
    case 'nomination-overview':
    case 'nomination-answer':
    case 'nomination-decide':
    case 'link-chat':
    case 'decision-journey':
    case 'vote-status':
      // These change the store or follow a decision: handleMessage answers them before this.
      return answerHelp(ctx, 'asked');
    case 'unknown':
      if (u.entities.item !== undefined) return answerItem(ctx, u, 'all');
      if (u.topic.trim() !== '') {
        const found = answerSearch(ctx, u.topic);
        if (found.kind === 'search') return found;
      }
      return answerHelp(ctx, 'not-understood');
  }
}
