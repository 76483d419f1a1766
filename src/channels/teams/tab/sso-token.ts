import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/**
 * The check of a Teams SSO token, which the meeting panel sends as `Authorization: Bearer …`
 * (`authentication.getAuthToken()` in @microsoft/teams-js): an Entra ID access token for the
 * app's `webApplicationInfo`. Nothing is read or changed for a request before it passes.
 */
export interface SsoSettings {
  /** The app's id (`webApplicationInfo.id`, the bot's MicrosoftAppId). */
  appId: string;
  /** `webApplicationInfo.resource` ("api://samrad.example.org/<app id>"), also a valid audience. */
  resource: string | null;
  /** The only tenant let in (a single-tenant app); null lets in any tenant, each by its own issuer. */
  tenantId: string | null;
  /** Where Entra ID publishes the keys that sign its tokens (another address for tests). */
  keysUrl: string;
}

export const ENTRA_KEYS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

/** Who the token says the user is: the Entra object id (the roster's Teams id) and the tenant. */
export interface SsoUser {
  objectId: string;
  tenantId: string;
  name: string | null;
}

export type SsoCheck =
  | { ok: true; user: SsoUser }
  /** `unavailable`: the keys could not be fetched, so the token was not judged. */
  | { ok: false; reason: string; unavailable?: boolean };

/** Clocks differ a little between Entra ID and this server. */
const CLOCK_TOLERANCE_S = 300;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A checker of SSO tokens: RS256 only (so no `alg: none`, no HMAC with a guessed secret), signed by
 * a key Entra ID publishes, for this app (audience), from the token's own tenant's issuer (v1 or
 * v2 form), the tenant the one configured when there is one, and not expired.
 */
export function ssoChecker(
  settings: SsoSettings,
  keys?: JWTVerifyGetKey,
): (token: string) => Promise<SsoCheck> {
  const getKey = keys ?? createRemoteJWKSet(new URL(settings.keysUrl), { timeoutDuration: 5000 });
  const audiences = [settings.appId, settings.resource, `api://${settings.appId}`].filter(
    (a): a is string => a !== null && a !== '',
  );
  return async (token) => {
    if (token.length > 16_384 || token.split('.').length !== 3) return { ok: false, reason: 'not a token' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms: ['RS256'],
        audience: audiences,
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['exp', 'iss', 'aud', 'tid', 'oid'],
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Entra ID's keys could not be fetched: no verdict on the token, the user may try again.
      if (code === 'ERR_JWKS_TIMEOUT' || code === undefined)
        return { ok: false, reason: code ?? 'keys unavailable', unavailable: true };
      return { ok: false, reason: code };
    }
    const tenant = typeof payload['tid'] === 'string' ? payload['tid'] : '';
    if (!GUID.test(tenant)) return { ok: false, reason: 'no tenant' };
    if (settings.tenantId && tenant.toLowerCase() !== settings.tenantId.toLowerCase())
      return { ok: false, reason: 'another tenant' };
    const issuers = [
      `https://login.microsoftonline.com/${tenant}/v2.0`,
      `https://sts.windows.net/${tenant}/`,
    ].map((i) => i.toLowerCase());
    if (!issuers.includes(String(payload.iss).toLowerCase())) return { ok: false, reason: 'another issuer' };
    const objectId = typeof payload['oid'] === 'string' ? payload['oid'] : '';
    if (!GUID.test(objectId)) return { ok: false, reason: 'no user' };
    const name = typeof payload['name'] === 'string' ? payload['name'] : null;
    return { ok: true, user: { objectId: objectId.toLowerCase(), tenantId: tenant.toLowerCase(), name } };
  };
}
