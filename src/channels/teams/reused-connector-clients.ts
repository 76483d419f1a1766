import {
  AuthenticationError,
  BotFrameworkAuthentication,
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { isIP } from 'node:net';

/** Distinct bots × service URLs × audiences in one process: a handful. The bound is a safeguard. */
const MAX_CLIENTS = 64;

/**
 * The Bot Framework authentication the CloudAdapter is given, with one change: the clients it
 * hands out for replies (a ConnectorClient per bot, service URL and audience; a UserTokenClient
 * per bot) are made once and used again, as the older BotFrameworkAdapter did, instead of anew
 * for every incoming activity (a tenth of the work of a vote). Checking each request's token is
 * left entirely to the configured authentication.
 */
export class ReusedConnectorClients extends BotFrameworkAuthentication {
  readonly #connectors = new Map<string, Promise<ConnectorClient>>();
  readonly #userTokens = new Map<string, Promise<UserTokenClient>>();
  /** Service URLs that came with an authenticated request in this process. */
  readonly #vouchedFor = new Set<string>();

  /**
   * `mayPostTo` says where the bot may write at all; by default (registered) an https address by
   * name (as the channels' are), or one a checked request came from. So an address the store kept from elsewhere (a chat seen in
   * local mode, a hand-edited file) never receives the bot's credentials.
   */
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly mayPostTo: (serviceUrl: string, vouchedFor: ReadonlySet<string>) => boolean = (
      url,
      vouched,
    ) => vouched.has(url) || isPublicHttps(url),
  ) {
    super();
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    // Every failure to authenticate is a 401 that says nothing more: a forged token (alg "none",
    // a wrong algorithm, a tampered signature) must not reach the caller as a 500 with the token
    // library's words in it.
    let result: AuthenticateRequestResult;
    try {
      result = await this.inner.authenticateRequest(activity, authHeader);
    } catch {
      throw new AuthenticationError('Unauthorized', 401);
    }
    if (typeof activity.serviceUrl === 'string' && !this.#vouchedFor.has(activity.serviceUrl)) {
      if (this.#vouchedFor.size >= MAX_CLIENTS) this.#vouchedFor.clear();
      this.#vouchedFor.add(activity.serviceUrl);
    }
    // The adapter replies through the factory that comes with the checked request.
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.#reusing(result.claimsIdentity, result.connectorFactory) };
  }

  override authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.#reusing(claimsIdentity, this.inner.createConnectorFactory(claimsIdentity));
  }

  /** A factory that hands out the client made before for the same bot, service URL and audience. */
  #reusing(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    const connectors = this.#connectors;
    const mayPostTo = (url: string) => this.mayPostTo(url, this.#vouchedFor);
    return new (class extends ConnectorFactory {
      override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (!mayPostTo(serviceUrl)) return Promise.reject(new RefusedServiceUrl(serviceUrl));
        return reuse(connectors, `${appId}|${serviceUrl}|${audience ?? ''}`, () =>
          factory.create(serviceUrl, audience),
        );
      }
    })();
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return reuse(this.#userTokens, appIdOf(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}

function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
}

function reuse<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= MAX_CLIENTS) cache.delete(cache.keys().next().value!);
  const made = make();
  cache.set(key, made);
  // A client that could not be made is not kept: the next activity tries again.
  made.catch(() => cache.delete(key));
  return made;
}

/** The bot was asked to write to an address it does not write to; nothing was sent. */
export class RefusedServiceUrl extends Error {
  constructor(serviceUrl: string) {
    super(`not posting to ${serviceUrl.slice(0, 200)}`);
    this.name = 'RefusedServiceUrl';
  }
}

/**
 * An https address named by a host name, not an address literal or a name for this machine or its
 * network ("localhost", "*.local", "*.internal"): where the Bot Framework's channels are.
 */
export function isPublicHttps(serviceUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || isIP(host) !== 0 || /^[\d.]+$/.test(host) || /^0x/.test(host)) return false;
  return host.includes('.') && !/(^|\.)(localhost|local|internal|lan|home|localdomain)$/.test(host);
}
