import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

/**
 * Entra ID played locally for the meeting panel's tests: a signing key served as a JWKS document,
 * the bot's environment registered against it, and Teams SSO tokens signed with it.
 */
export const SSO_APP_ID = '6f1c1a52-6a1b-4c8e-9d3a-2b4c5d6e7f80';
export const SSO_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** A bot registration whose panel takes SSO tokens checked against the keys at `keysUrl`. */
export function registeredEnv(keysUrl: string): Record<string, string> {
  return {
    MicrosoftAppId: SSO_APP_ID,
    MicrosoftAppPassword: 'secret',
    MicrosoftAppTenantId: SSO_TENANT,
    MicrosoftAppType: 'SingleTenant',
    HOST: '127.0.0.1',
    TEAMS_SSO_KEYS_URL: keysUrl,
  };
}

export interface SsoKeys {
  url: string;
  /** A token for the user `oid`, as Teams hands it to the panel; `claims` override any part of it. */
  token(oid: string, claims?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export async function startSsoKeys(): Promise<SsoKeys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`,
    token: (oid, claims = {}) =>
      new SignJWT({ tid: SSO_TENANT, oid, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(`https://login.microsoftonline.com/${SSO_TENANT}/v2.0`)
        .setAudience(String(claims['aud'] ?? SSO_APP_ID))
        .setExpirationTime('1h')
        .sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
