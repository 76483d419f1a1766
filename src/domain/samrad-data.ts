import { z } from 'zod';
import { AgendaItemSchema } from './agenda-item.js';
import { AuditEntrySchema } from './audit-entry.js';
import { BodySchema } from './body.js';
import { MeetingSchema } from './meeting.js';
import { MembershipSchema, PersonSchema } from './membership.js';
import { JointCostSchema } from './joint-cost.js';
import { PrincipalSchema } from './principal.js';
import { UserPreferenceSchema } from './user-preference.js';

/**
 * Everything samrad knows, as one document. Later features (decisions, votes, nominations) add
 * collections here, with a store migration that fills them for older files.
 */
export const SamradDataSchema = z
  .object({
    principals: z.array(PrincipalSchema),
    bodies: z.array(BodySchema),
    people: z.array(PersonSchema),
    memberships: z.array(MembershipSchema),
    meetings: z.array(MeetingSchema),
    agendaItems: z.array(AgendaItemSchema),
    jointCosts: z.array(JointCostSchema),
    userPreferences: z.array(UserPreferenceSchema),
    audit: z.array(AuditEntrySchema),
  })
  .superRefine((data, ctx) => {
    // References must point at something that exists, and ids must be unique, so that no
    // later lookup can silently come back empty.
    const ids = {
      principals: new Set(data.principals.map((p) => p.id)),
      bodies: new Set(data.bodies.map((b) => b.id)),
      people: new Set(data.people.map((p) => p.id)),
      meetings: new Set(data.meetings.map((m) => m.id)),
    };
    const unique = (collection: keyof typeof data, items: readonly { id: string }[]) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [collection, index, 'id'],
            message: `duplicate id "${item.id}"`,
          });
        }
        seen.add(item.id);
      });
    };
    const exists = (set: Set<string>, value: string | null, path: (string | number)[], what: string) => {
      if (value !== null && !set.has(value)) {
        ctx.addIssue({ code: 'custom', path, message: `unknown ${what} "${value}"` });
      }
    };
    unique('principals', data.principals);
    unique('bodies', data.bodies);
    unique('people', data.people);
    unique('memberships', data.memberships);
    unique('meetings', data.meetings);
    unique('agendaItems', data.agendaItems);
    unique('jointCosts', data.jointCosts);
    data.bodies.forEach((b, i) => exists(ids.bodies, b.parentBodyId, ['bodies', i, 'parentBodyId'], 'body'));
    data.memberships.forEach((m, i) => {
      exists(ids.people, m.personId, ['memberships', i, 'personId'], 'person');
      exists(ids.bodies, m.bodyId, ['memberships', i, 'bodyId'], 'body');
      exists(ids.principals, m.principalId, ['memberships', i, 'principalId'], 'principal');
    });
    data.meetings.forEach((m, i) => exists(ids.bodies, m.bodyId, ['meetings', i, 'bodyId'], 'body'));
    data.agendaItems.forEach((item, i) =>
      exists(ids.meetings, item.meetingId, ['agendaItems', i, 'meetingId'], 'meeting'),
    );
  });
export type SamradData = z.infer<typeof SamradDataSchema>;

export function emptySamradData(): SamradData {
  return {
    principals: [],
    bodies: [],
    people: [],
    memberships: [],
    meetings: [],
    agendaItems: [],
    jointCosts: [],
    userPreferences: [],
    audit: [],
  };
}
