import { z } from 'zod';
import { ChoiceSchema, OutcomeSchema } from '../domain/decision.js';

/** Button actions, channel-neutral. Each channel maps its own verbs or action ids onto these. */
export const ACTIONS = {
  ask: 'ask',
  showAgenda: 'agenda.show',
  showItem: 'item.show',
  showCalendar: 'calendar.show',
  openDecision: 'decision.open',
  vote: 'decision.vote',
  refreshDecision: 'decision.refresh',
  closeDecision: 'decision.close',
  dissent: 'decision.dissent',
  showNominationForm: 'nomination.form',
  submitNomination: 'nomination.submit',
  respondToNomination: 'nomination.respond',
} as const;

const Id = z.string().trim().min(1).max(200);
export const ActionDataSchemas = {
  [ACTIONS.ask]: z.object({ text: z.string().trim().min(1).max(500) }),
  [ACTIONS.showAgenda]: z.object({ meetingId: Id }),
  [ACTIONS.showItem]: z.object({ meetingId: Id, number: z.coerce.number().int().positive().max(999) }),
  [ACTIONS.showCalendar]: z.object({ bodyId: z.string().max(100).optional() }),
  [ACTIONS.openDecision]: z.object({
    bodyId: Id,
    number: z.coerce.number().int().positive().max(999),
    meetingId: Id.optional(),
  }),
  [ACTIONS.vote]: z.object({ decisionId: Id, choice: ChoiceSchema }),
  [ACTIONS.refreshDecision]: z.object({ decisionId: Id }),
  [ACTIONS.closeDecision]: z.object({
    decisionId: Id,
    outcome: OutcomeSchema,
    amendment: z.string().max(4000).optional(),
  }),
  [ACTIONS.dissent]: z.object({ decisionId: Id, reason: z.string().trim().min(1).max(2000) }),
  [ACTIONS.showNominationForm]: z.object({
    groupId: Id,
    name: z.string().max(500).optional(),
    principalId: z.string().max(100).nullable().optional(),
  }),
  [ACTIONS.submitNomination]: z.object({
    groupId: Id,
    name: z.string().max(500),
    principal: z.string().max(100),
    email: z.string().max(200).optional(),
    side: z.enum(['municipalities', 'region']).optional(),
    seat: z.enum(['ordinary', 'substitute']).optional(),
    motivation: z.string().max(2000).optional(),
  }),
  [ACTIONS.respondToNomination]: z.object({ nominationId: Id, answer: z.enum(['accept', 'decline']) }),
} as const;
