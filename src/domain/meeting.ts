import { z } from 'zod';
import { IsoDateSchema, TimeOfDaySchema } from './calendar-date.js';

export const MeetingStatusSchema = z.enum(['planned', 'cancelled', 'held']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

export const MeetingSchema = z.strictObject({
  id: z.string().min(1),
  bodyId: z.string().min(1),
  date: IsoDateSchema,
  startTime: TimeOfDaySchema,
  endTime: TimeOfDaySchema.nullable(),
  /** A room, or "SKYPE"/"Teams" for online meetings, as the secretary wrote it. */
  place: z.string().nullable(),
  /** Where the meeting's documents (bilagor) are published. */
  documentsUrl: z.url().nullable(),
  /** A link to join an online meeting, when the agenda gives one. */
  joinUrl: z.url().nullable(),
  status: MeetingStatusSchema,
  cancelledReason: z.string().nullable(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** A readable, stable id for a body's meeting on a date: "chefsnatverket-2020-04-03". */
export function meetingIdFor(bodyId: string, date: string): string {
  return `${bodyId}-${date}`;
}

export function compareMeetings(a: Meeting, b: Meeting): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id);
}

/**
 * The next meeting that will take place: not cancelled, and on a later day, or today and not yet ended.
 * `bodyId` narrows it to one body.
 */
export function findNextMeeting(
  meetings: readonly Meeting[],
  today: string,
  timeNow: string,
  bodyId?: string,
): Meeting | undefined {
  return meetings
    .filter((m) => m.status !== 'cancelled' && (bodyId === undefined || m.bodyId === bodyId))
    .filter((m) => m.date > today || (m.date === today && (m.endTime ?? m.startTime) > timeNow))
    .sort(compareMeetings)[0];
}

/** Meetings from a date on (cancelled ones included, so a calendar can mark them), in order. */
export function upcomingMeetings(meetings: readonly Meeting[], fromDate: string, bodyId?: string): Meeting[] {
  return meetings
    .filter((m) => m.date >= fromDate && (bodyId === undefined || m.bodyId === bodyId))
    .sort(compareMeetings);
}
