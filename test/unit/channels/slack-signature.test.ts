import { describe, expect, it } from 'vitest';
import { checkSlackSignature, slackSignature } from '../../../src/channels/slack/slack-signature.js';

/**
 * The signature check against the example Slack publishes ("Verifying requests from Slack",
 * docs.slack.dev): its secret, timestamp, body and signature.
 */
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = '1531420618';
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const AT = Number(TIMESTAMP) * 1000;

const check = (overrides: Partial<Parameters<typeof checkSlackSignature>[0]>) =>
  checkSlackSignature({
    signingSecret: SECRET,
    timestamp: TIMESTAMP,
    signature: SIGNATURE,
    rawBody: Buffer.from(BODY),
    nowMs: AT,
    ...overrides,
  });

describe('Slack request signatures', () => {
  it("computes Slack's published signature for its example", () => {
    expect(slackSignature(SECRET, TIMESTAMP, BODY)).toBe(SIGNATURE);
  });

  it('accepts the example at its time, and up to five minutes either side', () => {
    expect(check({})).toEqual({ ok: true });
    expect(check({ nowMs: AT + 300_000 })).toEqual({ ok: true });
    expect(check({ nowMs: AT - 300_000 })).toEqual({ ok: true });
  });

  it.each([
    ['later than five minutes', { nowMs: AT + 301_000 }, 'stale'],
    ['earlier than five minutes (a clock ahead)', { nowMs: AT - 301_000 }, 'stale'],
    ['with no signature', { signature: undefined }, 'missing'],
    ['with no timestamp', { timestamp: undefined }, 'missing'],
    ['with two signature headers', { signature: [SIGNATURE, SIGNATURE] }, 'missing'],
    ['with another secret', { signingSecret: 'another-secret' }, 'mismatch'],
    [
      'with one byte of the body changed',
      { rawBody: Buffer.from(BODY.replace('foobar', 'foobaz')) },
      'mismatch',
    ],
    ['with the signature of another time', { timestamp: '1531420619' }, 'mismatch'],
    ['with a version other than v0', { signature: SIGNATURE.replace('v0=', 'v1=') }, 'mismatch'],
    ['with a timestamp that is no number', { timestamp: '1531420618.5' }, 'mismatch'],
    ['with a signature in capitals', { signature: SIGNATURE.toUpperCase() }, 'mismatch'],
  ])('refuses the example %s', (_case, overrides, reason) => {
    expect(check(overrides)).toEqual({ ok: false, reason });
  });
});
