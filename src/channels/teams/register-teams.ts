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
    req.body = read.body;
    await adapter.process(req, res, (context) => bot.run(context));
  });
  if (!options.bot) registerLocalChat(server, deps.store);
  return { idle: () => updater.idle(), warmUp: warmUpCards };
}
