import { warmUpCards } from './render-card.js';
import { readJsonBody } from '../read-json-body.js';
import { isIP, isIPv4 } from 'node:net';
import { networkInterfaces } from 'node:os';
import restify from 'restify';
import { z } from 'zod';
import type { BotRegistration } from '../../config.js';
import type { ConversationDeps } from '../../conversation/handle-message.js';
import type { Logger } from '../../logger.js';
import { registerLocalChat } from './local-chat/local-chat-routes.js';
import { createTeamsAdapter } from './teams-adapter.js';
import { TeamsMemberDirectory } from './member-directory.js';
import { TeamsSharedCards } from './shared-card-updater.js';
import type { SharedDecisionCards } from '../../conversation/delivery/shared-decision-cards.js';
import { SamradTeamsBot } from './teams-bot.js';
import { TeamsPrivateCards } from './private-cards.js';
import type { PrivateMessages } from '../../conversation/delivery/private-messages.js';

/**
 * Puts the Teams channel on the server: POST /api/messages through botbuilder's CloudAdapter, and
 * in local mode the local chat page. The body is parsed on these routes only; the Slack route
 * needs its raw body for signature checks.
 */
export function registerTeamsChannel(
  server: restify.Server,
  deps: ConversationDeps,
  options: {
    bot: BotRegistration | null;
    logger: Logger;
    host: string;
    sharedCards: SharedDecisionCards;
    privateMessages: PrivateMessages;
  },
): { warmUp(): void } {
  // Listening on loopback only, every sender is on this machine, and so may be the Emulator on a
  // port of its own; opened to the network, loopback ports are off limits (they are where this
  // machine's private services listen).
  const anyLoopbackPort = isLoopbackHost(options.host);
  const adapter = createTeamsAdapter(options.bot, options.logger, (url) =>
    isLocalServiceUrl(url, ownPort(server), anyLoopbackPort),
  );
  const directory = new TeamsMemberDirectory();
  options.sharedCards.register('teams', new TeamsSharedCards(adapter, options.bot?.appId ?? '', directory));
  options.privateMessages.register('teams', new TeamsPrivateCards(deps, adapter, options.bot?.appId ?? ''));
  const bot = new SamradTeamsBot({
    deps,
    updater: options.sharedCards,
    privateMessages: options.privateMessages,
    directory,
    adapter,
    appId: options.bot?.appId ?? '',
    logger: options.logger,
  });
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    // The body is read here, with limits, rather than by restify's parser: see read-json-body.ts.
    const read = await readJsonBody(req);
    if (!read.ok) {
      if (read.closeConnection) res.setHeader('Connection', 'close');
      res.send(read.status, { error: read.reason });
      return;
    }
    // What the adapter relies on, checked before it sees the activity: anything else is not a
    // Bot Framework activity, and gets a 400 rather than the adapter's 500.
    const shape = ActivityShape.safeParse(read.body);
    if (!shape.success) {
      res.send(400, { error: 'not a Bot Framework activity' });
      return;
    }
    // In local mode nothing is authenticated, so the bot must not be made to post to any address
    // a sender names: only to this machine (the local chat page, the Emulator) or its own connector.
    if (!options.bot && !isLocalServiceUrl(read.body['serviceUrl'], ownPort(server), anyLoopbackPort)) {
      res.send(400, { error: 'in local mode the serviceUrl must be on this machine' });
      return;
    }
    req.body = read.body;
    await adapter.process(req, res, (context) => bot.run(context));
  });
  if (!options.bot) registerLocalChat(server, deps.store);
  return { warmUp: warmUpCards };
}

function ownPort(server: restify.Server): number {
  const address = server.address() as { port?: number } | null;
  return address?.port ?? -1;
}

/**
 * This server's own local connector, reached through loopback or one of this machine's own
 * addresses (a chat page opened from another computer when HOST opens local mode); and, when
 * `anyLoopbackPort`, any loopback address (the Emulator listens on a port of its own). Host names
 * other than "localhost" are never trusted: a name that merely starts with "127." can point anywhere.
 */
export function isLocalServiceUrl(value: unknown, port: number, anyLoopbackPort = true): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback = isLoopbackHost(host);
  if (loopback && anyLoopbackPort) return true;
  const ownConnector =
    Number(url.port || (url.protocol === 'https:' ? 443 : 80)) === port &&
    (url.pathname === '/chat/connector' || url.pathname.startsWith('/chat/connector/'));
  return ownConnector && (loopback || (isIP(host) !== 0 && ownAddresses().has(host)));
}

/** "localhost", ::1 or an IPv4 literal in 127.0.0.0/8. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIPv4(host) && host.startsWith('127.'));
}

/** The addresses of this machine's network interfaces. */
function ownAddresses(): Set<string> {
  return new Set(
    Object.values(networkInterfaces())
      .flat()
      .map((i) => i?.address ?? ''),
  );
}

// Teams ids are a few dozen characters (an Entra object id is 36): a longer one is not an id.
const Account = z.looseObject({ id: z.string().max(1000), aadObjectId: z.string().max(100).optional() });
/** The fields of an activity the Bot Framework adapter and samrad read; others pass as they are. */
const ActivityShape = z.looseObject({
  type: z.string().min(1).max(100),
  channelId: z.string().max(100).optional(),
  serviceUrl: z.string().max(2000),
  conversation: z.looseObject({ id: z.string().min(1).max(1000) }),
  from: Account.optional(),
  recipient: Account.optional(),
  text: z.string().optional(),
  name: z.string().optional(),
  locale: z.string().max(100).optional(),
  entities: z.array(z.looseObject({})).optional(),
  membersAdded: z.array(Account).optional(),
  membersRemoved: z.array(Account).optional(),
});
