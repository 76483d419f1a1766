import type { Meeting } from '../../domain/meeting.js';
import type { Role } from '../../domain/membership.js';
import { foldText } from '../../domain/text.js';
import { FACT_TEXTS } from '../../i18n/fact-texts.js';
import { formatAmount, formatDate, periodText } from '../../i18n/format.js';
import { ROLE_LABELS } from '../../i18n/labels.js';
import { computeCostSplit } from '../../services/cost-split.js';
import { decisionJourney } from '../../services/decision-journey.js';
import { searchAgendaItems } from '../understanding/agenda-search.js';
import type { Understanding } from '../understanding/understand.js';
import type { ReplyBody } from '../views/replies.js';
import { meetingSummary } from '../views/view-models.js';
import type { AnswerContext } from './answer-question.js';
import { swedishToday } from '../../domain/calendar-date.js';

/**
 * Short factual answers: how many items, who chairs, who sits where, who pays more, who has
 * adopted, what was sent on. Each answers exactly what was asked, in a sentence; when the question
 * does not say enough (which body?), it asks back rather than guess.
 */
const notice = (text: string): ReplyBody => ({ kind: 'notice', tone: 'info', text });

function meetingName(ctx: AnswerContext, meeting: Meeting): string {
  const summary = meetingSummary(ctx.data, meeting, ctx.lang);
  return `${summary.bodyName} ${formatDate(meeting.date, ctx.lang)}`;
}

export function thanksReply(ctx: AnswerContext): ReplyBody {
  return notice(FACT_TEXTS[ctx.lang].thanks);
}

export function itemCountReply(ctx: AnswerContext, meeting: Meeting): ReplyBody {
  const t = FACT_TEXTS[ctx.lang];
  const items = ctx.data.agendaItems.filter((i) => i.meetingId === meeting.id);
  const text =
    items.length === 0
      ? t.noAgendaYet(meetingName(ctx, meeting))
      : t.itemCount(
          meetingName(ctx, meeting),
          items.length,
          items.filter((i) => i.kind === 'decision').length,
        );
  return { kind: 'notice', tone: 'info', text, meetingId: meeting.id };
}

/** The body a roster question is about: the one named, else the one the conversation is on. */
function bodyOf(ctx: AnswerContext, u: Understanding): string | undefined {
  if (u.entities.body) return u.entities.body;
  const last = ctx.lastMeetingId ? ctx.data.meetings.find((m) => m.id === ctx.lastMeetingId) : undefined;
  return last?.bodyId;
}

function bodyName(ctx: AnswerContext, bodyId: string): string {
  return ctx.data.bodies.find((b) => b.id === bodyId)?.name ?? bodyId;
}

function personName(ctx: AnswerContext, personId: string): string {
  return ctx.data.people.find((p) => p.id === personId)?.name ?? personId;
}

function principalName(ctx: AnswerContext, principalId: string): string {
  return ctx.data.principals.find((p) => p.id === principalId)?.name ?? principalId;
}

function list(items: string[], lang: AnswerContext['lang']): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${items.at(-1)}`;
}

export function roleReply(ctx: AnswerContext, u: Understanding): ReplyBody {
  const t = FACT_TEXTS[ctx.lang];
  const bodyId = bodyOf(ctx, u);
  if (!bodyId) return notice(t.whichBody);
  const role: Role = u.entities.role ?? 'chair';
  const label = ROLE_LABELS[role][ctx.lang];
  const holders = ctx.data.memberships
    .filter((m) => m.bodyId === bodyId && m.role === role)
    .map((m) => `${personName(ctx, m.personId)} (${principalName(ctx, m.principalId)})`);
  if (holders.length === 0) return notice(t.noRole(label, bodyName(ctx, bodyId)));
  return notice(t.role(label, bodyName(ctx, bodyId), list(holders, ctx.lang)));
}

const ROLE_ORDER: Role[] = ['chair', 'secretary', 'member', 'substitute', 'observer'];

export function membersReply(ctx: AnswerContext, u: Understanding): ReplyBody {
  const t = FACT_TEXTS[ctx.lang];
  const bodyId = bodyOf(ctx, u);
  if (!bodyId) return notice(t.whichBody);
  const seats = ctx.data.memberships
    .filter((m) => m.bodyId === bodyId)
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
    .map((m) => {
      const role = m.role === 'member' ? '' : `, ${ROLE_LABELS[m.role][ctx.lang]}`;
      return `${personName(ctx, m.personId)} (${principalName(ctx, m.principalId)}${role})`;
    });
  if (seats.length === 0) return notice(t.noRole(ROLE_LABELS.member[ctx.lang], bodyName(ctx, bodyId)));
  return notice(t.members(bodyName(ctx, bodyId), seats.join('; ')));
}

export function representativeReply(ctx: AnswerContext, u: Understanding): ReplyBody {
  const t = FACT_TEXTS[ctx.lang];
  const principalId = u.entities.principal;
  if (!principalId) return notice(t.whichPrincipal);
  const seats = ctx.data.memberships.filter(
    (m) => m.principalId === principalId && (!u.entities.body || m.bodyId === u.entities.body),
  );
  if (seats.length === 0) return notice(t.noRepresentative(principalName(ctx, principalId)));
  const byPerson = new Map<string, string[]>();
  for (const seat of seats) {
    const role = seat.role === 'member' ? '' : ` (${ROLE_LABELS[seat.role][ctx.lang]})`;
    byPerson.set(seat.personId, [
      ...(byPerson.get(seat.personId) ?? []),
      `${bodyName(ctx, seat.bodyId)}${role}`,
    ]);
  }
  const inWord = ctx.lang === 'sv' ? 'i' : 'in';
  const people = [...byPerson].map(
    ([personId, bodies]) => `${personName(ctx, personId)} ${inWord} ${bodies.join(', ')}`,
  );
  return notice(t.representative(principalName(ctx, principalId), list(people, ctx.lang)));
}

export function costCompareReply(ctx: AnswerContext, u: Understanding): ReplyBody {
  const t = FACT_TEXTS[ctx.lang];
  const cost = u.entities.cost
    ? ctx.data.jointCosts.find((c) => c.id === u.entities.cost)
    : ctx.data.jointCosts.length === 1
      ? ctx.data.jointCosts[0]
      : undefined;
  const amount = u.entities.amount ?? cost?.amount;
  if (amount === undefined) return notice(t.whichPrincipal);
  const municipalitiesOnly = u.entities.scope === 'municipalities' || cost?.split === 'municipalities';
  const shares = computeCostSplit(ctx.data, { amount, municipalitiesOnly }).shares;
  const share = (id: string) => shares.find((s) => s.name === principalName(ctx, id));
  const named = u.entities.principals ?? [];
  const [first, second] = [named[0], named[1]].map((id) => (id ? share(id) : undefined));
  if (first && second) {
    const folded = foldText(u.question);
    const asksLess = /\b(mindre|less|lower|billigare|cheaper)\b/.test(folded);
    const more =
      first.amount === second.amount
        ? null
        : asksLess
          ? first.amount < second.amount
          : first.amount > second.amount;
    return notice(
      t.costCompare(
        first.name,
        formatAmount(first.amount, ctx.lang),
        second.name,
        formatAmount(second.amount, ctx.lang),
        more,
      ),
    );
  }
  // "vilken kommun betalar minst": among the municipalities when the question says so.
  const municipalityNames = new Set(
    ctx.data.principals.filter((p) => p.kind === 'municipality').map((p) => p.name),
  );
  const among = /\b(kommun\w*|municipalit\w*)\b/.test(foldText(u.question))
    ? shares.filter((s) => municipalityNames.has(s.name))
    : shares;
  const sorted = [...among].sort((a, b) => a.amount - b.amount);
  const least = sorted[0];
  const most = sorted.at(-1);
  if (!least || !most) return notice(t.whichPrincipal);
  return notice(
    t.costExtremes(
      least.name,
      formatAmount(least.amount, ctx.lang),
      most.name,
      formatAmount(most.amount, ctx.lang),
    ),
  );
}

/** The recommendation a question is about: found by its topic, else the only one, else the latest. */
function recommendationFor(ctx: AnswerContext, u: Understanding) {
  const recommendations = ctx.data.decisions.filter((d) => d.recommendation);
  const byItem = new Map(recommendations.map((d) => [d.itemId, d]));
  // "item 1 from the council on 22 April 2020": the decision on that item, followed on to the
  // recommendation it became.
  if (u.entities.item !== undefined) {
    const { body, period } = u.entities;
    const meetings = new Map(ctx.data.meetings.map((m) => [m.id, m]));
    const onItem = ctx.data.decisions
      .filter((d) => d.itemNumber === u.entities.item && (!body || d.bodyId === body))
      .filter((d) => {
        const date = meetings.get(d.meetingId)?.date ?? '';
        return !period || (date >= period.from && date <= period.to);
      })
      .sort((a, b) =>
        (meetings.get(b.meetingId)?.date ?? '').localeCompare(meetings.get(a.meetingId)?.date ?? ''),
      );
    for (const decision of onItem) {
      if (decision.recommendation) return decision;
      const onward = decision.forwardedItemId ? byItem.get(decision.forwardedItemId) : undefined;
      if (onward) return onward;
    }
  }
  const topic = u.topic.trim();
  if (topic !== '') {
    // The topic may name the network's decision that became the recommendation: follow it on.
    for (const hit of searchAgendaItems(ctx.data, topic)) {
      const direct = byItem.get(hit.item.id);
      if (direct) return direct;
      const forwarded = ctx.data.decisions.find((d) => d.itemId === hit.item.id && d.forwardedItemId);
      const onward = forwarded?.forwardedItemId ? byItem.get(forwarded.forwardedItemId) : undefined;
      if (onward) return onward;
    }
    return undefined;
  }
  return recommendations.sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''))[0];
}

export function adoptionsReply(ctx: AnswerContext, u: Understanding): ReplyBody {
  const t = FACT_TEXTS[ctx.lang];
  const decision = recommendationFor(ctx, u);
  if (!decision) return notice(t.noRecommendation(u.topic.trim()));
  const journey = decisionJourney(ctx.data, decision.id, swedishToday(ctx.clock.now()));
  const step = journey.steps.find((s) => s.kind === 'adoptions' && s.decisionId === decision.id);
  if (!step || step.kind !== 'adoptions') return notice(t.noRecommendation(u.topic.trim()));
  // The recommendation's own title, never the question's words ("om rek tn platser").
  // ("Beslut om förlängning av …" reads "rekommendationen om förlängning av …").
  const about = { meetingId: decision.meetingId, itemNumber: decision.itemNumber };
  const title = lowerFirst(journey.title.replace(/^(beslut|rekommendation|förslag)\s+(om|till)\s+/i, ''));
  const deadline = step.deadline ? formatDate(step.deadline, ctx.lang) : null;
  // "har alla kommuner och regionen antagit …?" asks about everyone, whoever it names.
  const everyone = /\b(alla|samtliga|all|everyone|everybody)\b/.test(foldText(u.question));
  if (u.entities.principal && !everyone) {
    const name = principalName(ctx, u.entities.principal);
    const adopted = step.adopted.find((a) => a.principal === name);
    return {
      ...notice(
        adopted
          ? t.adoptedBy(name, formatDate(adopted.date, ctx.lang), title)
          : t.notAdoptedBy(name, title, deadline),
      ),
      ...about,
    };
  }
  const total = step.adopted.length + step.missing.length;
  // "har alla antagit den?": yes or no first.
  const yesNo = u.yesNo ? `${step.missing.length === 0 ? t.yes : t.no}, ` : '';
  const parts = [
    `${yesNo}${yesNo ? lowerFirst(t.adoptionSummary(title, step.adopted.length, total)) : t.adoptionSummary(title, step.adopted.length, total)}`,
    step.missing.length > 0 ? t.adoptionMissing(list(step.missing, ctx.lang)) : t.adoptionAll,
  ];
  if (deadline)
    parts.push(
      t.adoptionDeadline(deadline, step.overdue || (step.deadline ?? '') < swedishToday(ctx.clock.now())),
    );
  return { ...notice(parts.join(' ')), ...about };
}

/**
 * What was sent on. A council named is where things went ("vad skickades vidare till vfr?"); a
 * network named is where they came from ("vad skickade chnv vidare?"); neither, the one council.
 * A period ("i år", "3 april 2020") keeps to decisions taken then. A yes/no question ("har något
 * skickats vidare i år?") is answered yes or no first.
 */
export function forwardedReply(ctx: AnswerContext, u: Understanding): ReplyBody {
  const t = FACT_TEXTS[ctx.lang];
  const named = u.entities.body ? ctx.data.bodies.find((b) => b.id === u.entities.body) : undefined;
  const councils = ctx.data.bodies.filter((b) => b.kind === 'council').map((b) => b.id);
  const from = named && named.kind !== 'council' ? named.id : undefined;
  const to = named?.kind === 'council' ? named.id : councils.length === 1 ? councils[0] : undefined;
  if (!to && !from) return notice(t.whichBody);
  const { period } = u.entities;
  const meetings = new Map(ctx.data.meetings.map((m) => [m.id, m]));
  const decisions = ctx.data.decisions.filter((d) => {
    if (!d.forwardedToBodyId) return false;
    if (from ? d.bodyId !== from : d.forwardedToBodyId !== to) return false;
    const date = meetings.get(d.meetingId)?.date ?? '';
    return !period || (date >= period.from && date <= period.to);
  });
  const sent = decisions.map((d) => {
    const item = ctx.data.agendaItems.find((i) => i.id === d.itemId);
    const meeting = meetings.get(d.meetingId);
    return `${item?.title ?? d.itemId} (${bodyName(ctx, d.bodyId)} ${meeting ? formatDate(meeting.date, ctx.lang) : ''}, ${ctx.lang === 'sv' ? 'punkt' : 'item'} ${d.itemNumber})`;
  });
  const where = from ? t.fromBody(bodyName(ctx, from)) : bodyName(ctx, to ?? '');
  const when = period ? ` ${periodText(period, ctx.lang)}` : '';
  const yesNo = u.yesNo;
  const meetingIds = [...new Set(decisions.map((d) => d.meetingId))];
  const about = meetingIds.length === 1 ? { meetingId: meetingIds[0] } : {};
  if (sent.length === 0)
    return {
      ...notice(`${yesNo ? `${t.no}, ` : ''}${lowerFirstIf(yesNo, t.noneForwarded(where, when.trim()))}`),
      ...about,
    };
  const destination = from
    ? [...new Set(decisions.map((d) => bodyName(ctx, d.forwardedToBodyId ?? '')))].join(', ')
    : bodyName(ctx, to ?? '');
  const list = sent.join('; ');
  const text = from
    ? t.forwardedFrom(bodyName(ctx, from), destination, list)
    : t.forwarded(destination, list);
  return { ...notice(`${yesNo ? `${t.yes}, ` : ''}${lowerFirstIf(yesNo, text)}`), ...about };
}

function lowerFirstIf(condition: boolean, text: string): string {
  return condition ? lowerFirst(text) : text;
}

function lowerFirst(text: string): string {
  return /^\d/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
