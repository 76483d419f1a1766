import { recordByKey, recordsWhere } from '../../domain/data-index.js';
import { currentVotesOn, mayVote, tallyOf, type Choice, type Outcome } from '../../domain/decision.js';
import type { Meeting } from '../../domain/meeting.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { chairsOrSecretaries, seatIn } from '../../services/body-roles.js';
import { currentRound, groupOverview } from '../../services/nominations.js';
import { decisionRecord } from '../../services/decision-records.js';

/**
 * What the meeting panel shows, as JSON: the meeting, its agenda and its decisions with their
 * tallies and the viewer's own vote, the viewer's rights, and the nomination rounds they may
 * nominate in. Drawn from the same records as the chat's cards, so the panel and the chat show
 * one tally. The fields come first; the rest extends them.
 */
export interface PanelDecision {
  id: string;
  itemNumber: number;
  status: 'open' | 'closed';
  tally: Record<Choice, number>;
  myVote: Choice | null;
  /** The item's title, and the clauses put to the vote. */
  title: string;
  proposal: string[];
  outcome: Outcome | null;
  amendment: string | null;
  /** How many have voted, of how many who may. */
  voted: number;
  eligible: number;
  /** What the viewer may do with it. */
  canVote: boolean;
  canClose: boolean;
  openedAt: string;
  closedAt: string | null;
  /**
   * Grows with every change of the decision (each vote, the close): of two answers about it, the
   * one with the higher version is the newer, whichever arrived last.
   */
  version: number;
}

export interface PanelNominationRound {
  groupId: string;
  groupName: string;
  deadline: string;
  seats: Record<'municipalities' | 'region', { total: number; filled: number }>;
  /** The principals the viewer may nominate for: their own, or all for the chair and secretary. */
  principals: { id: string; name: string; side: 'municipalities' | 'region' }[];
}

export interface PanelMeeting {
  meeting: {
    id: string;
    /** The body's id; `bodyName` its name. */
    body: string;
    bodyName: string;
    date: string;
    startTime: string;
    endTime: string | null;
    place: string | null;
    documentsUrl: string | null;
    cancelled: boolean;
  };
  items: { number: number; title: string; kind: string; presenter: string | null; attachments: number[] }[];
  decisions: PanelDecision[];
  /** The item being dealt with: the one with an open decision, when there is one. */
  currentItem: number | null;
  /** Who the panel is showing this to, and whether they chair the meeting's body. */
  me: { id: string; name: string; chairs: boolean };
  nominationRounds: PanelNominationRound[];
}

/** What every viewer of a decision sees alike, worked out once per version of the record. */
interface SharedDecision {
  decision: SamradData['decisions'][number];
  current: ReturnType<typeof currentVotesOn>;
  tally: Record<Choice, number>;
  title: string;
  eligible: number;
  version: number;
}
/** The last shared parts worked out per decision, with the state they were worked out for. */
const sharedParts = new Map<string, { key: string; shared: SharedDecision }>();
const MAX_SHARED = 500;

function sharedDecision(data: SamradData, decisionId: string): SharedDecision | null {
  const decision = recordByKey(data, 'decisions', 'id', decisionId);
  if (!decision) return null;
  // Votes are only ever added, and none after the close: their number and the close count every
  // change (the version), and with the roster's size they say whether the parts worked out last are
  // still this decision's. One vote reaching many open panels is counted once.
  const version =
    recordsWhere(data, 'votes', 'decisionId', decisionId).length + (decision.status === 'open' ? 0 : 1);
  const key = [version, decision.outcome, data.memberships.length].join('|');
  const known = sharedParts.get(decisionId);
  if (known?.key === key && known.shared.decision === decision) return known.shared;
  const current = currentVotesOn(data, decision.id);
  const shared = {
    decision,
    current,
    tally: tallyOf(current.values()),
    title: data.agendaItems.find((i) => i.id === decision.itemId)?.title ?? '',
    eligible: decisionRecord(data, decision.id).eligibleVoters,
    version,
  };
  if (sharedParts.size >= MAX_SHARED) sharedParts.clear();
  sharedParts.set(decisionId, { key, shared });
  return shared;
}

export function panelDecision(
  data: SamradData,
  decisionId: string,
  personId: string | null,
): PanelDecision | null {
  const shared = sharedDecision(data, decisionId);
  if (!shared) return null;
  const { decision, current } = shared;
  const mine = personId ? [...current.values()].find((v) => v.personId === personId) : undefined;
  const seat = personId ? seatIn(data, personId, decision.bodyId) : undefined;
  const open = decision.status === 'open';
  return {
    id: decision.id,
    itemNumber: decision.itemNumber,
    status: open ? 'open' : 'closed',
    tally: { ...shared.tally },
    myVote: mine?.choice ?? null,
    title: shared.title,
    proposal: decision.proposal,
    outcome: decision.outcome,
    amendment: decision.amendment,
    voted: current.size,
    eligible: shared.eligible,
    canVote: open && !!seat && mayVote(seat.role, decision.allowSubstitutes),
    canClose: open && !!personId && chairsOrSecretaries(data, personId, decision.bodyId),
    openedAt: decision.openedAt,
    closedAt: decision.closedAt,
    version: shared.version,
  };
}

/** The open rounds of groups run by a body the viewer sits in: the ones they may nominate in. */
export function nominationRoundsFor(data: SamradData, personId: string): PanelNominationRound[] {
  return data.workingGroups.flatMap((group) => {
    const round = currentRound(data, group.id);
    if (round?.status !== 'open') return [];
    const seats = data.memberships.filter((m) => m.personId === personId && m.bodyId === group.bodyId);
    if (seats.length === 0) return [];
    const all = chairsOrSecretaries(data, personId, group.bodyId);
    // The seats filled as the chat's overview counts them (ordinary seats).
    const overview = groupOverview(data, group.id);
    return [
      {
        groupId: group.id,
        groupName: overview.body.name,
        deadline: round.deadline,
        seats: {
          municipalities: {
            total: overview.seats.municipalities.total,
            filled: overview.seats.municipalities.filled,
          },
          region: { total: overview.seats.region.total, filled: overview.seats.region.filled },
        },
        principals: data.principals
          .filter((p) => all || seats.some((s) => s.principalId === p.id))
          .map((p) => ({
            id: p.id,
            name: p.name,
            side: p.kind === 'region' ? ('region' as const) : ('municipalities' as const),
          })),
      },
    ];
  });
}

export function panelMeeting(data: SamradData, meeting: Meeting, personId: string): PanelMeeting {
  const decisions = data.decisions
    .filter((d) => d.meetingId === meeting.id)
    .sort((a, b) => a.itemNumber - b.itemNumber || a.openedAt.localeCompare(b.openedAt))
    .map((d) => panelDecision(data, d.id, personId))
    .filter((d): d is PanelDecision => d !== null);
  return {
    meeting: {
      id: meeting.id,
      body: meeting.bodyId,
      bodyName: data.bodies.find((b) => b.id === meeting.bodyId)?.name ?? meeting.bodyId,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: meeting.place,
      documentsUrl: meeting.documentsUrl,
      cancelled: meeting.status === 'cancelled',
    },
    items: data.agendaItems
      .filter((i) => i.meetingId === meeting.id)
      .sort((a, b) => a.number - b.number)
      .map((i) => ({
        number: i.number,
        title: i.title,
        kind: i.kind,
        presenter: i.presenter,
        attachments: i.attachments,
      })),
    decisions,
    currentItem: decisions.find((d) => d.status === 'open')?.itemNumber ?? null,
    me: {
      id: personId,
      name: data.people.find((p) => p.id === personId)?.name ?? personId,
      chairs: chairsOrSecretaries(data, personId, meeting.bodyId),
    },
    nominationRounds: nominationRoundsFor(data, personId),
  };
}
