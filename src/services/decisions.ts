import { agendaItemId, type AgendaItem } from '../domain/agenda-item.js';
import { findBody } from '../domain/body.js';
import { addDays, swedishToday } from '../domain/calendar-date.js';
import { conditionIn, forwardedToIn, isRecommendation } from '../domain/decision-clauses.js';
import {
  currentVotesOn,
  isAdopted,
  mayVote,
  type Choice,
  type Decision,
  type Outcome,
  type Vote,
} from '../domain/decision.js';
import { recordByKey } from '../domain/data-index.js';
import { compareMeetings, type Meeting } from '../domain/meeting.js';
import type { SamradData } from '../domain/samrad-data.js';
import { uniqueId } from '../domain/text.js';
import { SamradError } from '../errors/samrad-error.js';
import { recordAudit } from './audit.js';
import { chairsOrSecretaries, currentOrNextMeeting, seatIn } from './body-roles.js';
import { appointFromRound, moveRoundToItem, noteRoundForwarded } from './nominations.js';
import { nextItemNumber, requireBody, requireMeeting } from './lookups.js';
import { personActor, type Actor, type Clock, type SamradStore, type StoreDraft } from './ports.js';

/**
 * Decisions in a meeting: opening one on an agenda item, the members' votes, closing it with an
 * outcome, and what follows (a tabled item moves on, a forwarded decision becomes an item at the
 * receiving body, a recommendation gets its adoptions tracked). Every rule is checked against the
 * store, never against what a card sent back.
 */
const ADOPTION_PERIOD_DAYS = 90;

function requireDecision(data: SamradData, id: string): Decision {
  const decision = recordByKey(data, 'decisions', 'id', id);
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
    const data = draft.data;
    const body = requireBody(data, input.bodyId);
    requireChair(data, input.personId, body.id);
    const meeting = input.meetingId
      ? requireMeeting(data, input.meetingId)
      : currentOrNextMeeting(data, clock, body.id);
    if (!meeting) throw new SamradError('decision.no-meeting', { body: body.name });
    const item = data.agendaItems.find((i) => i.meetingId === meeting.id && i.number === input.itemNumber);
    // The meeting as members know it ("Chefsnätverket 2026-12-04"), not by its id.
    if (!item)
      throw new SamradError('decision.no-item', {
        meeting: `${body.name} ${meeting.date}`,
        number: input.itemNumber,
      });
    const existing = data.decisions.find((d) => d.itemId === item.id);
    if (existing?.status === 'open') return existing;
    if (existing) throw new SamradError('decision.already-closed', { number: item.number });
    const decision: Decision = {
      id: uniqueId(`${item.id}-beslut`, (id) => data.decisions.some((d) => d.id === id)),
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
    draft.insert('decisions', decision);
    recordAudit(draft, clock, personActor(input.personId), 'decision.opened', decision.id, { item: item.id });
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
  const current = currentVotesOn(store.read(), decision.id).get(seat.id);
  if (current?.choice === input.choice) return { decision, vote: current, changed: false };
  return store.update((draft) => {
    const { decision: fresh, seat: freshSeat } = check(draft.data);
    const previous = currentVotesOn(draft.data, fresh.id).get(freshSeat.id);
    if (previous?.choice === input.choice) return { decision: fresh, vote: previous, changed: false };
    const vote: Vote = {
      id: String(Number(draft.data.votes.at(-1)?.id ?? 0) + 1),
      decisionId: fresh.id,
      membershipId: freshSeat.id,
      personId: input.personId,
      principalId: freshSeat.principalId,
      choice: input.choice,
      at: clock.now().toISOString(),
      previous: previous?.choice ?? null,
    };
    draft.insert('votes', vote);
    // The vote history is the audit of votes (who, when, what, what it replaced): no second copy.
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
  draft: StoreDraft,
  meeting: Meeting,
  item: Omit<AgendaItem, 'id' | 'meetingId' | 'number'>,
): AgendaItem {
  const number = nextItemNumber(draft.data, meeting.id);
  const created: AgendaItem = {
    ...item,
    id: agendaItemId(meeting.id, number),
    meetingId: meeting.id,
    number,
  };
  return draft.insert('agendaItems', created);
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
    const data = draft.data;
    const current = requireDecision(data, input.decisionId);
    requireChair(data, input.personId, current.bodyId);
    if (current.status === 'closed')
      throw new SamradError('decision.already-closed', { number: current.itemNumber });
    const amendment = input.amendment?.trim() ?? '';
    if (input.outcome === 'adopted-with-amendment' && amendment === '')
      throw new SamradError('decision.amendment-required');
    // An amendment written with another outcome would be dropped unseen: the chair is asked which.
    if (input.outcome !== 'adopted-with-amendment' && amendment !== '')
      throw new SamradError('decision.amendment-not-used');
    const item = data.agendaItems.find((i) => i.id === current.itemId);
    const meeting = requireMeeting(data, current.meetingId);
    const body = requireBody(data, current.bodyId);
    const now = clock.now();
    const adopted = isAdopted(input.outcome);
    const adoptedClauses =
      input.outcome === 'adopted'
        ? [...current.proposal]
        : adopted
          ? amendedClauses(amendment, current.proposal)
          : [];

    // What follows from the outcome: a forwarded decision becomes an item at the receiving body, a
    // tabled item moves to the body's next meeting.
    let forwardedToBodyId: string | null = null;
    let forwardedItemId: string | null = null;
    let tabledToItemId: string | null = null;
    if (adopted && item) {
      const forwardName = adoptedClauses.map(forwardedToIn).find((n): n is string => n !== null);
      const receiver = forwardName ? findBody(data.bodies, forwardName) : undefined;
      const receivingMeeting = receiver ? nextMeetingAfter(data, receiver.id, meeting.date) : undefined;
      if (receiver) {
        forwardedToBodyId = receiver.id;
        if (receivingMeeting) {
          forwardedItemId = addItem(draft, receivingMeeting, {
            title: item.title,
            kind: 'decision',
            presenter: item.presenter,
            presenterOrganisation: item.presenterOrganisation,
            attachments: item.attachments,
            note: null,
            background: `${body.name} beslutade ${meeting.date} (punkt ${item.number}) och skickade ärendet vidare för ${receiver.name}s ställningstagande:\n${adoptedClauses.join('\n')}`,
            proposal: [`att rekommendera huvudmännen att ställa sig bakom ${body.name}s beslut.`],
            decision: [],
          }).id;
          noteRoundForwarded(draft, clock, personActor(input.personId), {
            from: item.id,
            to: forwardedItemId,
          });
        }
      }
    }
    if (input.outcome === 'tabled' && item) {
      const later = nextMeetingAfter(data, current.bodyId, meeting.date);
      if (later) {
        const { id: _id, meetingId: _m, number: _n, decision: _d, ...rest } = item;
        tabledToItemId = addItem(draft, later, { ...rest, decision: [] }).id;
        moveRoundToItem(draft, clock, personActor(input.personId), { from: item.id, to: tabledToItemId });
      }
    }
    if (item) draft.update('agendaItems', item.id, (i) => void (i.decision = [...adoptedClauses]));

    const conditions = adopted
      ? adoptedClauses.map(conditionIn).filter((c): c is string => c !== null)
      : current.conditions;
    const recommendation = adopted && adoptedClauses.some(isRecommendation);
    const decision = draft.update('decisions', current.id, (d) => {
      d.status = 'closed';
      d.closedAt = now.toISOString();
      d.closedBy = input.personId;
      d.outcome = input.outcome;
      d.amendment = input.outcome === 'adopted-with-amendment' ? amendment : null;
      d.adoptedClauses = adoptedClauses;
      if (adopted) {
        d.conditions = conditions;
        d.conditionStatus = conditions.length > 0 ? 'pending' : 'none';
        d.recommendation = recommendation;
        d.adoptionDeadline = recommendation ? addDays(swedishToday(now), ADOPTION_PERIOD_DAYS) : null;
        d.forwardedToBodyId = forwardedToBodyId;
        d.forwardedItemId = forwardedItemId;
      }
      d.tabledToItemId = tabledToItemId;
    });
    if (adopted) appointFromRound(draft, clock, personActor(input.personId), decision.itemId);
    recordAudit(draft, clock, personActor(input.personId), 'decision.closed', decision.id, {
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
    const decision = requireDecision(draft.data, input.decisionId);
    const body = requireBody(draft.data, decision.bodyId);
    if (!seatIn(draft.data, input.personId, decision.bodyId))
      throw new SamradError('dissent.not-member', { body: body.name });
    // A member's new reason replaces their earlier one.
    draft.data.dissents
      .filter((d) => d.decisionId === decision.id && d.personId === input.personId)
      .forEach((d) => draft.remove('dissents', d.id));
    draft.insert('dissents', {
      id: uniqueId(`${decision.id}-reservation-${input.personId}`, (id) =>
        draft.data.dissents.some((d) => d.id === id),
      ),
      decisionId: decision.id,
      personId: input.personId,
      reason,
      at: clock.now().toISOString(),
    });
    recordAudit(draft, clock, personActor(input.personId), 'decision.dissent-recorded', decision.id, {
      reason,
    });
  });
}

/** Records that a principal has adopted a recommendation in its own organisation. */
export async function recordAdoption(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: { decisionId: string; principalId: string; date: string; adoptedBy?: string },
): Promise<void> {
  await store.update((draft) => {
    const decision = requireDecision(draft.data, input.decisionId);
    if (!decision.recommendation)
      throw new SamradError('decision.not-recommendation', { decision: decision.id });
    draft.data.adoptions
      .filter((a) => a.decisionId === decision.id && a.principalId === input.principalId)
      .forEach((a) => draft.remove('adoptions', a.id));
    draft.insert('adoptions', {
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
  actor: Actor,
  input: { decisionId: string; met: boolean },
): Promise<Decision> {
  return store.update((draft) => {
    const current = requireDecision(draft.data, input.decisionId);
    if (current.conditions.length === 0 || current.conditionStatus === 'none') {
      throw new SamradError('decision.no-condition', { decision: current.id });
    }
    const decision = draft.update('decisions', current.id, (d) => {
      d.conditionStatus = input.met ? 'met' : 'failed';
    });
    recordAudit(draft, clock, actor, 'decision.condition-recorded', decision.id, { met: input.met });
    return decision;
  });
}

/** Sets the date by which the principals should have adopted a recommendation. */
export async function setAdoptionDeadline(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: { decisionId: string; date: string },
): Promise<void> {
  await store.update((draft) => {
    const decision = requireDecision(draft.data, input.decisionId);
    if (!decision.recommendation)
      throw new SamradError('decision.not-recommendation', { decision: decision.id });
    draft.update('decisions', decision.id, (d) => void (d.adoptionDeadline = input.date));
    recordAudit(draft, clock, actor, 'decision.deadline-set', decision.id, { date: input.date });
  });
}

export { requireDecision };
