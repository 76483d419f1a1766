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
} as const;
export type ActionName = (typeof ACTIONS)[keyof typeof ACTIONS];

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
} as const;
