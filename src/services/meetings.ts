import { IsoDateSchema, TimeOfDaySchema, swedishTimeOfDay, swedishToday } from '../domain/calendar-date.js';
import {
  compareMeetings,
  findNextMeeting,
  meetingIdFor,
  upcomingMeetings,
  type Meeting,
} from '../domain/meeting.js';
import type { SamradData } from '../domain/samrad-data.js';
import { uniqueId } from '../domain/text.js';
import { SamradError } from '../errors/samrad-error.js';
import { recordAudit } from './audit.js';
import { requireBody, requireMeeting } from './lookups.js';
import type { Actor, Clock, SamradStore } from './ports.js';

export interface AddMeetingInput {
  body: string;
  date: string;
  startTime: string;
  endTime?: string;
  place?: string;
  documentsUrl?: string;
  joinUrl?: string;
}

export function checkDate(value: string): string {
  if (!IsoDateSchema.safeParse(value).success) throw new SamradError('input.bad-date', { value });
  return value;
}

export function checkTime(value: string): string {
  const normalised = /^\d:\d\d$/.test(value) ? `0${value}` : value;
  if (!TimeOfDaySchema.safeParse(normalised).success) throw new SamradError('input.bad-time', { value });
  return normalised;
}

function checkUrl(value: string | undefined, field: string): string | null {
  if (!value) return null;
  try {
    return new URL(value).toString();
  } catch {
    throw new SamradError('input.invalid', { detail: `${field}: "${value}"` });
  }
}

/** The status a meeting gets when it is put in the calendar: a past date has been held. */
function initialStatus(date: string, clock: Clock): Meeting['status'] {
  return date < swedishToday(clock.now()) ? 'held' : 'planned';
}

export async function addMeeting(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: AddMeetingInput,
): Promise<Meeting> {
  const date = checkDate(input.date);
  const startTime = checkTime(input.startTime);
  const endTime = input.endTime ? checkTime(input.endTime) : null;
  if (endTime !== null && endTime <= startTime) {
    throw new SamradError('input.bad-time', { value: input.endTime });
  }
  const documentsUrl = checkUrl(input.documentsUrl, 'documents');
  const joinUrl = checkUrl(input.joinUrl, 'join-url');
  return store.update((draft) => {
    const body = requireBody(draft.data, input.body);
    const same = draft.data.meetings.find(
      (m) => m.bodyId === body.id && m.date === date && m.startTime === startTime,
    );
    if (same) throw new SamradError('meeting.exists', { meeting: same.id });
    const meeting: Meeting = {
      id: uniqueId(meetingIdFor(body.id, date), (id) => draft.data.meetings.some((m) => m.id === id)),
      bodyId: body.id,
      date,
      startTime,
      endTime,
      place: input.place?.trim() || null,
      documentsUrl,
      joinUrl,
      status: initialStatus(date, clock),
      cancelledReason: null,
    };
    draft.insert('meetings', meeting);
    recordAudit(draft, clock, actor, 'meeting.added', meeting.id, { body: body.id, date });
    return meeting;
  });
}

export async function cancelMeeting(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: { meeting: string; reason?: string },
): Promise<Meeting> {
  return store.update((draft) => {
    const current = requireMeeting(draft.data, input.meeting);
    if (current.status === 'cancelled')
      throw new SamradError('meeting.already-cancelled', { meeting: current.id });
    const meeting = draft.update('meetings', current.id, (m) => {
      m.status = 'cancelled';
      m.cancelledReason = input.reason?.trim() || null;
    });
    recordAudit(draft, clock, actor, 'meeting.cancelled', meeting.id, { reason: meeting.cancelledReason });
    return meeting;
  });
}

export interface ListMeetingsInput {
  body?: string;
  /** List past meetings too. */
  all?: boolean;
}

/** The calendar: coming meetings (cancelled ones marked by their status), or all with `all`. */
export function listMeetings(data: SamradData, clock: Clock, input: ListMeetingsInput = {}): Meeting[] {
  const bodyId = input.body ? requireBody(data, input.body).id : undefined;
  if (input.all) return data.meetings.filter((m) => !bodyId || m.bodyId === bodyId).sort(compareMeetings);
  return upcomingMeetings(data.meetings, swedishToday(clock.now()), bodyId);
}

/** The next meeting that will take place, of one body or of any. */
export function nextMeeting(data: SamradData, clock: Clock, body?: string): Meeting {
  const bodyRecord = body ? requireBody(data, body) : undefined;
  const now = clock.now();
  const next = findNextMeeting(data.meetings, swedishToday(now), swedishTimeOfDay(now), bodyRecord?.id);
  if (!next) throw new SamradError('meeting.none-coming', { body: bodyRecord?.name });
  return next;
}
