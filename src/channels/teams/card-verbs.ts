import { ACTIONS } from '../../conversation/actions.js';

/** The `verb` of every Action.Execute samrad puts on a Teams card. */
export const CARD_VERBS = {
  ask: ACTIONS.ask,
  showAgenda: ACTIONS.showAgenda,
  showItem: ACTIONS.showItem,
  showCalendar: ACTIONS.showCalendar,
  openDecision: ACTIONS.openDecision,
  vote: ACTIONS.vote,
  refreshDecision: ACTIONS.refreshDecision,
  closeDecision: ACTIONS.closeDecision,
  dissent: ACTIONS.dissent,
  submitNomination: ACTIONS.submitNomination,
  respondToNomination: ACTIONS.respondToNomination,
} as const;
