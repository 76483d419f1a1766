import { swedishToday } from '../domain/calendar-date.js';
import { compareMeetings, type Meeting } from '../domain/meeting.js';
import type { Membership } from '../domain/membership.js';
import type { SamradData } from '../domain/samrad-data.js';
import type { Clock } from './ports.js';

/** Who holds which seat in a body, and which meeting a body is deciding at. */
/** The person's seat in a body, if any (their strongest role if they hold several). */
export function seatIn(data: SamradData, personId: string, bodyId: string): Membership | undefined {
  const order = ['chair', 'secretary', 'member', 'substitute', 'observer'];
  return data.memberships
    .filter((m) => m.personId === personId && m.bodyId === bodyId)
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))[0];
}

export function chairsOrSecretaries(data: SamradData, personId: string, bodyId: string): boolean {
  const role = seatIn(data, personId, bodyId)?.role;
  return role === 'chair' || role === 'secretary';
}

/**
 * The body's meeting today, else its next one: the meeting decisions are taken at. Today's meeting
 * counts all day, since meetings run over and decisions are sometimes taken just after.
 */
export function currentOrNextMeeting(data: SamradData, clock: Clock, bodyId: string): Meeting | undefined {
  const today = swedishToday(clock.now());
  return data.meetings
    .filter((m) => m.bodyId === bodyId && m.status !== 'cancelled' && m.date >= today)
    .sort(compareMeetings)[0];
}
