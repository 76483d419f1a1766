import type { Lang } from '../domain/lang.js';
import { isSamradError } from '../errors/samrad-error.js';
import { memberMessage } from '../i18n/error-messages.js';
import type { ReplyBody } from './views/replies.js';

/**
 * A refused change as the member reads it: the error's message in their language. Anything that
 * is not a SamradError is a fault, not a refusal, and goes on to the channel's error handling.
 */
export function errorNotice(lang: Lang, error: unknown): ReplyBody {
  return { kind: 'notice', tone: 'warning', text: refusalText(lang, error) };
}

/** The one place a refusal becomes words: the error's message in the member's language. */
export function refusalText(lang: Lang, error: unknown): string {
  if (!isSamradError(error)) throw error;
  return memberMessage(error.code, error.params, lang);
}
