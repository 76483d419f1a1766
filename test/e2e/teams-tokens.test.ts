import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../helpers/bot-server.js';

/**
 * The Bot Framework's token check, offline: the keys are published by a local server as OpenID
 * metadata and a JWKS (the Bot Framework's `BotOpenIdMetadata` setting points there), and tokens are
 * signed with a local test key. A right token gets through; every wrong one is a 401 that says
 * nothing more.
 */
const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const ISSUER = 'https://api.botframework.com';
const KID = 'samrad-test-key';

let keys: { privateKey: KeyObject; publicKey: KeyObject };
let other: KeyObject;
let keyServer: Server;
let metadataUrl: string;
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
  keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  keyServer = createServer((req, res) => {
    const base = `http://127.0.0.1:${(keyServer.address() as { port: number }).port}`;
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') {
      res.end(
        JSON.stringify({
          issuer: ISSUER,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/keys') {
      const jwk = keys.publicKey.export({ format: 'jwk' });
      res.end(
        JSON.stringify({ keys: [{ ...jwk, kid: KID, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  metadataUrl = `http://127.0.0.1:${(keyServer.address() as { port: number }).port}/.well-known/openid-configuration`;
  bot = await startBot({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    BotOpenIdMetadata: metadataUrl,
  });
});
afterAll(async () => {
  await bot?.cleanup();
  await new Promise((resolve) => keyServer.close(resolve));
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function token(
  claims: Record<string, unknown>,
  key: KeyObject = keys.privateKey,
  header: Record<string, unknown> = {},
) {
  const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid: KID, ...header })}.${b64(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const now = () => Math.floor(Date.now() / 1000);
const good = () => ({ iss: ISSUER, aud: APP_ID, nbf: now() - 60, exp: now() + 600, serviceurl: SERVICE_URL });

// A card action is answered in the response itself: nothing needs to reach Teams.
const invoke = {
  type: 'invoke',
  name: 'adaptiveCard/action',
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  from: { id: '29:x', aadObjectId: '5d1f0c3a-2b4e-4c6d-8e9f-0a1b2c3d4e5f' },
  recipient: { id: `28:${APP_ID}` },
  conversation: { id: 'a:tokens', conversationType: 'personal' },
  value: {
    action: { type: 'Action.Execute', verb: 'decision.refresh', data: { decisionId: 'none' } },
    trigger: 'manual',
  },
};

async function post(authorization: string) {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: authorization },
    body: JSON.stringify(invoke),
  });
  return { status: response.status, body: await response.text() };
}

describe('Bot Framework tokens, checked offline against a local key', () => {
  it('lets a rightly signed token through to samrad', async () => {
    // samrad itself answers: there is no decision "none".
    const answer = await post(`Bearer ${token(good())}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('Det finns inget beslut med id');
  });

  it.each([
    ['signed by another key', () => token(good(), other)],
    ['for another app', () => token({ ...good(), aud: '00000000-0000-4000-8000-000000000000' })],
    ['from another issuer', () => token({ ...good(), iss: 'https://evil.example' })],
    ['expired', () => token({ ...good(), nbf: now() - 7200, exp: now() - 3600 })],
    ['with a key id nobody published', () => token(good(), keys.privateKey, { kid: 'unknown' })],
    ['with the signature cut off', () => `${token(good()).split('.').slice(0, 2).join('.')}.`],
    ['with alg none', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(good())}.`],
  ])('refuses a token %s with a 401 and nothing more', async (_what, make) => {
    const answer = await post(`Bearer ${make()}`);
    expect(answer.status).toBe(401);
    expect(answer.body).not.toMatch(/jwt|algorithm|signature|expired|audience|issuer|key/i);
  });
});
