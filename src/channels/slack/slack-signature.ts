import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack signs every request it sends; one older or newer than this is refused (a replay). */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'mismatch' };

/**
 * Checks a request's Slack signature (`X-Slack-Signature`, "v0=" and the hex HMAC-SHA256 of
 * "v0:<timestamp>:<raw body>" under the app's signing secret) and its timestamp
 * (`X-Slack-Request-Timestamp`, seconds), before anything reads the body. The body must be the
 * bytes as they arrived: a parsed and re-serialised body does not sign the same.
 */
export function checkSlackSignature(input: {
  signingSecret: string;
  timestamp: string | string[] | undefined;
  signature: string | string[] | undefined;
  rawBody: Buffer;
  nowMs: number;
}): SignatureCheck {
  const { timestamp, signature } = input;
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestamp) || !/^v0=[0-9a-f]{64}$/.test(signature)) {
    return { ok: false, reason: 'mismatch' };
  }
  // Either way: a clock far ahead is as suspect as a request replayed late.
  if (Math.abs(input.nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) {
    return { ok: false, reason: 'stale' };
  }
  const expected = slackSignature(input.signingSecret, timestamp, input.rawBody);
  const same = timingSafeEqual(Buffer.from(expected, 'latin1'), Buffer.from(signature, 'latin1'));
  return same ? { ok: true } : { ok: false, reason: 'mismatch' };
}

/** The signature Slack would send for this body at this time: "v0=<hex>". */
export function slackSignature(signingSecret: string, timestamp: string, rawBody: Buffer | string): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}
