import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Slack Web API (what SLACK_API_URL points the bot at): records every call over
 * real HTTP, answers as Slack does, and keeps the messages posted so that updates of them can be
 * checked. Channels samrad is not in answer `not_in_channel`, as Slack does.
 */
export interface SlackCall {
  method: string;
  /** The call's arguments, with JSON-valued fields (blocks, view) parsed. */
  args: Record<string, unknown>;
  token: string | undefined;
}

export interface SlackMessageRecord {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  /** How many times it was updated. */
  updates: number;
}

export const FAKE_BOT_USER = 'USAMRADBOT';

export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  readonly messages = new Map<string, SlackMessageRecord>();
  /** Channels the bot is not a member of. */
  readonly notIn = new Set<string>();
  /** Whether views.open fails (an expired trigger). */
  triggersExpired = false;
  /** Faults for the next calls of a method, used up in order: Slack failing, or asking to wait. */
  readonly faults: {
    method: string;
    fault: { error: string } | { status: number } | { retryAfter: number };
  }[] = [];
  url = '';
  #server: Server | null = null;
  #waiters: (() => void)[] = [];
  #nextTs = 1;

  async start(): Promise<void> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/api/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  of(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves when a call matching `test` has arrived (or fails after `ms`). */
  async waitFor(test: (call: SlackCall) => boolean, ms = 5000): Promise<SlackCall> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.calls.find(test);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching Slack call within ${ms} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.url ?? '').replace(/^\/api\//, '').replace(/\?.*$/, '');
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const token =
      (req.headers['authorization'] ?? '').replace(/^Bearer /, '') || (args['token'] as string | undefined);
    this.calls.push({ method, args, token });
    const at = this.faults.findIndex((f) => f.method === method);
    if (at >= 0) {
      const fault = (this.faults.splice(at, 1)[0]?.fault ?? {}) as Record<string, unknown>;
      if ('status' in fault) {
        res.writeHead(Number(fault['status']));
        res.end('fault');
      } else if ('retryAfter' in fault) {
        res.writeHead(429, {
          'Retry-After': String(fault['retryAfter']),
          'Content-Type': 'application/json',
        });
        res.end('{"ok":false,"error":"ratelimited"}');
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: fault['error'] }));
      }
      for (const wake of this.#waiters.splice(0)) wake();
      return;
    }
    const answer = this.#answer(method, args, token);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(answer));
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #answer(method: string, args: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    if (!token?.startsWith('xoxb-')) return { ok: false, error: 'not_authed' };
    const channel = String(args['channel'] ?? '');
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: FAKE_BOT_USER, bot_id: 'BSAMRAD', team_id: 'T0SAMRAD', user: 'samrad' };
      case 'chat.postMessage': {
        if (this.notIn.has(channel)) return { ok: false, error: 'not_in_channel' };
        // A user id as the channel is the app's direct message with that user.
        const posted = channel.startsWith('U') ? `D${channel.slice(1)}` : channel;
        const ts = `1790000000.${String(this.#nextTs++).padStart(6, '0')}`;
        this.messages.set(`${posted}:${ts}`, {
          channel: posted,
          ts,
          text: String(args['text'] ?? ''),
          blocks: (args['blocks'] as unknown[]) ?? [],
          updates: 0,
        });
        return { ok: true, channel: posted, ts, message: { text: args['text'], ts } };
      }
      case 'chat.update': {
        const key = `${channel}:${String(args['ts'])}`;
        const known = this.messages.get(key);
        if (!known) return { ok: false, error: 'message_not_found' };
        known.text = String(args['text'] ?? '');
        known.blocks = (args['blocks'] as unknown[]) ?? [];
        known.updates += 1;
        return { ok: true, channel, ts: args['ts'] };
      }
      case 'chat.postEphemeral':
        if (this.notIn.has(channel)) return { ok: false, error: 'not_in_channel' };
        return { ok: true, message_ts: `1790000000.${String(this.#nextTs++).padStart(6, '0')}` };
      case 'views.open':
        if (this.triggersExpired) return { ok: false, error: 'expired_trigger_id' };
        return { ok: true, view: { id: `V${this.#nextTs++}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  let args: Record<string, unknown>;
  if (contentType.includes('application/json'))
    args = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  else args = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'view', 'attachments']) {
    if (typeof args[key] === 'string') args[key] = JSON.parse(args[key]);
  }
  return args;
}
