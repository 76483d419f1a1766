import { z } from 'zod';
import { AgendaItemSchema } from './agenda-item.js';
import { AuditEntrySchema } from './audit-entry.js';
import { BodySchema } from './body.js';
import { MeetingSchema } from './meeting.js';
import { MembershipSchema, PersonSchema } from './membership.js';
import { CardMessageSchema, ChatLinkSchema } from './chat-link.js';
import { AdoptionSchema, DecisionSchema, DissentSchema, VoteSchema } from './decision.js';
import { JointCostSchema } from './joint-cost.js';
import { NominationRoundSchema, NominationSchema, WorkingGroupSchema } from './nomination.js';
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
    decisions: z.array(DecisionSchema),
    votes: z.array(VoteSchema),
    dissents: z.array(DissentSchema),
    adoptions: z.array(AdoptionSchema),
    chatLinks: z.array(ChatLinkSchema),
    cardMessages: z.array(CardMessageSchema),
    workingGroups: z.array(WorkingGroupSchema),
    nominationRounds: z.array(NominationRoundSchema),
    nominations: z.array(NominationSchema),
    /** Where the bot can reach a person privately (their personal chat), opaque per channel. */
    personalChats: z.array(
      z.object({
        userKey: z.string().min(3),
        channel: z.enum(['teams', 'slack', 'local']),
        reference: z.record(z.string(), z.unknown()),
      }),
    ),
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
    unique('decisions', data.decisions);
    unique('votes', data.votes);
    const items = new Set(data.agendaItems.map((i) => i.id));
    const decisions = new Set(data.decisions.map((d) => d.id));
    data.decisions.forEach((d, i) => {
      exists(ids.meetings, d.meetingId, ['decisions', i, 'meetingId'], 'meeting');
      exists(items, d.itemId, ['decisions', i, 'itemId'], 'agenda item');
      exists(ids.bodies, d.bodyId, ['decisions', i, 'bodyId'], 'body');
      exists(ids.bodies, d.forwardedToBodyId, ['decisions', i, 'forwardedToBodyId'], 'body');
      exists(items, d.forwardedItemId, ['decisions', i, 'forwardedItemId'], 'agenda item');
      exists(items, d.tabledToItemId, ['decisions', i, 'tabledToItemId'], 'agenda item');
    });
    data.votes.forEach((v, i) => exists(decisions, v.decisionId, ['votes', i, 'decisionId'], 'decision'));
    data.dissents.forEach((v, i) =>
      exists(decisions, v.decisionId, ['dissents', i, 'decisionId'], 'decision'),
    );
    data.adoptions.forEach((a, i) => {
      exists(decisions, a.decisionId, ['adoptions', i, 'decisionId'], 'decision');
      exists(ids.principals, a.principalId, ['adoptions', i, 'principalId'], 'principal');
    });
    data.chatLinks.forEach((l, i) => exists(ids.bodies, l.bodyId, ['chatLinks', i, 'bodyId'], 'body'));
    data.cardMessages.forEach((c, i) =>
      exists(decisions, c.decisionId, ['cardMessages', i, 'decisionId'], 'decision'),
    );
    unique('nominationRounds', data.nominationRounds);
    unique('nominations', data.nominations);
    const rounds = new Set(data.nominationRounds.map((r) => r.id));
    const groups = new Set(data.workingGroups.map((g) => g.id));
    data.workingGroups.forEach((g, i) => {
      exists(ids.bodies, g.id, ['workingGroups', i, 'id'], 'body');
      exists(ids.bodies, g.bodyId, ['workingGroups', i, 'bodyId'], 'body');
    });
    data.nominationRounds.forEach((r, i) => {
      exists(groups, r.groupId, ['nominationRounds', i, 'groupId'], 'working group');
      exists(ids.meetings, r.decideAtMeetingId, ['nominationRounds', i, 'decideAtMeetingId'], 'meeting');
      exists(items, r.decisionItemId, ['nominationRounds', i, 'decisionItemId'], 'agenda item');
    });
    data.nominations.forEach((n, i) => {
      exists(rounds, n.roundId, ['nominations', i, 'roundId'], 'nomination round');
      exists(ids.principals, n.principalId, ['nominations', i, 'principalId'], 'principal');
    });
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
    decisions: [],
    votes: [],
    dissents: [],
    adoptions: [],
    chatLinks: [],
    cardMessages: [],
    workingGroups: [],
    nominationRounds: [],
    nominations: [],
    personalChats: [],
    audit: [],
  };
}
