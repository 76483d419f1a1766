import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isValidIsoDate } from './domain/calendar-date.js';
import { SamradError } from './errors/samrad-error.js';
import { DEFAULT_LANG, LangSchema, type Lang } from './i18n/lang.js';

/** The project folder (one level above src/ and dist/), where data/ lives. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The bot's registration in Azure, for Teams. Without it the bot runs in local mode. */
export interface BotRegistration {
  appId: string;
  appPassword: string;
  tenantId: string | null;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /**
   * Where the keys that sign the Bot Framework's tokens are published (the Bot Framework's own
   * `BotOpenIdMetadata` setting), for a sovereign cloud or an offline test; null: the public cloud's.
   */
  openIdMetadataUrl: string | null;
}

/**
 * The Slack channel's configuration: the app's bot token, and how Slack reaches samrad: over HTTP
 * at POST /slack/events, signed with the signing secret, or (for local development) over Socket
 * Mode with an app-level token. Null when neither is set: Slack is off.
 */
export interface SlackConfig {
  /** SLACK_BOT_TOKEN ("xoxb-…"): what samrad writes to Slack with. */
  botToken: string;
  /** SLACK_SIGNING_SECRET: requests to /slack/events are checked with it; null: the route is not mounted. */
  signingSecret: string | null;
  /** SLACK_APP_TOKEN ("xapp-…"): Socket Mode instead of HTTP, for development behind no public address. */
  appToken: string | null;
  /** SLACK_API_URL: the Web API's base URL ("https://slack.com/api/"); another one for tests. */
  apiUrl: string;
}

/** The Teams channel's configuration. */
export interface TeamsConfig {
  /** The bot registration, or null for local mode (no token checks; the local chat page is served). */
  bot: BotRegistration | null;
  /**
   * The meeting panel's SSO: the app's `webApplicationInfo.resource` (TEAMS_SSO_RESOURCE), also a
   * valid audience beside the app id; and where Entra ID's signing keys are (TEAMS_SSO_KEYS_URL,
   * another address for tests).
   */
  sso: { resource: string | null; keysUrl: string | null };
}

export interface Config {
  /** The JSON store file. */
  storeFile: string;
  /** The HTTP port the bot listens on. */
  port: number;
  /**
   * The address it listens on: HOST, or by default only this machine (127.0.0.1) in local mode,
   * where nothing is authenticated, and every interface (0.0.0.0) with a bot registration.
   */
  host: string;
  /** Teams: its section of the configuration (one section per channel). */
  teams: TeamsConfig;
  /**
   * Slack: its section, or null when it is off. `slackNotMounted` says why Slack is off although
   * something of it was set (a bot token without a signing secret), for the start-up line.
   */
  slack: SlackConfig | null;
  slackNotMounted: 'no-signing-secret' | null;
  /** The language samrad speaks when a person has not asked for another. */
  lang: Lang;
  /** A fixed "now" for demos and tests; null means the system clock. */
  now: Date | null;
}

const NowSchema = z
  .string()
  .refine((v) => isValidIsoDate(v) || z.iso.datetime({ offset: true }).safeParse(v).success, {
    message: 'expected YYYY-MM-DD or an ISO date-time such as 2026-11-23T10:00:00+01:00',
  });

/** Every environment variable samrad reads, validated in one place. */
const EnvSchema = z.object({
  PORT: z.coerce.number({ message: 'expected a port number, 0–65535' }).int().min(0).max(65535).optional(),
  MicrosoftAppId: z.uuid("expected the bot's app id, a GUID").optional(),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppTenantId: z.uuid('expected a tenant id, a GUID').optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  BotOpenIdMetadata: z.url('expected the URL of an OpenID metadata document').optional(),
  TEAMS_SSO_RESOURCE: z.string().trim().min(1).max(500).optional(),
  TEAMS_SSO_KEYS_URL: z.url('expected the URL of a JWKS document').optional(),
  /** The server's public https address, as Teams reaches it (the package's tab, the SSO resource). */
  TEAMS_APP_URL: z
    .url({ protocol: /^https$/, error: "expected the bot server's public https address" })
    .optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^xox[a-z]-[A-Za-z0-9-]+$/, 'expected a bot token such as xoxb-…')
    .optional(),
  SLACK_SIGNING_SECRET: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{8,}$/, "expected the app's signing secret (letters and digits)")
    .optional(),
  SLACK_APP_TOKEN: z
    .string()
    .trim()
    .regex(/^xapp-[A-Za-z0-9-]+$/, 'expected an app-level token such as xapp-…')
    .optional(),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, message: 'expected the http(s) URL of the Slack Web API' })
    .optional(),
  SAMRAD_DB: z.string().trim().min(1, 'must not be empty').optional(),
  HOST: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.:-]+$/, 'expected an address such as 127.0.0.1, 0.0.0.0 or ::1')
    .optional(),
  SAMRAD_LANG: LangSchema.optional(),
  SAMRAD_NOW: NowSchema.optional(),
});

/** Reads the configuration from the environment, or fails naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = EnvSchema.safeParse(relevant);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SamradError('config.invalid', {
      variable: String(issue?.path[0] ?? ''),
      problem: issue?.message ?? '',
    });
  }
  const { SAMRAD_DB, SAMRAD_LANG, SAMRAD_NOW, PORT, HOST } = result.data;
  const storeFile = SAMRAD_DB
    ? isAbsolute(SAMRAD_DB)
      ? SAMRAD_DB
      : resolve(process.cwd(), SAMRAD_DB)
    : resolve(PROJECT_ROOT, 'data', 'samrad.json');
  let now: Date | null = null;
  if (SAMRAD_NOW) now = new Date(isValidIsoDate(SAMRAD_NOW) ? `${SAMRAD_NOW}T12:00:00Z` : SAMRAD_NOW);
  const bot = botRegistration(result.data);
  return {
    storeFile,
    port: PORT ?? 3978,
    host: HOST ?? (bot ? '0.0.0.0' : '127.0.0.1'),
    teams: {
      bot,
      sso: {
        // The Application ID URI the manifest names (api://<host>/<app id> unless given).
        resource:
          result.data.TEAMS_SSO_RESOURCE ??
          (result.data.TEAMS_APP_URL && result.data.MicrosoftAppId
            ? `api://${new URL(result.data.TEAMS_APP_URL).host}/${result.data.MicrosoftAppId}`
            : null),
        keysUrl: result.data.TEAMS_SSO_KEYS_URL ?? null,
      },
    },
    ...slackSection(result.data),
    lang: SAMRAD_LANG ?? DEFAULT_LANG,
    now,
  };
}

const SLACK_API_URL = 'https://slack.com/api/';

function slackSection(env: z.infer<typeof EnvSchema>): Pick<Config, 'slack' | 'slackNotMounted'> {
  const { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL: apiUrl } = env;
  if (!SLACK_BOT_TOKEN) {
    if (SLACK_SIGNING_SECRET || SLACK_APP_TOKEN) {
      throw new SamradError('config.invalid', {
        variable: 'SLACK_BOT_TOKEN',
        problem: `required with ${SLACK_SIGNING_SECRET ? 'SLACK_SIGNING_SECRET' : 'SLACK_APP_TOKEN'}`,
      });
    }
    return { slack: null, slackNotMounted: null };
  }
  // Without a way for Slack to reach samrad, a bot token alone does nothing: Slack stays off, and
  // the start-up line says why.
  if (!SLACK_SIGNING_SECRET && !SLACK_APP_TOKEN) return { slack: null, slackNotMounted: 'no-signing-secret' };
  return {
    slack: {
      botToken: SLACK_BOT_TOKEN,
      signingSecret: SLACK_SIGNING_SECRET ?? null,
      appToken: SLACK_APP_TOKEN ?? null,
      // The Web API client appends method names to the base: it must end with a slash.
      apiUrl: apiUrl ? (apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`) : SLACK_API_URL,
    },
    slackNotMounted: null,
  };
}

function botRegistration(env: z.infer<typeof EnvSchema>): BotRegistration | null {
  const { MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType } = env;
  if (!MicrosoftAppId) {
    if (MicrosoftAppPassword || MicrosoftAppTenantId) {
      throw new SamradError('config.invalid', {
        variable: 'MicrosoftAppId',
        problem: 'required with MicrosoftAppPassword',
      });
    }
    return null;
  }
  const appType = MicrosoftAppType ?? 'MultiTenant';
  if (appType !== 'UserAssignedMSI' && !MicrosoftAppPassword) {
    throw new SamradError('config.invalid', {
      variable: 'MicrosoftAppPassword',
      problem: `required for ${appType}`,
    });
  }
  if (appType === 'SingleTenant' && !MicrosoftAppTenantId) {
    throw new SamradError('config.invalid', {
      variable: 'MicrosoftAppTenantId',
      problem: 'required for SingleTenant',
    });
  }
  return {
    appId: MicrosoftAppId,
    appPassword: MicrosoftAppPassword ?? '',
    tenantId: MicrosoftAppTenantId ?? null,
    appType,
    openIdMetadataUrl: env.BotOpenIdMetadata ?? null,
  };
}
