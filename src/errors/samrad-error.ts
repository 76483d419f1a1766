/**
 * The one error type of samrad. Its stable `code` picks the message a person sees (Swedish or
 * English) from the message table in src/i18n/error-messages.ts; `params` fill that message in.
 * Anything thrown that is not a SamradError is a bug and is reported as `internal`.
 */
export const ERROR_CODES = [
  'input.invalid',
  'input.unknown-body',
  'input.unknown-principal',
  'input.unknown-meeting',
  'input.unknown-member',
  'input.bad-date',
  'input.bad-time',
  'input.bad-amount',
  'input.file-not-found',
  'input.file-unreadable',
  'agenda.unparsable',
  'agenda.meeting-has-agenda',
  'agenda.has-decisions',
  'agenda.no-body',
  'meeting.exists',
  'meeting.already-cancelled',
  'meeting.none-coming',
  'member.exists',
  'body.exists',
  'cost.no-principals',
  'decision.not-chair',
  'decision.no-item',
  'decision.no-meeting',
  'decision.unknown',
  'decision.already-closed',
  'decision.amendment-required',
  'decision.amendment-not-used',
  'decision.not-recommendation',
  'decision.no-condition',
  'nomination.unknown-group',
  'nomination.no-round',
  'nomination.round-exists',
  'nomination.round-paused',
  'nomination.round-closed',
  'nomination.not-allowed',
  'nomination.own-principal',
  'nomination.name-invalid',
  'nomination.email-invalid',
  'nomination.motivation-invalid',
  'nomination.email-taken',
  'nomination.side-mismatch',
  'nomination.unknown',
  'nomination.not-nominee',
  'nomination.already-answered',
  'nomination.nothing-to-decide',
  'nomination.already-on-agenda',
  'vote.closed',
  'vote.not-member',
  'dissent.not-member',
  'vote.not-allowed',
  'config.invalid',
  'store.corrupt',
  'store.missing',
  'store.unreadable',
  'store.newer-version',
  'store.write-failed',
  'store.invalid-change',
  'store.locked',
  'store.lock-unusable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number | readonly AgendaProblem[] | undefined>;

/** One thing the agenda importer could not make sense of, with the line it stands on. */
export interface AgendaProblem {
  line: number;
  code: AgendaProblemCode;
  text: string;
}
export const AGENDA_PROBLEM_CODES = [
  'agenda.no-date',
  'agenda.no-time',
  'agenda.no-items',
  'agenda.unplaced-text',
  'agenda.clause-outside-item',
  'agenda.empty-title',
  'agenda.numbering-gap',
] as const;
export type AgendaProblemCode = (typeof AGENDA_PROBLEM_CODES)[number];

export class SamradError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code} ${JSON.stringify(params)}`, options);
    this.name = 'SamradError';
    this.code = code;
    this.params = params;
  }
}

export function isSamradError(error: unknown): error is SamradError {
  return error instanceof SamradError;
}
