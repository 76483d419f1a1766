import { warmUpCards } from './render-card.js';
import { readJsonBody } from '../read-json-body.js';
import restify from 'restify';
import type { BotRegistration } from '../../config.js';
import type { ConversationDeps } from '../../conversation/handle-message.js';
import type { Logger } from '../../logger.js';
import { registerLocalChat } from './local-chat/local-chat-routes.js';
import { createTeamsAdapter } from './teams-adapter.js';
import { TeamsMemberDirectory } from './member-directory.js';
import { SharedCardUpdater } from './shared-card-updater.js';
import { SamradTeamsBot } from './teams-bot.js';

/**
 * Puts the Teams channel on the server: POST /api/messages through botbuilder's CloudAdapter, and
 * in local mode the local chat page. The body is parsed on these routes only; the Slack route
 * needs its raw body for signature checks.
 */
export function registerTeamsChannel(
  server: restify.Server,
  deps: ConversationDeps,
  options: { bot: BotRegistration | null; logger: Logger },
): { idle(): Promise<void>; warmUp(): void } {
  const adapter = createTeamsAdapter(options.bot, options.logger);
  const directory = new TeamsMemberDirectory();
  const updater = new SharedCardUpdater(adapter, options.bot?.appId ?? '', deps, options.logger, directory);
  const bot = new SamradTeamsBot({
    deps,
    updater,
    directory,
    adapter,
    appId: options.bot?.appId ?? '',
    logger: options.logger,
  });
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    // The body is read here, with limits, rather than by restify's parser: see read-json-body.ts.
    const read = await readJsonBody(req);
    if (!read.ok) {
      res.send(read.status, { error: read.reason });
      return;
    }
    // In local mode nothing is authenticated, so the bot must not be made to post to any address
    // a sender names: only to this machine (the local chat page, the Emulator) or its own connector.
    if (!options.bot && !isLocalServiceUrl(read.body['serviceUrl'], ownPort(server))) {
      res.send(400, { error: 'in local mode the serviceUrl must be on this machine' });
      return;
    }
    req.body = read.body;
    await adapter.process(req, res, (context) => bot.run(context));
  });
  if (!options.bot) registerLocalChat(server, deps.store);
  return { idle: () => updater.idle(), warmUp: warmUpCards };
}

function ownPort(server: restify.Server): number {
  const address = server.address() as { port?: number } | null;
  return address?.port ?? -1;
}

/** A loopback address (any port), or this server's own local connector (`/chat/connector`). */
export function isLocalServiceUrl(value: unknown, port: number): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1' || /^127\./.test(host)) return true;
  return Number(url.port || 80) === port && url.pathname.startsWith('/chat/connector');
}
