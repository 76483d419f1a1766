import { z } from 'zod';
import { IsoDateSchema } from './calendar-date.js';
import { recordByKey, recordsWhere } from './data-index.js';
import type { SamradData } from './samrad-data.js';

/**
 * Working groups staffed by nomination: seat rules per side (the 3+3 model: three seats for the
 * municipalities, three for the region), nomination rounds that can be paused and reopened, and
 * the nominations themselves, each on behalf of a principal.
 */
export const SIDES = ['municipalities', 'region'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

export const SeatKindSchema = z.enum(['ordinary', 'substitute']);
export type SeatKind = z.infer<typeof SeatKindSchema>;

const SeatCount = z.number().int().min(0).max(50);

export const WorkingGroupSchema = z.strictObject({
  /** The group is also a body (its appointed members sit in it); this is that body's id. */
  id: z.string().min(1),
  /** The body that runs the nominations and appoints the members. */
  bodyId: z.string().min(1),
  seats: z.record(SideSchema, z.strictObject({ ordinary: SeatCount, substitute: SeatCount })),
  /** At most this many nominees per principal, or no limit. */
  perPrincipal: z.number().int().positive().nullable(),
});
export type WorkingGroup = z.infer<typeof WorkingGroupSchema>;

export const RoundStatusSchema = z.enum(['open', 'paused', 'closed']);
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

const Timestamp = z.iso.datetime({ offset: true });

export const NominationRoundSchema = z.strictObject({
  id: z.string().min(1),
  groupId: z.string().min(1),
  status: RoundStatusSchema,
  pausedReason: z.string().nullable(),
  deadline: IsoDateSchema,
  /** The meeting where the body will decide on the representatives. */
  decideAtMeetingId: z.string().nullable(),
  /** The agenda item the round became, once the chair put it to a decision. */
  decisionItemId: z.string().nullable(),
  openedAt: Timestamp,
  /** Status changes, oldest first: opened, paused (with reason), resumed, closed, reopened. */
  changes: z.array(
    z.strictObject({
      status: RoundStatusSchema,
      at: Timestamp,
      by: z.string(),
      reason: z.string().nullable(),
    }),
  ),
});
export type NominationRound = z.infer<typeof NominationRoundSchema>;

export const NominationStatusSchema = z.enum(['nominated', 'reserve', 'accepted', 'declined', 'appointed']);
export type NominationStatus = z.infer<typeof NominationStatusSchema>;

export const NominationSchema = z.strictObject({
  id: z.string().min(1),
  roundId: z.string().min(1),
  groupId: z.string().min(1),
  name: z.string().min(1).max(120),
  email: z.email().nullable(),
  principalId: z.string().min(1),
  side: SideSchema,
  seat: SeatKindSchema,
  motivation: z.string().max(1000).nullable(),
  status: NominationStatusSchema,
  /** Who nominated: a person id, or "cli". Later nominations of the same person are merged in. */
  nominatedBy: z.array(z.string().min(1)).min(1),
  at: Timestamp,
  respondedAt: Timestamp.nullable(),
});
export type Nomination = z.infer<typeof NominationSchema>;

/** Nominations that hold (or wait for) a seat: not declined, not reserves. */
export function holdsSeat(nomination: Nomination): boolean {
  return (
    nomination.status === 'nominated' || nomination.status === 'accepted' || nomination.status === 'appointed'
  );
}

/**
 * Reads seat rules as the networks write them: "municipalities=3,region=3", with substitutes as
 * "municipalities=3+1" (three ordinary seats and one substitute). Swedish names work too
 * ("kommunerna=3,regionen=3"). Returns null for anything else.
 */
export function parseSeatRules(text: string): WorkingGroup['seats'] | null {
  const seats: Partial<WorkingGroup['seats']> = {};
  for (const part of text.split(',')) {
    const match =
      /^\s*(municipalities|kommunerna|kommuner|region|regionen)\s*=\s*(\d{1,2})(?:\s*\+\s*(\d{1,2}))?\s*$/i.exec(
        part,
      );
    if (!match) return null;
    const side: Side = /^kommun|^munic/i.test(match[1] ?? '') ? 'municipalities' : 'region';
    if (seats[side]) return null;
    seats[side] = { ordinary: Number(match[2]), substitute: Number(match[3] ?? 0) };
  }
  return {
    municipalities: seats.municipalities ?? { ordinary: 0, substitute: 0 },
    region: seats.region ?? { ordinary: 0, substitute: 0 },
  };
}

/**
 * The audit actions that put a round on an agenda item: put to decision by the chair, carried to
 * the next meeting with its tabled item, or sent on to another body with the adopted clauses. The audit log keeps every item a round was ever on, after
 * the round has moved on (tabled, put on again, reopened) and no longer points at it.
 */
export const ROUND_ITEM_ACTIONS = [
  'round.put-to-decision',
  'round.item-moved',
  'round.item-forwarded',
] as const;

/**
 * The nomination round an agenda item puts, or once put, to decision: such an item's clauses name
 * the nominees, whom only members may see.
 */
export function roundOfItem(data: SamradData, itemId: string): NominationRound | undefined {
  const current = recordsWhere(data, 'nominationRounds', 'decisionItemId', itemId)[0];
  if (current) return current;
  for (const action of ROUND_ITEM_ACTIONS) {
    const entry = recordsWhere(data, 'audit', 'action', action).find((e) => e.details['item'] === itemId);
    if (entry) return recordByKey(data, 'nominationRounds', 'id', entry.subject);
  }
  return undefined;
}
