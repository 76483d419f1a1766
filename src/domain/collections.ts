import type { z } from 'zod';
import { AgendaItemSchema } from './agenda-item.js';
import { AuditEntrySchema } from './audit-entry.js';
import { BodySchema } from './body.js';
import { CardMessageSchema, ChatLinkSchema } from './chat-link.js';
import { AdoptionSchema, DecisionSchema, DissentSchema, VoteSchema } from './decision.js';
import { JointCostSchema } from './joint-cost.js';
import { MeetingSchema } from './meeting.js';
import { MembershipSchema, PersonSchema } from './membership.js';
import { NominationRoundSchema, NominationSchema, WorkingGroupSchema } from './nomination.js';
import { PersonalChatSchema } from './personal-chat.js';
import { PrincipalSchema } from './principal.js';
import { UserPreferenceSchema } from './user-preference.js';

/**
 * Everything samrad knows is a set of collections of records. This table says, once, what a record
 * of each collection looks like, which field identifies it, and which fields point at records of
 * other collections. The whole-document check on load and the check of each change on write both
 * read it, so they can never disagree.
 */
export const RECORD_SCHEMAS = {
  principals: PrincipalSchema,
  bodies: BodySchema,
  people: PersonSchema,
  memberships: MembershipSchema,
  meetings: MeetingSchema,
  agendaItems: AgendaItemSchema,
  jointCosts: JointCostSchema,
  userPreferences: UserPreferenceSchema,
  decisions: DecisionSchema,
  votes: VoteSchema,
  dissents: DissentSchema,
  adoptions: AdoptionSchema,
  chatLinks: ChatLinkSchema,
  cardMessages: CardMessageSchema,
  workingGroups: WorkingGroupSchema,
  nominationRounds: NominationRoundSchema,
  nominations: NominationSchema,
  personalChats: PersonalChatSchema,
  audit: AuditEntrySchema,
} as const;

export type CollectionName = keyof typeof RECORD_SCHEMAS;
export type RecordOf<C extends CollectionName> = z.infer<(typeof RECORD_SCHEMAS)[C]>;

/** The collections in the order the store file lists them. */
export const COLLECTION_NAMES = Object.keys(RECORD_SCHEMAS) as CollectionName[];

/** The field that identifies a record within its collection: unique, and never changed. */
export const RECORD_KEYS: { [C in CollectionName]: keyof RecordOf<C> & string } = {
  principals: 'id',
  bodies: 'id',
  people: 'id',
  memberships: 'id',
  meetings: 'id',
  agendaItems: 'id',
  jointCosts: 'id',
  userPreferences: 'userKey',
  decisions: 'id',
  votes: 'id',
  dissents: 'id',
  adoptions: 'id',
  chatLinks: 'chatKey',
  cardMessages: 'id',
  workingGroups: 'id',
  nominationRounds: 'id',
  nominations: 'id',
  personalChats: 'userKey',
  audit: 'id',
};

export interface Reference {
  from: CollectionName;
  field: string;
  to: CollectionName;
}

/** Fields that name a record of another collection (null means "none"); each must exist. */
export const REFERENCES: readonly Reference[] = [
  { from: 'bodies', field: 'parentBodyId', to: 'bodies' },
  { from: 'memberships', field: 'personId', to: 'people' },
  { from: 'memberships', field: 'bodyId', to: 'bodies' },
  { from: 'memberships', field: 'principalId', to: 'principals' },
  { from: 'meetings', field: 'bodyId', to: 'bodies' },
  { from: 'agendaItems', field: 'meetingId', to: 'meetings' },
  { from: 'decisions', field: 'meetingId', to: 'meetings' },
  { from: 'decisions', field: 'itemId', to: 'agendaItems' },
  { from: 'decisions', field: 'bodyId', to: 'bodies' },
  { from: 'decisions', field: 'forwardedToBodyId', to: 'bodies' },
  { from: 'decisions', field: 'forwardedItemId', to: 'agendaItems' },
  { from: 'decisions', field: 'tabledToItemId', to: 'agendaItems' },
  { from: 'votes', field: 'decisionId', to: 'decisions' },
  { from: 'dissents', field: 'decisionId', to: 'decisions' },
  { from: 'adoptions', field: 'decisionId', to: 'decisions' },
  { from: 'adoptions', field: 'principalId', to: 'principals' },
  { from: 'chatLinks', field: 'bodyId', to: 'bodies' },
  { from: 'cardMessages', field: 'decisionId', to: 'decisions' },
  { from: 'workingGroups', field: 'id', to: 'bodies' },
  { from: 'workingGroups', field: 'bodyId', to: 'bodies' },
  { from: 'nominationRounds', field: 'groupId', to: 'workingGroups' },
  { from: 'nominationRounds', field: 'decideAtMeetingId', to: 'meetings' },
  { from: 'nominationRounds', field: 'decisionItemId', to: 'agendaItems' },
  { from: 'nominations', field: 'roundId', to: 'nominationRounds' },
  { from: 'nominations', field: 'principalId', to: 'principals' },
];

/** The key of a record of a collection. */
export function keyOf<C extends CollectionName>(collection: C, record: RecordOf<C>): string {
  return String((record as Record<string, unknown>)[RECORD_KEYS[collection]]);
}

/** The value of a reference field, or null when it points nowhere. */
export function referenceIn(record: unknown, field: string): string | null {
  const value = (record as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}
