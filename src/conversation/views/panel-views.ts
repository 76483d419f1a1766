import { currentVotesOn, tallyOf, type Choice } from '../../domain/decision.js';
import type { Meeting } from '../../domain/meeting.js';
import type { SamradData } from '../../domain/samrad-data.js';

/**
 * What the meeting panel shows, as JSON: the meeting, its agenda and its decisions with their
 * tallies and the viewer's own vote. Drawn from the same records as the chat's cards, so the panel
 * and the chat show one tally.
 */
export interface PanelDecision {
  id: string;
  itemNumber: number;
  status: 'open' | 'closed';
  tally: Record<Choice, number>;
  myVote: Choice | null;
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
  };
  items: { number: number; title: string; kind: string; presenter: string | null; attachments: number[] }[];
  decisions: PanelDecision[];
}

export function panelDecision(
  data: SamradData,
  decisionId: string,
  personId: string | null,
): PanelDecision | null {
  const decision = data.decisions.find((d) => d.id === decisionId);
  if (!decision) return null;
  const current = currentVotesOn(data, decision.id);
  const mine = personId ? [...current.values()].find((v) => v.personId === personId) : undefined;
  return {
    id: decision.id,
    itemNumber: decision.itemNumber,
    status: decision.status === 'open' ? 'open' : 'closed',
    tally: tallyOf(current.values()),
    myVote: mine?.choice ?? null,
  };
}

export function panelMeeting(data: SamradData, meeting: Meeting, personId: string | null): PanelMeeting {
  return {
    meeting: {
      id: meeting.id,
      body: meeting.bodyId,
      bodyName: data.bodies.find((b) => b.id === meeting.bodyId)?.name ?? meeting.bodyId,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: meeting.place,
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
    decisions: data.decisions
      .filter((d) => d.meetingId === meeting.id)
      .sort((a, b) => a.itemNumber - b.itemNumber)
      .map((d) => panelDecision(data, d.id, personId))
      .filter((d): d is PanelDecision => d !== null),
  };
}
