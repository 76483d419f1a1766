import type { AgendaItem } from '../domain/agenda-item.js';
import type { Body } from '../domain/body.js';
import {
  currentVotes,
  tallyOf,
  emptyTally,
  type Choice,
  type Decision,
  type Tally,
  type Vote,
} from '../domain/decision.js';
import type { Meeting } from '../domain/meeting.js';
import type { SamradData } from '../domain/samrad-data.js';
import { mayVote } from '../domain/decision.js';
import { requireDecision } from './decisions.js';

/** Decisions as the record keeps them: who voted what, every change, the journey that followed. */
export interface VoteRecord {
  memberId: string;
  name: string;
  principal: string;
  side: 'municipalities' | 'region';
  choice: Choice;
  previous: Choice | null;
  at: string;
}

export interface DecisionRecord {
  decision: Decision;
  item: AgendaItem | undefined;
  meeting: Meeting | undefined;
  body: Body | undefined;
  tally: Tally;
  /** The tally per side: the networks work with two principals. */
  tallyBySide: { municipalities: Tally; region: Tally };
  /** Each member's current vote. */
  votes: VoteRecord[];
  /** Every vote and change, in order. */
  history: VoteRecord[];
  /** Members on the roster who may vote in this decision. */
  eligibleVoters: number;
  dissents: { name: string; reason: string; at: string }[];
}

function voteRecord(data: SamradData, vote: Vote): VoteRecord {
  const principal = data.principals.find((p) => p.id === vote.principalId);
  return {
    memberId: vote.membershipId,
    name: data.people.find((p) => p.id === vote.personId)?.name ?? vote.personId,
    principal: principal?.name ?? vote.principalId,
    side: principal?.kind === 'region' ? 'region' : 'municipalities',
    choice: vote.choice,
    previous: vote.previous,
    at: vote.at,
  };
}

export function decisionRecord(data: SamradData, decisionId: string): DecisionRecord {
  const decision = requireDecision(data, decisionId);
  const current = [...currentVotes(data.votes, decision.id).values()];
  const votes = current.map((v) => voteRecord(data, v));
  const bySide = { municipalities: emptyTally(), region: emptyTally() };
  for (const vote of votes) bySide[vote.side][vote.choice] += 1;
  return {
    decision,
    item: data.agendaItems.find((i) => i.id === decision.itemId),
    meeting: data.meetings.find((m) => m.id === decision.meetingId),
    body: data.bodies.find((b) => b.id === decision.bodyId),
    tally: tallyOf(current),
    tallyBySide: bySide,
    votes: votes.sort((a, b) => a.name.localeCompare(b.name, 'sv', { numeric: true })),
    history: data.votes.filter((v) => v.decisionId === decision.id).map((v) => voteRecord(data, v)),
    eligibleVoters: data.memberships.filter(
      (m) => m.bodyId === decision.bodyId && mayVote(m.role, decision.allowSubstitutes),
    ).length,
    dissents: data.dissents
      .filter((d) => d.decisionId === decision.id)
      .map((d) => ({
        name: data.people.find((p) => p.id === d.personId)?.name ?? d.personId,
        reason: d.reason,
        at: d.at,
      })),
  };
}

/** Decisions, of one meeting or all, in meeting and item order. */
export function listDecisions(data: SamradData, meetingId?: string): Decision[] {
  const dateOf = (d: Decision) => data.meetings.find((m) => m.id === d.meetingId)?.date ?? '';
  return data.decisions
    .filter((d) => !meetingId || d.meetingId === meetingId)
    .sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.itemNumber - b.itemNumber);
}

/** The contract of `samrad decision show --json`. */
export function decisionJson(record: DecisionRecord) {
  const { decision } = record;
  const strip = ({ side: _side, previous: _previous, ...vote }: VoteRecord) => vote;
  return {
    id: decision.id,
    meetingId: decision.meetingId,
    itemNumber: decision.itemNumber,
    itemTitle: record.item?.title ?? null,
    body: decision.bodyId,
    status: decision.status,
    outcome: decision.outcome,
    anonymous: decision.anonymous,
    tally: record.tally,
    tallyBySide: record.tallyBySide,
    votes: record.votes.map(strip),
    history: record.history.map((v) => ({ ...strip(v), previous: v.previous })),
    proposal: decision.proposal,
    adoptedClauses: decision.adoptedClauses,
    amendment: decision.amendment,
    openedAt: decision.openedAt,
    openedBy: decision.openedBy,
    closedAt: decision.closedAt,
    closedBy: decision.closedBy,
    conditions: decision.conditions,
    conditionStatus: decision.conditionStatus,
    forwardedToBodyId: decision.forwardedToBodyId,
    forwardedItemId: decision.forwardedItemId,
    tabledToItemId: decision.tabledToItemId,
    recommendation: decision.recommendation,
    adoptionDeadline: decision.adoptionDeadline,
    dissents: record.dissents,
  };
}
