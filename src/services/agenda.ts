import type { AgendaItem } from '../domain/agenda-item.js';
import type { Body } from '../domain/body.js';
import type { Meeting } from '../domain/meeting.js';
import type { SamradData } from '../domain/samrad-data.js';
import { requireMeeting } from './lookups.js';
import { nextMeeting } from './meetings.js';
import type { Clock } from './ports.js';

export interface MeetingAgenda {
  meeting: Meeting;
  body: Body;
  items: AgendaItem[];
}

/** A meeting with its body and its items in order. */
export function agendaOf(data: SamradData, meeting: Meeting): MeetingAgenda {
  const body = data.bodies.find((b) => b.id === meeting.bodyId);
  if (!body) throw new Error(`meeting ${meeting.id} refers to a missing body`); // the schema prevents this
  const items = data.agendaItems
    .filter((i) => i.meetingId === meeting.id)
    .sort((a, b) => a.number - b.number);
  return { meeting, body, items };
}

/** The agenda of a named meeting, or of the next meeting (of a body, or of any). */
export function showAgenda(
  data: SamradData,
  clock: Clock,
  which: { meeting: string } | { next: true; body?: string },
): MeetingAgenda {
  const meeting =
    'meeting' in which ? requireMeeting(data, which.meeting) : nextMeeting(data, clock, which.body);
  return agendaOf(data, meeting);
}
