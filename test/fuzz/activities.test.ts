import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SamradData } from '../../src/domain/samrad-data.js';
import { recordedOnDisk } from '../helpers/recorded-on-disk.js';
import { useTeamsBot } from '../helpers/teams-harness.js';

/**
 * Malformed activities, invokes and card data thrown at the running server over HTTP, from
 * senders on no roster: every answer is below 500, carries no stack trace and no file path, the
 * server goes on answering, and nothing a stranger sends changes the record. FUZZ_RUNS sets the
 * number of cases (2 000 in `npm test`, 100 000 in `npm run fuzz`).
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const harness = useTeamsBot();

const VERBS = [
  'decision.vote',
  'decision.close',
  'decision.dissent',
  'decision.refresh',
  'nomination.submit',
];
const anyJson = fc.jsonValue({ maxDepth: 4 });
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    'öppna beslut punkt 5',
    'rösta ja',
    'nominera Eva, Mora, till Styrgrupp GNV',
    '${root}',
    '<at>x</at>',
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

function activityArbitrary(serviceUrl: string) {
  const sender = fc.uuid().map((id) => ({ id: `29:${id}`, aadObjectId: id, name: 'Okänd' }));
  const conversation = fc.oneof(
    fc.record({
      id: fc.string({ maxLength: 80 }),
      conversationType: fc.constantFrom('personal', 'groupChat', 'channel', 'x'),
    }),
    anyJson,
  );
  const invokeValue = fc.oneof(
    fc.record({
      action: fc.record({
        type: fc.constantFrom('Action.Execute', 'Action.Submit', 'x'),
        verb: fc.oneof(fc.constantFrom(...VERBS), fc.string({ maxLength: 40 }), anyJson),
        data: fc.oneof(
          anyJson,
          fc.record({
            decisionId: fc.oneof(fc.string({ maxLength: 60 }), anyJson),
            choice: fc.oneof(fc.constantFrom('for', 'against', 'abstain'), anyJson),
            reason: fc.oneof(fc.string({ maxLength: 3000 }), anyJson),
            outcome: fc.oneof(fc.constantFrom('adopted', 'rejected'), anyJson),
          }),
        ),
      }),
      trigger: fc.constantFrom('manual', 'automatic'),
    }),
    anyJson,
  );
  return fc.record(
    {
      type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'event', ''), anyJson),
      name: fc.oneof(fc.constantFrom('adaptiveCard/action', 'task/fetch', 'x'), anyJson),
      text: fc.oneof(text, anyJson),
      value: invokeValue,
      from: fc.oneof(sender, anyJson),
      conversation,
      channelId: fc.oneof(fc.constant('msteams'), fc.string({ maxLength: 10 })),
      serviceUrl: fc.oneof(fc.constant(serviceUrl), fc.constant('http://10.1.2.3/'), anyJson),
      recipient: fc.constant({ id: '28:samrad', name: 'samrad' }),
      locale: fc.oneof(fc.constantFrom('sv-SE', 'en-US'), anyJson),
      membersAdded: fc.option(fc.array(anyJson, { maxLength: 3 }), { nil: undefined }),
      entities: fc.option(fc.array(anyJson, { maxLength: 3 }), { nil: undefined }),
    },
    { requiredKeys: [] },
  );
}

/** The parts of the record that no stranger may change (their own preferences aside). */
function recordOf(data: SamradData) {
  const { userPreferences: _p, audit, ...rest } = data;
  return { ...rest, audit: audit.filter((a) => !a.action.startsWith('preference.')) };
}

describe('malformed activities at the running server', () => {
  it(`answers ${RUNS} of them without a 5xx, a stack trace or a path, and strangers change nothing`, async () => {
    const before = recordOf(await recordedOnDisk(harness.bot.storeFile));
    const url = `${harness.bot.url}/api/messages`;
    await fc.assert(
      fc.asyncProperty(activityArbitrary(harness.connector.url), async (activity) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(activity),
        });
        const body = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(body).not.toMatch(/\bat .+:\d+:\d+|node:internal|\/(?:work|tmp|home|root|srv)\//);
      }),
      { numRuns: RUNS, seed: Number(process.env['FUZZ_SEED'] ?? 20261123) },
    );
    expect((await fetch(`${harness.bot.url}/healthz`)).status).toBe(200);
    expect(recordOf(await recordedOnDisk(harness.bot.storeFile))).toEqual(before);
  }, 600_000);
});
