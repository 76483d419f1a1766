import type { AgendaItem } from '../domain/agenda-item.js';
import type { Body } from '../domain/body.js';
import {
  currentVotesOn,
  votesOn,
  tallyOf,
  emptyTally,
  type Choice,
  type Decision,
  type Tally,
  type Vote,
} from '../domain/decision.js';
import { recordByKey, recordsWhere } from '../domain/data-index.js';
import { compareSwedish } from '../i18n/format.js';
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
  /** Every vote and change, in order (worked out when read: the cards never need it). */
  readonly history: VoteRecord[];
  /** Members on the roster who may vote in this decision. */
  eligibleVoters: number;
  dissents: { name: string; reason: string; at: string }[];
}

function voteRecord(data: SamradData, vote: Vote): VoteRecord {
  const principal = recordByKey(data, 'principals', 'id', vote.principalId);
  return {
    memberId: vote.membershipId,
    name: recordByKey(data, 'people', 'id', vote.personId)?.name ?? vote.personId,
    principal: principal?.name ?? vote.principalId,
    side: principal?.kind === 'region' ? 'region' : 'municipalities',
    choice: vote.choice,
    previous: vote.previous,
    at: vote.at,
  };
}

export function decisionRecord(data: SamradData, decisionId: string): DecisionRecord {
  const decision = requireDecision(data, decisionId);
  const current = [...currentVotesOn(data, decision.id).values()];
  const votes = current.map((v) => voteRecord(data, v));
  const bySide = { municipalities: emptyTally(), region: emptyTally() };
  for (const vote of votes) bySide[vote.side][vote.choice] += 1;
  return {
    decision,
    item: recordByKey(data, 'agendaItems', 'id', decision.itemId),
    meeting: recordByKey(data, 'meetings', 'id', decision.meetingId),
    body: recordByKey(data, 'bodies', 'id', decision.bodyId),
    tally: tallyOf(current),
    tallyBySide: bySide,
    votes: votes.sort((a, b) => compareSwedish(a.name, b.name)),
    get history() {
      return votesOn(data, decision.id).map((v) => voteRecord(data, v));
    },
    eligibleVoters: recordsWhere(data, 'memberships', 'bodyId', decision.bodyId).filter((m) =>
      mayVote(m.role, decision.allowSubstitutes),
    ).length,
    dissents: recordsWhere(data, 'dissents', 'decisionId', decision.id).map((d) => ({
      name: recordByKey(data, 'people', 'id', d.personId)?.name ?? d.personId,
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
