import { z } from 'zod';
import { IsoDateSchema } from './calendar-date.js';
import type { Role } from './membership.js';
import { latestRecordsWhere, recordsWhere } from './data-index.js';
import type { SamradData } from './samrad-data.js';

/**
 * A decision taken on an agenda item: opened by the chair or secretary, voted on by the members
 * (the networks decide by consensus, and vote when needed), closed with an outcome. Votes are an
 * append-only history; a member's current vote is their latest one.
 */
export const CHOICES = ['for', 'against', 'abstain'] as const;
export const ChoiceSchema = z.enum(CHOICES);
export type Choice = z.infer<typeof ChoiceSchema>;

export const OUTCOMES = ['adopted', 'adopted-with-amendment', 'rejected', 'tabled', 'sent-back'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Whether an outcome adopts the proposal (as it stood, or amended). */
export function isAdopted(outcome: Outcome | null): boolean {
  return outcome === 'adopted' || outcome === 'adopted-with-amendment';
}

export const ConditionStatusSchema = z.enum(['none', 'pending', 'met', 'failed']);
export type ConditionStatus = z.infer<typeof ConditionStatusSchema>;

const Timestamp = z.iso.datetime({ offset: true });

export const DecisionSchema = z.strictObject({
  id: z.string().min(1),
  meetingId: z.string().min(1),
  itemId: z.string().min(1),
  itemNumber: z.number().int().positive(),
  bodyId: z.string().min(1),
  status: z.enum(['open', 'closed']),
  openedAt: Timestamp,
  openedBy: z.string().min(1),
  /** The clauses put to the vote, as the item's proposal stood when the decision was opened. */
  proposal: z.array(z.string()),
  /** Show counts only, never who voted what. */
  anonymous: z.boolean(),
  /** Substitutes (ersättare) may vote in this decision. */
  allowSubstitutes: z.boolean(),
  closedAt: Timestamp.nullable(),
  closedBy: z.string().nullable(),
  outcome: OutcomeSchema.nullable(),
  amendment: z.string().nullable(),
  /** The clauses actually adopted: the proposal, the amended clauses, or none. */
  adoptedClauses: z.array(z.string()),
  /** "under förutsättning att ..." clauses, and whether the condition has been met. */
  conditions: z.array(z.string()),
  conditionStatus: ConditionStatusSchema,
  /** Where the decision was sent on ("skickas vidare för Välfärdsrådets ställningstagande"). */
  forwardedToBodyId: z.string().nullable(),
  forwardedItemId: z.string().nullable(),
  /** For a tabled item: the item on the later meeting it was moved to. */
  tabledToItemId: z.string().nullable(),
  /** A recommendation to the principals, whose adoptions are tracked. */
  recommendation: z.boolean(),
  adoptionDeadline: IsoDateSchema.nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const VoteSchema = z.strictObject({
  id: z.string().min(1),
  decisionId: z.string().min(1),
  /** The membership (seat) the vote was cast from. */
  membershipId: z.string().min(1),
  personId: z.string().min(1),
  principalId: z.string().min(1),
  choice: ChoiceSchema,
  at: Timestamp,
  /** The choice this vote replaced, or null for a member's first vote. */
  previous: ChoiceSchema.nullable(),
});
export type Vote = z.infer<typeof VoteSchema>;

export const DissentSchema = z.strictObject({
  id: z.string().min(1),
  decisionId: z.string().min(1),
  personId: z.string().min(1),
  reason: z.string().min(1).max(2000),
  at: Timestamp,
});
export type Dissent = z.infer<typeof DissentSchema>;

export const AdoptionSchema = z.strictObject({
  id: z.string().min(1),
  decisionId: z.string().min(1),
  principalId: z.string().min(1),
  date: IsoDateSchema,
  /** The principal's own body that adopted it ("Kommunstyrelsen", "Regionstyrelsen"). */
  adoptedBy: z.string().nullable(),
  recordedAt: Timestamp,
});
export type Adoption = z.infer<typeof AdoptionSchema>;

/** Roles that vote: chair, secretary and members; substitutes when the decision allows; observers never. */
export function mayVote(role: Role, allowSubstitutes: boolean): boolean {
  if (role === 'observer') return false;
  if (role === 'substitute') return allowSubstitutes;
  return true;
}

/** Each member's current vote: the latest in the history. */
/** The votes cast on a decision, oldest first (the store keeps them grouped by decision). */
export function votesOn(data: SamradData, decisionId: string): Vote[] {
  return recordsWhere(data, 'votes', 'decisionId', decisionId);
}

/** Each member's current vote on a decision, by membership (the store keeps it up to date). */
export function currentVotesOn(data: SamradData, decisionId: string): Map<string, Vote> {
  return latestRecordsWhere(data, 'votes', 'decisionId', decisionId, 'membershipId');
}

export type Tally = Record<Choice, number>;

export function emptyTally(): Tally {
  return { for: 0, against: 0, abstain: 0 };
}

export function tallyOf(votes: Iterable<Vote>): Tally {
  const tally = emptyTally();
  for (const vote of votes) tally[vote.choice] += 1;
  return tally;
}
