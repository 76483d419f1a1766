import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Framework connector (Teams' serviceUrl): records every activity the bot
 * sends or updates, over real HTTP, and answers as the connector does.
 */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  activityId: string | null;
  activity: Record<string, unknown>;
  authorization: string | undefined;
  /** The id the connector gave a new activity (or the updated one's id). */
  assignedId: string;
}

export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** The members every conversation has, as Teams lists them. */
  members: { id: string; name: string; aadObjectId: string }[] = [];
  #server: Server | null = null;
  #waiters: (() => void)[] = [];
  #nextId = 1;
  url = '';

  async start(): Promise<void> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'GET' && /^\/v3\/conversations\/[^/]+\/pagedmembers/.test(req.url ?? '')) {
      // Teams' member list: every member's Teams user id ("29:…") and Entra object id.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          members: this.members.map((m) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId })),
        }),
      );
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
      res.writeHead(404).end();
      return;
    }
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const assignedId = req.method === 'PUT' ? decodeURIComponent(match[2] ?? '') : `reply-${this.#nextId++}`;
    this.calls.push({
      assignedId,
      method: req.method,
      conversationId: decodeURIComponent(match[1] ?? ''),
      activityId: match[2] ? decodeURIComponent(match[2]) : null,
      activity,
      authorization: req.headers.authorization,
    });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: assignedId }));
    for (const waiter of this.#waiters.splice(0)) waiter();
  }

  /** Waits until at least `count` calls have arrived for a conversation, or fails after a while. */
  async waitForCalls(conversationId: string, count: number, timeoutMs = 5000): Promise<ConnectorCall[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const calls = this.calls.filter((c) => c.conversationId === conversationId);
      if (calls.length >= count) return calls;
      if (Date.now() > deadline)
        throw new Error(`expected ${count} calls for ${conversationId}, got ${calls.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
