import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import restify from 'restify';
import { PROJECT_ROOT } from '../../../config.js';
import type { SamradStore } from '../../../services/ports.js';
import { readJsonBody } from '../../read-json-body.js';
import { LocalConnector } from './local-connector.js';

/** A reply the bot posts is a card or a sentence, a few kB; Teams itself takes at most about 100 kB. */
const MAX_REPLY_BYTES = 256 * 1024;
/** What a page may leave unread on its event stream before the stream is ended. */
const MAX_UNREAD_BYTES = 1024 * 1024;

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

  // The bot's replies arrive here as they would at Teams' connector. Read with the same limits as
  // /api/messages (a reply is a few kB): the chat page's connector is no way round them.
  const receive = (kind: 'activity' | 'update') => async (req: restify.Request, res: restify.Response) => {
    const read = await readJsonBody(req, MAX_REPLY_BYTES);
    if (!read.ok) {
      if (read.closeConnection) res.setHeader('Connection', 'close');
      res.send(read.status, { error: read.reason });
      return;
    }
    const bytes = Number(req.headers['content-length'] ?? 0) || JSON.stringify(read.body).length;
    const id = connector.publish(String(req.params['conversationId']), kind, read.body, bytes);
    res.send(200, { id });
  };
  server.post('/chat/connector/v3/conversations/:conversationId/activities', receive('activity'));
  server.post('/chat/connector/v3/conversations/:conversationId/activities/:activityId', receive('activity'));
  server.put('/chat/connector/v3/conversations/:conversationId/activities/:activityId', receive('update'));

  server.get('/chat/events/:conversationId', async (req: restify.Request, res: restify.Response) => {
    if (!connector.hasRoom()) {
      // Each stream holds a connection for as long as the page is open: their number is bounded.
      res.send(503, { error: 'too many open chat pages' });
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    let ended = false;
    const unsubscribe = connector.subscribe(String(req.params['conversationId']), (event) => {
      if (ended) return;
      // A page that does not read what it is sent would have it all kept in memory: past a
      // bound the connection is dropped, and its memory with it (a page that is alive connects
      // again, as event streams do, and gets what follows).
      if (res.writableLength > MAX_UNREAD_BYTES) {
        ended = true;
        res.destroy();
        return;
      }
      res.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });
}
