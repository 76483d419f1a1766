import { agendaItemId, type AgendaItem } from '../domain/agenda-item.js';
import { findBody } from '../domain/body.js';
import { addDays, swedishToday } from '../domain/calendar-date.js';
import { conditionIn, forwardedToIn, isRecommendation } from '../domain/decision-clauses.js';
import {
  currentVotes,
  mayVote,
  type Choice,
  type Decision,
  type Outcome,
  type Vote,
} from '../domain/decision.js';
import { compareMeetings, type Meeting } from '../domain/meeting.js';
import type { SamradData } from '../domain/samrad-data.js';
import { uniqueId } from '../domain/text.js';
import { SamradError } from '../errors/samrad-error.js';
import { recordAudit } from './audit.js';
import { chairsOrSecretaries, currentOrNextMeeting, seatIn } from './body-roles.js';
import { appointFromRound } from './nominations.js';
import { requireBody, requireMeeting } from './lookups.js';
import type { Clock, SamradStore } from './ports.js';

/**
 * Decisions in a meeting: opening one on an agenda item, the members' votes, closing it with an
 * outcome, and what follows (a tabled item moves on, a forwarded decision becomes an item at the
 * receiving body, a recommendation gets its adoptions tracked). Every rule is checked against the
 * store, never against what a card sent back.
 */
const ADOPTION_PERIOD_DAYS = 90;

function requireDecision(data: SamradData, id: string): Decision {
  const decision = data.decisions.find((d) => d.id === id);
  if (!decision) throw new SamradError('decision.unknown', { decision: id });
  return decision;
}

function requireChair(data: SamradData, personId: string, bodyId: string): void {
  if (!chairsOrSecretaries(data, personId, bodyId)) {
    throw new SamradError('decision.not-chair', { body: requireBody(data, bodyId).name });
  }
}

export interface OpenDecisionInput {
  personId: string;
  bodyId: string;
  itemNumber: number;
  meetingId?: string;
  anonymous?: boolean;
  allowSubstitutes?: boolean;
}

/**
 * Opens the decision on an item. Opening an item that is already open returns that decision, so a
 * repeated command posts the same card again rather than starting a second vote.
 */
export async function openDecision(
  store: SamradStore,
  clock: Clock,
  input: OpenDecisionInput,
): Promise<Decision> {
  return store.update((draft) => {
    const body = requireBody(draft, input.bodyId);
    requireChair(draft, input.personId, body.id);
    const meeting = input.meetingId
      ? requireMeeting(draft, input.meetingId)
      : currentOrNextMeeting(draft, clock, body.id);
    if (!meeting) throw new SamradError('decision.no-meeting', { body: body.name });
    const item = draft.agendaItems.find((i) => i.meetingId === meeting.id && i.number === input.itemNumber);
    if (!item) throw new SamradError('decision.no-item', { meeting: meeting.id, number: input.itemNumber });
    const existing = draft.decisions.find((d) => d.itemId === item.id);
    if (existing?.status === 'open') return existing;
    if (existing) throw new SamradError('decision.already-closed', { number: item.number });
    const decision: Decision = {
      id: uniqueId(`${item.id}-beslut`, (id) => draft.decisions.some((d) => d.id === id)),
      meetingId: meeting.id,
      itemId: item.id,
      itemNumber: item.number,
      bodyId: body.id,
      status: 'open',
      openedAt: clock.now().toISOString(),
      openedBy: input.personId,
      proposal: [...item.proposal],
      anonymous: input.anonymous ?? false,
      allowSubstitutes: input.allowSubstitutes ?? false,
      closedAt: null,
      closedBy: null,
      outcome: null,
      amendment: null,
      adoptedClauses: [],
      conditions: item.proposal.map(conditionIn).filter((c): c is string => c !== null),
      conditionStatus: 'none',
      forwardedToBodyId: null,
      forwardedItemId: null,
      tabledToItemId: null,
      recommendation: false,
      adoptionDeadline: null,
    };
    draft.decisions.push(decision);
    recordAudit(draft, clock, input.personId, 'decision.opened', decision.id, { item: item.id });
    return decision;
  });
}

export interface VoteResult {
  decision: Decision;
  /** The member's current vote after this click. */
  vote: Vote;
  /** False when the click repeated the member's current vote (a double click or a platform retry). */
  changed: boolean;
}

/**
 * Records a member's vote. A click that repeats the current vote changes nothing, so a double
 * click or a retried request never counts twice; a different choice replaces the vote and is kept
 * in the history.
 */
export async function castVote(
  store: SamradStore,
  clock: Clock,
  input: { decisionId: string; personId: string; choice: Choice },
): Promise<VoteResult> {
  const check = (data: SamradData) => {
    const decision = requireDecision(data, input.decisionId);
    const body = requireBody(data, decision.bodyId);
    const seat = seatIn(data, input.personId, decision.bodyId);
    if (!seat) throw new SamradError('vote.not-member', { body: body.name });
    if (!mayVote(seat.role, decision.allowSubstitutes))
      throw new SamradError('vote.not-allowed', { role: seat.role, body: body.name });
    if (decision.status !== 'open') throw new SamradError('vote.closed', { decision: decision.id });
    return { decision, seat };
  };
  // A repeated click is answered without a write: nothing changes.
  const { decision, seat } = check(store.read());
  const current = currentVotes(store.read().votes, decision.id).get(seat.id);
  if (current?.choice === input.choice) return { decision, vote: current, changed: false };
  return store.update((draft) => {
    const { decision: fresh, seat: freshSeat } = check(draft);
    const previous = currentVotes(draft.votes, fresh.id).get(freshSeat.id);
    if (previous?.choice === input.choice) return { decision: fresh, vote: previous, changed: false };
    const vote: Vote = {
      id: String(draft.votes.length + 1),
      decisionId: fresh.id,
      membershipId: freshSeat.id,
      personId: input.personId,
      principalId: freshSeat.principalId,
      choice: input.choice,
      at: clock.now().toISOString(),
      previous: previous?.choice ?? null,
    };
    draft.votes.push(vote);
    recordAudit(draft, clock, input.personId, previous ? 'vote.changed' : 'vote.cast', fresh.id, {
      choice: input.choice,
      previous: previous?.choice ?? null,
    });
    return { decision: fresh, vote, changed: true };
  });
}

/** The item's clauses as "att"-sentences, from an amendment written in free text. */
function amendedClauses(amendment: string, proposal: readonly string[]): string[] {
  const clauses = amendment
    .split(/\n+|(?=\batt\s)/i)
    .map((c) => c.trim())
    .filter((c) => /^att\s/i.test(c));
  return clauses.length > 0 ? clauses : [...proposal, amendment.trim()];
}

function nextMeetingAfter(data: SamradData, bodyId: string, date: string): Meeting | undefined {
  return data.meetings
    .filter((m) => m.bodyId === bodyId && m.date > date && m.status !== 'cancelled')
    .sort(compareMeetings)[0];
}

function addItem(
  draft: SamradData,
  meeting: Meeting,
  item: Omit<AgendaItem, 'id' | 'meetingId' | 'number'>,
): AgendaItem {
  const number =
    Math.max(0, ...draft.agendaItems.filter((i) => i.meetingId === meeting.id).map((i) => i.number)) + 1;
  const created: AgendaItem = {
    ...item,
    id: agendaItemId(meeting.id, number),
    meetingId: meeting.id,
    number,
  };
  draft.agendaItems.push(created);
  return created;
}

export interface CloseDecisionInput {
  decisionId: string;
  personId: string;
  outcome: Outcome;
  amendment?: string;
}

/**
 * Closes a decision with its outcome and carries out what follows from it: a tabled item moves to
 * the body's next meeting, a forwarded decision becomes an item on the receiving body's next
 * meeting, a condition is left pending, a recommendation to the principals gets a deadline for
 * their adoptions.
 */
export async function closeDecision(
  store: SamradStore,
  clock: Clock,
  input: CloseDecisionInput,
): Promise<Decision> {
  return store.update((draft) => {
    const decision = requireDecision(draft, input.decisionId);
    requireChair(draft, input.personId, decision.bodyId);
    if (decision.status === 'closed')
      throw new SamradError('decision.already-closed', { number: decision.itemNumber });
    const amendment = input.amendment?.trim() ?? '';
    if (input.outcome === 'adopted-with-amendment' && amendment === '')
      throw new SamradError('decision.amendment-required');
    const item = draft.agendaItems.find((i) => i.id === decision.itemId);
    const meeting = requireMeeting(draft, decision.meetingId);
    const body = requireBody(draft, decision.bodyId);
    const now = clock.now();

    decision.status = 'closed';
    decision.closedAt = now.toISOString();
    decision.closedBy = input.personId;
    decision.outcome = input.outcome;
    decision.amendment = input.outcome === 'adopted-with-amendment' ? amendment : null;
    const adopted = input.outcome === 'adopted' || input.outcome === 'adopted-with-amendment';
    decision.adoptedClauses =
      input.outcome === 'adopted'
        ? [...decision.proposal]
        : adopted
          ? amendedClauses(amendment, decision.proposal)
          : [];
    if (item) item.decision = [...decision.adoptedClauses];

    if (adopted) {
      decision.conditions = decision.adoptedClauses.map(conditionIn).filter((c): c is string => c !== null);
      decision.conditionStatus = decision.conditions.length > 0 ? 'pending' : 'none';
      decision.recommendation = decision.adoptedClauses.some(isRecommendation);
      decision.adoptionDeadline = decision.recommendation
        ? addDays(swedishToday(now), ADOPTION_PERIOD_DAYS)
        : null;
      const forwardName = decision.adoptedClauses.map(forwardedToIn).find((n): n is string => n !== null);
      const receiver = forwardName ? findBody(draft.bodies, forwardName) : undefined;
      const receivingMeeting = receiver ? nextMeetingAfter(draft, receiver.id, meeting.date) : undefined;
      if (receiver && item) {
        decision.forwardedToBodyId = receiver.id;
        if (receivingMeeting) {
          decision.forwardedItemId = addItem(draft, receivingMeeting, {
            title: item.title,
            kind: 'decision',
            presenter: item.presenter,
            presenterOrganisation: item.presenterOrganisation,
            attachments: item.attachments,
            note: null,
            background: `${body.name} beslutade ${meeting.date} (punkt ${item.number}) och skickade ärendet vidare för ${receiver.name}s ställningstagande:\n${decision.adoptedClauses.join('\n')}`,
            proposal: [`att rekommendera huvudmännen att ställa sig bakom ${body.name}s beslut.`],
            decision: [],
          }).id;
        }
      }
    }
    if (adopted) appointFromRound(draft, clock, input.personId, decision.itemId);
    if (input.outcome === 'tabled' && item) {
      const later = nextMeetingAfter(draft, decision.bodyId, meeting.date);
      if (later) {
        const { id: _id, meetingId: _m, number: _n, decision: _d, ...rest } = item;
        decision.tabledToItemId = addItem(draft, later, { ...rest, decision: [] }).id;
      }
    }
    recordAudit(draft, clock, input.personId, 'decision.closed', decision.id, {
      outcome: input.outcome,
      forwardedItemId: decision.forwardedItemId,
      tabledToItemId: decision.tabledToItemId,
    });
    return decision;
  });
}

/** A member records dissent (reservation) with a reason. */
export async function recordDissent(
  store: SamradStore,
  clock: Clock,
  input: { decisionId: string; personId: string; reason: string },
): Promise<void> {
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 2000) throw new SamradError('input.invalid', { detail: 'reason' });
  await store.update((draft) => {
    const decision = requireDecision(draft, input.decisionId);
    const body = requireBody(draft, decision.bodyId);
    if (!seatIn(draft, input.personId, decision.bodyId))
      throw new SamradError('vote.not-member', { body: body.name });
    draft.dissents = draft.dissents.filter(
      (d) => !(d.decisionId === decision.id && d.personId === input.personId),
    );
    draft.dissents.push({
      id: uniqueId(`${decision.id}-reservation-${input.personId}`, (id) =>
        draft.dissents.some((d) => d.id === id),
      ),
      decisionId: decision.id,
      personId: input.personId,
      reason,
      at: clock.now().toISOString(),
    });
    recordAudit(draft, clock, input.personId, 'decision.dissent-recorded', decision.id, { reason });
  });
}

/** Records that a principal has adopted a recommendation in its own organisation. */
export async function recordAdoption(
  store: SamradStore,
  clock: Clock,
  actor: string,
  input: { decisionId: string; principalId: string; date: string; adoptedBy?: string },
): Promise<void> {
  await store.update((draft) => {
    const decision = requireDecision(draft, input.decisionId);
    if (!decision.recommendation)
      throw new SamradError('decision.not-recommendation', { decision: decision.id });
    draft.adoptions = draft.adoptions.filter(
      (a) => !(a.decisionId === decision.id && a.principalId === input.principalId),
    );
    draft.adoptions.push({
      id: `${decision.id}-${input.principalId}`,
      decisionId: decision.id,
      principalId: input.principalId,
      date: input.date,
      adoptedBy: input.adoptedBy?.trim() || null,
      recordedAt: clock.now().toISOString(),
    });
    recordAudit(draft, clock, actor, 'decision.adoption-recorded', decision.id, {
      principal: input.principalId,
      date: input.date,
    });
  });
}

/** Records whether the condition of a conditional decision was met. */
export async function recordCondition(
  store: SamradStore,
  clock: Clock,
  actor: string,
  input: { decisionId: string; met: boolean },
): Promise<Decision> {
  return store.update((draft) => {
    const decision = requireDecision(draft, input.decisionId);
    if (decision.conditions.length === 0 || decision.conditionStatus === 'none') {
      throw new SamradError('decision.no-condition', { decision: decision.id });
    }
    decision.conditionStatus = input.met ? 'met' : 'failed';
    recordAudit(draft, clock, actor, 'decision.condition-recorded', decision.id, { met: input.met });
    return decision;
  });
}

/** Sets the date by which the principals should have adopted a recommendation. */
export async function setAdoptionDeadline(
  store: SamradStore,
  clock: Clock,
  actor: string,
  input: { decisionId: string; date: string },
): Promise<void> {
  await store.update((draft) => {
    const decision = requireDecision(draft, input.decisionId);
    if (!decision.recommendation)
      throw new SamradError('decision.not-recommendation', { decision: decision.id });
    decision.adoptionDeadline = input.date;
    recordAudit(draft, clock, actor, 'decision.deadline-set', decision.id, { date: input.date });
  });
}

export { requireDecision };
