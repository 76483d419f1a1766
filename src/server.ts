import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { openAppContext } from './app-context.js';
import type { PrefetchedFile } from './store/prefetch.js';
import { registerTeamsChannel } from './channels/teams/register-teams.js';
import type { Config } from './config.js';
import { InMemoryConversationMemory } from './conversation/conversation-memory.js';
import { SharedDecisionCards } from './conversation/delivery/shared-decision-cards.js';
import type { Logger } from './logger.js';
import { registerSlackChannel } from './channels/slack/register-slack.js';
import { registerPanelRoutes } from './channels/teams/tab/panel-routes.js';
import { registerTabPage } from './channels/teams/tab/tab-page-routes.js';
import { ENTRA_KEYS_URL, ssoChecker } from './channels/teams/tab/sso-token.js';
import { PrivateMessages } from './conversation/delivery/private-messages.js';
import type { ConversationDeps } from './conversation/handle-message.js';

/**
 * The composition root: the one place that builds the real objects (store, clock, channels) and
 * wires them to the HTTP server.
 */
export interface RunningServer {
  url: string;
  port: number;
  localMode: boolean;
  /** How Slack reaches samrad: over HTTP at /slack/events, over Socket Mode, or not (and why). */
  slack: 'http' | 'socket' | 'off' | 'no-signing-secret';
  close(): Promise<void>;
}

const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

export async function startServer(
  config: Config,
  logger: Logger,
  options: { prefetched?: Promise<PrefetchedFile | null> } = {},
): Promise<RunningServer> {
  const opening = performance.now();
  const { store, clock } = await openAppContext(config, options.prefetched);
  logger.info('store.opened', {
    file: config.storeFile,
    ms: Math.round(performance.now() - opening),
    sequence: store.sequence,
  });
  // Messages to one person alone go out on whichever channel reaches them.
  const privateMessages = new PrivateMessages(logger);
  const deps: ConversationDeps = {
    store,
    clock,
    memory: new InMemoryConversationMemory(),
    reaches: (userKey) => privateMessages.reaches(userKey),
  };
  const server = restify.createServer({ name: 'samrad', handleUncaughtExceptions: false });
  server.on(
    'restifyError',
    (req: restify.Request, _res: restify.Response, error: Error, callback: () => void) => {
      logger.warn('http.error', { path: req.path(), error: error.message });
      callback();
    },
  );

  // A request must arrive whole within these times: a sender trickling headers or a body holds a
  // connection for seconds, not for Node's default five minutes. (Answers, such as the local chat
  // page's long poll, are not limited by them.)
  server.server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    // Liveness only: a stranger learns nothing of the mode or the data from it.
    res.send(200, { status: 'ok' });
  });
  // One updater of shared decision cards for every channel: a vote in one updates the others' cards.
  const sharedCards = new SharedDecisionCards(deps, logger);
  const teams = registerTeamsChannel(server, deps, {
    bot: config.teams.bot,
    logger,
    host: config.host,
    sharedCards,
    privateMessages,
  });
  registerPanelRoutes(server, deps, {
    sso: config.teams.bot
      ? ssoChecker({
          appId: config.teams.bot.appId,
          resource: config.teams.sso.resource,
          tenantId: config.teams.bot.tenantId,
          keysUrl: config.teams.sso.keysUrl ?? ENTRA_KEYS_URL,
        })
      : null,
    sharedCards,
    privateMessages,
    logger,
  });
  registerTabPage(server, logger);
  const slack = config.slack
    ? registerSlackChannel(server, deps, { slack: config.slack, logger, sharedCards, privateMessages })
    : null;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // Socket Mode connects out to Slack; a failure is logged, and the rest of the bot serves on.
  if (slack) {
    await slack
      .start()
      .catch((error: unknown) => logger.warn('slack.start-failed', { error: (error as Error).message }));
  }
  // Soon after listening (not before: start-up is not held up by it), load what cards need, so
  // that no one's first answer waits for it.
  setTimeout(() => teams.warmUp(), 500).unref();
  return {
    url: `http://${urlHost(config.host)}:${port}`,
    port,
    localMode: config.teams.bot === null,
    slack: slack ? slack.mode : config.slackNotMounted === 'no-signing-secret' ? 'no-signing-secret' : 'off',
    close: async () => {
      await slack?.stop().catch(() => undefined);
      // Let pending card updates finish before the server goes away (a few seconds at most).
      await sharedCards.idle(5000);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A clean shutdown leaves one up-to-date snapshot and an empty journal.
      await store.close();
    },
  };
}

/** How to reach the server from this machine, whichever address it listens on. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '127.0.0.1' || host === 'localhost') return '127.0.0.1';
  if (host === '::' || host === '::1') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
