import type { z } from 'zod';
import type { Lang } from '../domain/lang.js';
import type { SamradData } from '../domain/samrad-data.js';
import { ACTIONS, ActionDataSchemas } from './actions.js';
import type { ChatContext } from './chat-context.js';
import { agendaReply, calendarReply, itemReply, type AnswerContext } from './dialogs/answer-question.js';
import {
  closeReply,
  dissentReply,
  openDecisionReply,
  refreshReply,
  voteReply,
} from './dialogs/decision-dialog.js';
import { answerNomination, nominateFromForm, nominationForm } from './dialogs/nomination-dialog.js';
import type { PrivateMessage, ReplyBody } from './views/replies.js';

/**
 * Every button samrad's cards carry, in one table: the verb, the schema its data must pass, what
 * it does, and who its answer is for (the conversation, or the member who pressed, as their own
 * view). A channel maps its own buttons onto these verbs; handleAction looks them up here.
 */
export interface ActionEnvironment {
  data: SamradData;
  ctx: AnswerContext;
  chat: ChatContext;
  /** Answers a question as if it had been written (the "ask" button). */
  ask(text: string): Promise<ActionAnswer>;
  /** Remembers the meeting a button was about, for what is asked next. */
  rememberMeeting(meetingId: string): void;
}

export interface ActionAnswer {
  body: ReplyBody;
  /** The answer's language when the handler chose it (a question's); else the presser's. */
  lang?: Lang;
  privateMessages?: PrivateMessage[];
  changedDecisionId?: string;
}

interface ActionRow<S extends z.ZodType> {
  schema: S;
  delivery: 'conversation' | 'presser';
  /** The answer, or null for data that names nothing that exists (a stale or forged button). */
  run(env: ActionEnvironment, input: z.infer<S>): Promise<ActionAnswer | null> | ActionAnswer | null;
}

function row<S extends z.ZodType>(r: ActionRow<S>): ActionRow<S> {
  return r;
}

const decisionAnswer = (a: { body: ReplyBody; decisionId: string; changed: boolean }): ActionAnswer => ({
  body: a.body,
  ...(a.changed ? { changedDecisionId: a.decisionId } : {}),
});

export const ACTION_TABLE = {
  [ACTIONS.ask]: row({
    schema: ActionDataSchemas[ACTIONS.ask],
    delivery: 'conversation',
    run: (env, input) => env.ask(input.text),
  }),
  [ACTIONS.showAgenda]: row({
    schema: ActionDataSchemas[ACTIONS.showAgenda],
    delivery: 'conversation',
    run: (env, input) => {
      const meeting = env.data.meetings.find((m) => m.id === input.meetingId);
      if (!meeting) return null;
      env.rememberMeeting(meeting.id);
      return { body: agendaReply(env.ctx, meeting) };
    },
  }),
  [ACTIONS.showItem]: row({
    schema: ActionDataSchemas[ACTIONS.showItem],
    delivery: 'conversation',
    run: (env, input) => {
      const meeting = env.data.meetings.find((m) => m.id === input.meetingId);
      if (!meeting) return null;
      env.rememberMeeting(meeting.id);
      return { body: itemReply(env.ctx, meeting, input.number, 'all') };
    },
  }),
  [ACTIONS.showCalendar]: row({
    schema: ActionDataSchemas[ACTIONS.showCalendar],
    delivery: 'conversation',
    run: (env, input) => {
      const bodyId = env.data.bodies.some((b) => b.id === input.bodyId) ? input.bodyId : undefined;
      return { body: calendarReply(env.ctx, bodyId) };
    },
  }),
  [ACTIONS.openDecision]: row({
    schema: ActionDataSchemas[ACTIONS.openDecision],
    delivery: 'conversation',
    run: async (env, input) => ({ body: await openDecisionReply(env.chat, null, input) }),
  }),
  [ACTIONS.vote]: row({
    schema: ActionDataSchemas[ACTIONS.vote],
    delivery: 'presser',
    run: async (env, input) => decisionAnswer(await voteReply(env.chat, input)),
  }),
  [ACTIONS.refreshDecision]: row({
    schema: ActionDataSchemas[ACTIONS.refreshDecision],
    delivery: 'presser',
    run: (env, input) => decisionAnswer(refreshReply(env.chat, input)),
  }),
  [ACTIONS.closeDecision]: row({
    schema: ActionDataSchemas[ACTIONS.closeDecision],
    delivery: 'presser',
    run: async (env, input) => decisionAnswer(await closeReply(env.chat, input)),
  }),
  [ACTIONS.dissent]: row({
    schema: ActionDataSchemas[ACTIONS.dissent],
    delivery: 'presser',
    run: async (env, input) => decisionAnswer(await dissentReply(env.chat, input)),
  }),
  [ACTIONS.showNominationForm]: row({
    // The form again, where a channel shows it apart from the message (Slack: a modal).
    schema: ActionDataSchemas[ACTIONS.showNominationForm],
    delivery: 'presser',
    run: (env, input) => {
      const group = env.data.workingGroups.find((g) => g.id === input.groupId);
      if (!group) return null;
      const principal = env.data.principals.some((p) => p.id === input.principalId)
        ? input.principalId
        : null;
      return {
        body: nominationForm(env.data, env.chat.lang, group.id, input.name ?? '', principal ?? null, null),
      };
    },
  }),
  [ACTIONS.submitNomination]: row({
    schema: ActionDataSchemas[ACTIONS.submitNomination],
    delivery: 'presser',
    run: (env, input) => nominateFromForm(env.chat, input),
  }),
  [ACTIONS.respondToNomination]: row({
    schema: ActionDataSchemas[ACTIONS.respondToNomination],
    delivery: 'presser',
    run: (env, input) => answerNomination(env.chat, input),
  }),
} as const;

export type ActionVerb = keyof typeof ACTION_TABLE;

export function isActionVerb(verb: string): verb is ActionVerb {
  return Object.hasOwn(ACTION_TABLE, verb);
}
