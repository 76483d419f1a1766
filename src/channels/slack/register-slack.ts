import { App, HTTPReceiver, LogLevel, webApi, type Authorize, type Logger as BoltLogger } from '@slack/bolt';
import type restify from 'restify';
import type { SlackConfig } from '../../config.js';
import type { PrivateMessages } from '../../conversation/delivery/private-messages.js';
import type { SharedDecisionCards } from '../../conversation/delivery/shared-decision-cards.js';
import type { ConversationDeps } from '../../conversation/handle-message.js';
import type { Logger } from '../../logger.js';
import { readRawBody } from '../read-json-body.js';
import { SlackDelivery, SlackDirectMessages, SlackSharedMessages, slackError } from './slack-delivery.js';
import { listenOnSlack } from './slack-bot.js';
import { checkSlackSignature } from './slack-signature.js';

/** Slack's requests are a few kB; a modal's submission, which echoes the whole form, a few tens. */
const MAX_SLACK_BODY_BYTES = 256 * 1024;

export interface SlackChannel {
  mode: 'http' | 'socket';
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Puts Slack on the server, with Bolt in the same process. Over HTTP, Bolt's receiver answers
 * POST /slack/events on the restify server: the body is read raw, its signature checked against
 * the signing secret before anything else (401 for a missing, wrong or stale one), and only then
 * handed to Bolt. With an app-level token, Socket Mode instead: Slack is reached from here, and no
 * route is mounted.
 */
export function registerSlackChannel(
  server: restify.Server,
  deps: ConversationDeps,
  options: {
    slack: SlackConfig;
    logger: Logger;
    sharedCards: SharedDecisionCards;
    privateMessages: PrivateMessages;
  },
): SlackChannel {
  const { slack, logger } = options;
  const boltLogger = toBoltLogger(logger);
  const clientOptions = {
    slackApiUrl: slack.apiUrl,
    // Answers are interactive: a call that fails is retried briefly, not for half an hour.
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    timeout: 10_000,
    // A method name never sends the token to another address.
    allowAbsoluteUrls: false,
    logger: boltLogger,
    logLevel: LogLevel.ERROR,
  };
  const client = new webApi.WebClient(slack.botToken, clientOptions);
  // A new message is not sent twice: a call that timed out may have been posted all the same.
  const posts = new webApi.WebClient(slack.botToken, {
    ...clientOptions,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  // Updates say when Slack asks samrad to slow down, rather than stopping every other call.
  const updates = new webApi.WebClient(slack.botToken, { ...clientOptions, rejectRateLimitedCalls: true });
  const delivery = new SlackDelivery({ posts, updates }, deps, logger);
  options.sharedCards.register('slack', new SlackSharedMessages(updates));
  options.privateMessages.register('slack', new SlackDirectMessages(delivery, deps));
  const identity = botIdentity(client, logger);
  // Without knowing its own ids (auth.test failing), samrad still answers: the listeners look
  // for bots' own messages themselves.
  const authorize: Authorize<boolean> = async () => ({
    botToken: slack.botToken,
    ...(await identity().catch(() => ({}))),
  });

  if (slack.appToken) {
    const app = new App({
      authorize,
      appToken: slack.appToken,
      socketMode: true,
      clientOptions,
      logger: boltLogger,
      logLevel: LogLevel.ERROR,
    });
    listenOnSlack(app, { deps, delivery, ...options });
    app.error(async (error) => logger.warn('slack.error', { error: error.message }));
    return {
      mode: 'socket',
      start: async () => {
        await app.start();
      },
      stop: async () => {
        await app.stop();
      },
    };
  }

  const signingSecret = slack.signingSecret ?? '';
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: '/slack/events',
    logger: boltLogger,
    logLevel: LogLevel.ERROR,
    bodyLimit: MAX_SLACK_BODY_BYTES,
  });
  const app = new App({ receiver, authorize, clientOptions, logger: boltLogger, logLevel: LogLevel.ERROR });
  listenOnSlack(app, { deps, delivery, ...options });
  app.error(async (error) => logger.warn('slack.error', { error: error.message }));

  server.post('/slack/events', async (req: restify.Request, res: restify.Response) => {
    const read = await readRawBody(req, MAX_SLACK_BODY_BYTES);
    if (!read.ok) {
      if (read.closeConnection) res.setHeader('Connection', 'close');
      res.writeHead(read.status);
      res.end();
      return;
    }
    const check = checkSlackSignature({
      signingSecret,
      timestamp: req.headers['x-slack-request-timestamp'],
      signature: req.headers['x-slack-signature'],
      rawBody: read.body,
      nowMs: Date.now(),
    });
    if (!check.ok) {
      // Nothing is said of why: a forger learns nothing from the answer.
      logger.warn('slack.signature-refused', { reason: check.reason });
      res.writeHead(401);
      res.end();
      return;
    }
    // Bolt reads the body it is given rather than the stream, which is read already. Slack sends
    // forms as exactly "application/x-www-form-urlencoded", which is what Bolt looks for.
    const form = /^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '');
    if (!isSlackRequestBody(read.body, form)) {
      // Signed, but no request Slack sends (Bolt would fail on it outside any handler).
      res.writeHead(400);
      res.end();
      return;
    }
    Object.assign(req, { rawBody: read.body });
    if (form) req.headers['content-type'] = 'application/x-www-form-urlencoded';
    // Bolt answers in its own time (the acknowledgement); the route ends when it has.
    const answered = new Promise<void>((resolve) => {
      res.once('finish', resolve);
      res.once('close', resolve);
    });
    // The path as Bolt knows it ("/slack/events;x" reaches this route too).
    req.url = '/slack/events';
    try {
      receiver.requestListener(req, res);
    } catch (error) {
      logger.warn('slack.request-refused', { error: (error as Error).message });
      res.writeHead(404);
      res.end();
    }
    await answered;
  });
  return {
    mode: 'http',
    // Who samrad is in the workspace, asked before the first request needs it.
    start: async () => {
      identity().catch(() => undefined);
    },
    stop: async () => undefined,
  };
}

/**
 * Whether a body is one Slack sends: a JSON object (events), or a form whose `payload`, if it has
 * one, is a JSON object (button presses, forms) or which is itself the request (slash commands).
 */
export function isSlackRequestBody(raw: Buffer, form: boolean): boolean {
  const isObject = (text: string) => {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    } catch {
      return false;
    }
  };
  const text = raw.toString('utf8');
  if (!form) return isObject(text);
  const params = new URLSearchParams(text);
  const payloads = params.getAll('payload');
  if (payloads.length > 1) return false;
  return payloads.length === 0 || isObject(payloads[0] ?? '');
}

/**
 * Who samrad is in the workspace (auth.test), asked once and kept; asked again after a failure,
 * so that Slack being out of reach at start-up does not leave the bot unable to answer later.
 * (Bolt's own, given a token, keeps a failure for good.)
 */
function botIdentity(
  client: InstanceType<typeof webApi.WebClient>,
  logger: Logger,
): () => Promise<{ botUserId?: string; botId?: string; teamId?: string }> {
  let known: Promise<{ botUserId?: string; botId?: string; teamId?: string }> | null = null;
  return () => {
    known ??= client.auth.test().then(
      (result) => ({
        ...(result.user_id ? { botUserId: result.user_id } : {}),
        ...(result.bot_id ? { botId: result.bot_id } : {}),
        ...(result.team_id ? { teamId: result.team_id } : {}),
      }),
      (error: unknown) => {
        known = null;
        logger.warn('slack.auth-test-failed', { error: slackError(error) });
        throw error;
      },
    );
    return known;
  };
}

/** Bolt's log lines into samrad's log: warnings and errors only. */
function toBoltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.ERROR;
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...message: unknown[]) => logger.warn('slack.bolt', { message: message.map(String).join(' ') }),
    error: (...message: unknown[]) => logger.warn('slack.bolt', { message: message.map(String).join(' ') }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
