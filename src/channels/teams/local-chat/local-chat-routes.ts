import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import restify from 'restify';
import { PROJECT_ROOT } from '../../../config.js';
import type { SamradStore } from '../../../services/ports.js';
import { LocalConnector } from './local-connector.js';

/**
 * The local chat page, served only in local mode: a newcomer talks to the bot in a browser over
 * the same Bot Framework protocol Teams uses. The page posts activities to /api/messages with
 * serviceUrl pointing at /chat/connector, where the bot's replies arrive and are streamed back.
 */
const require = createRequire(import.meta.url);
const PAGE_FOLDER = join(PROJECT_ROOT, 'public', 'local-chat');

/** The files the page may load, and where they come from: our own, and the official card renderer. */
const ASSETS: Record<string, { path: () => string; type: string }> = {
  'chat.js': { path: () => join(PAGE_FOLDER, 'chat.js'), type: 'text/javascript; charset=utf-8' },
  'chat.css': { path: () => join(PAGE_FOLDER, 'chat.css'), type: 'text/css; charset=utf-8' },
  'adaptivecards.js': {
    path: () => require.resolve('adaptivecards/dist/adaptivecards.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'markdown-it.js': {
    path: () => require.resolve('markdown-it/dist/markdown-it.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

async function sendFile(res: restify.Response, path: string, type: string): Promise<void> {
  const body = await readFile(path);
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  res.end(body);
}

export function registerLocalChat(server: restify.Server, store: SamradStore): void {
  const connector = new LocalConnector();

  server.get('/', (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    res.redirect(302, '/chat', next);
  });
  server.get('/chat', async (_req: restify.Request, res: restify.Response) => {
    await sendFile(res, join(PAGE_FOLDER, 'index.html'), 'text/html; charset=utf-8');
  });
  server.get('/chat/assets/:file', async (req: restify.Request, res: restify.Response) => {
    const asset = ASSETS[String(req.params['file'])];
    if (!asset) {
      res.send(404, { error: 'not found' });
      return;
    }
    await sendFile(res, asset.path(), asset.type);
  });

  // Who the page may pretend to be: the roster's people with a Teams id, or an unknown user.
  server.get('/chat/roster', async (_req: restify.Request, res: restify.Response) => {
    const data = store.read();
    res.send(
      data.people
        .filter((p) => p.teamsId)
        .map((p) => ({
          name: p.name,
          aadObjectId: p.teamsId,
          bodies: data.memberships.filter((m) => m.personId === p.id).map((m) => m.bodyId),
        })),
    );
  });

  // The chat's member list, as Teams gives it; the page knows people by their object id, so that is
  // their user id here too.
  server.get(
    '/chat/connector/v3/conversations/:conversationId/pagedmembers',
    async (_req: restify.Request, res: restify.Response) => {
      const data = store.read();
      res.send({
        members: data.people
          .filter((p) => p.teamsId)
          .map((p) => ({ id: p.teamsId, name: p.name, aadObjectId: p.teamsId })),
      });
    },
  );

  const receive = (kind: 'activity' | 'update') => async (req: restify.Request, res: restify.Response) => {
    const activity = (req.body ?? {}) as Record<string, unknown>;
    const id = connector.publish(String(req.params['conversationId']), kind, activity);
    res.send(200, { id });
  };
  const body = restify.plugins.jsonBodyParser({ mapParams: false });
  server.post('/chat/connector/v3/conversations/:conversationId/activities', body, receive('activity'));
  server.post(
    '/chat/connector/v3/conversations/:conversationId/activities/:activityId',
    body,
    receive('activity'),
  );
  server.put(
    '/chat/connector/v3/conversations/:conversationId/activities/:activityId',
    body,
    receive('update'),
  );

  server.get('/chat/events/:conversationId', async (req: restify.Request, res: restify.Response) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = connector.subscribe(String(req.params['conversationId']), (event) => {
      res.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });
}
