import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey as JoseKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ssoChecker, type SsoSettings } from '../../../src/channels/teams/tab/sso-token.js';

/**
 * The meeting panel's SSO check against tokens signed by a local test key, served as Entra ID
 * serves its keys (a JWKS document over HTTP): a valid token passes; expired, for another
 * audience, tenant or issuer, tampered, unsigned (`alg: none`), HMAC-signed or signed by another
 * key, it does not.
 */
const APP_ID = '6f1c1a52-6a1b-4c8e-9d3a-2b4c5d6e7f80';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';
const USER = '00000000-0000-4000-8000-000000000001';
const RESOURCE = `api://samrad.example.org/${APP_ID}`;

let server: Server;
let keysUrl = '';
let key: JoseKey;
let otherKey: JoseKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  key = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  keysUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settings = (over: Partial<SsoSettings> = {}): SsoSettings => ({
  appId: APP_ID,
  resource: RESOURCE,
  tenantId: TENANT,
  keysUrl,
  ...over,
});

async function token(
  claims: Record<string, unknown> = {},
  options: { signWith?: JoseKey; expiresIn?: string | number; kid?: string } = {},
): Promise<string> {
  return new SignJWT({ tid: TENANT, oid: USER, name: 'Karin Lindqvist', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'test-key' })
    .setIssuer(
      String(claims['iss'] ?? `https://login.microsoftonline.com/${String(claims['tid'] ?? TENANT)}/v2.0`),
    )
    .setAudience(String(claims['aud'] ?? RESOURCE))
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(options.signWith ?? key);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('the meeting panel’s SSO check', () => {
  it('lets in a valid token, for the resource or the app id, and says who the user is', async () => {
    const check = ssoChecker(settings());
    expect(await check(await token())).toEqual({
      ok: true,
      user: { objectId: USER, tenantId: TENANT, name: 'Karin Lindqvist' },
    });
    expect((await check(await token({ aud: APP_ID }))).ok).toBe(true);
    // The v1 form of the tenant's issuer.
    expect((await check(await token({ iss: `https://sts.windows.net/${TENANT}/` }))).ok).toBe(true);
  });

  it('lets in any tenant by its own issuer when the app is multi-tenant', async () => {
    const check = ssoChecker(settings({ tenantId: null }));
    expect((await check(await token({ tid: OTHER_TENANT }))).ok).toBe(true);
    expect(
      (
        await check(
          await token({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${TENANT}/v2.0` }),
        )
      ).ok,
    ).toBe(false);
  });

  it.each([
    ['expired', () => token({}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 })],
    ['for another audience', () => token({ aud: 'api://someone-else/app' })],
    ['from another tenant', () => token({ tid: OTHER_TENANT })],
    ['from another issuer', () => token({ iss: 'https://evil.example.org/v2.0' })],
    ['signed by another key', () => token({}, { signWith: otherKey })],
    ['without a user', () => token({ oid: undefined })],
    [
      'tampered (another user put in after signing)',
      async () => {
        const [header, , signature] = (await token()).split('.');
        return `${header}.${b64({ tid: TENANT, oid: '00000000-0000-4000-8000-000000000002', aud: RESOURCE, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, exp: Math.floor(Date.now() / 1000) + 3600 })}.${signature}`;
      },
    ],
    [
      'unsigned (alg: none)',
      async () =>
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ tid: TENANT, oid: USER, aud: RESOURCE, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, exp: Math.floor(Date.now() / 1000) + 3600 })}.`,
    ],
    [
      'signed with HMAC (HS256, the public key as the secret)',
      async () =>
        new SignJWT({ tid: TENANT, oid: USER })
          .setProtectedHeader({ alg: 'HS256', kid: 'test-key' })
          .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
          .setAudience(RESOURCE)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('a-secret-anyone-could-guess-0123456789')),
    ],
    ['not a token', async () => 'Bearer nonsense'],
  ])('refuses a token %s', async (_case, make) => {
    expect((await ssoChecker(settings())(await make())).ok).toBe(false);
  });
});
