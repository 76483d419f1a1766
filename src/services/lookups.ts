import { findBody, type Body } from '../domain/body.js';
import type { Meeting } from '../domain/meeting.js';
import { findPrincipal, type Principal } from '../domain/principal.js';
import type { SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';

/** Lookups that every use case needs, failing with the error a person should read. */
export function requireBody(data: SamradData, typed: string): Body {
  const body = findBody(data.bodies, typed);
  if (!body) throw new SamradError('input.unknown-body', { body: typed });
  return body;
}

export function requirePrincipal(data: SamradData, typed: string): Principal {
  const principal = findPrincipal(data.principals, typed);
  if (!principal) throw new SamradError('input.unknown-principal', { principal: typed });
  return principal;
}

export function requireMeeting(data: SamradData, id: string): Meeting {
  const meeting = data.meetings.find((m) => m.id === id.trim());
  if (!meeting) throw new SamradError('input.unknown-meeting', { meeting: id });
  return meeting;
}

/** The number after the last item of a meeting's agenda. */
export function nextItemNumber(data: SamradData, meetingId: string): number {
  return Math.max(0, ...data.agendaItems.filter((i) => i.meetingId === meetingId).map((i) => i.number)) + 1;
}
