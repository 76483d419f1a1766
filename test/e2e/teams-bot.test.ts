import { createHmac } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { MAX_BODY_BYTES, MAX_DISCARDED_BYTES } from '../../src/channels/read-json-body.js';
import { loadConfig } from '../../src/config.js';
import { LocalConnector, MAX_LISTENERS } from '../../src/channels/teams/local-chat/local-connector.js';
import { recordedOnDisk } from '../helpers/recorded-on-disk.js';
import { describe, expect, it } from 'vitest';
import { cardText, executeActions } from '../helpers/card-checks.js';
import { startBot } from '../helpers/bot-server.js';
import { useTeamsBot } from '../helpers/teams-harness.js';
import { TeamsClient, cardOf } from '../helpers/teams-client.js';

const KARIN = { name: 'Karin Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000001' };
const STRANGER = { name: 'Okänd Person', aadObjectId: '9b7f3c2e-1111-4222-8333-444455556666' };

const harness = useTeamsBot();
const { connector } = harness;

describe('the bot server', () => {
  it('answers /healthz with liveness only, telling a stranger nothing of the mode or the data', async () => {
    const response = await fetch(`${harness.bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('a member asking in Teams', () => {
  it('gets the next meeting as an Adaptive Card in personal chat', async () => {
    const { status, reply, card } = await harness.teams.ask(KARIN, 'När är nästa möte?');
    expect(status).toBe(200);
    expect(reply['type']).toBe('message');
    expect(reply['replyToId']).toBeDefined();
    expect(cardText(card)).toContain('fredag 4 december 2026, kl. 9.30–12');
    expect(cardText(card)).toContain('Chefsnätverket');
  });

  it.each(['channel', 'groupChat', 'meeting'] as const)(
    'is answered in a %s when the bot is mentioned',
    async (kind) => {
      const { card, conversationId } = await harness.teams.ask(KARIN, 'vem föredrar punkt 5?', kind);
      expect(cardText(card)).toContain('Föredragande: Tanja Mårtensson, Region Dalarna');
      expect(connector.calls.filter((c) => c.conversationId === conversationId)).toHaveLength(1);
    },
  );

  it('remembers the meeting the conversation is about', async () => {
    const first = await harness.teams.ask(KARIN, 'dagordningen 3 april 2020', 'personal', 'memory-1');
    expect(cardText(first.card)).toContain('fredag 3 april 2020');
    const second = await harness.teams.ask(KARIN, 'punkt 5', 'personal', 'memory-1');
    expect(cardText(second.card)).toContain('tillnyktringsplatser');
  });

  it('tells someone not on the roster so where membership matters, and answers them about public data', async () => {
    const mine = await harness.teams.ask(STRANGER, 'mina möten');
    expect(cardText(mine.card)).toContain('Du finns inte i ledamotsregistret');
    const next = await harness.teams.ask(STRANGER, 'när är nästa möte?');
    expect(cardText(next.card)).toMatch(/december 2026/);
  });

  it('answers in English when asked to, and remembers it', async () => {
    const user = { name: 'Maria Holm', aadObjectId: '00000000-0000-4000-8000-000000000003' };
    const set = await harness.teams.ask(user, 'svara på engelska');
    expect(cardText(set.card)).toContain('I will answer in English');
    const next = await harness.teams.ask(user, 'När är nästa möte?');
    expect(cardText(next.card)).toContain('Friday 4 December 2026');
    const store = await recordedOnDisk(harness.bot.storeFile);
    expect(store.userPreferences).toContainEqual({ userKey: `teams:${user.aadObjectId}`, lang: 'en' });
  });

  it('gives a help card with clickable examples for what it does not understand', async () => {
    const { card } = await harness.teams.ask(KARIN, 'blörk flärp');
    expect(cardText(card)).toContain('Jag förstod inte riktigt');
    const examples = executeActions(card).filter((a) => a.verb === 'ask');
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(examples[0]?.data).toEqual({ text: 'När är nästa möte?' });
  });

  it('greets when it is added to a conversation', async () => {
    const activity = harness.teams.activity(KARIN, 'personal', 'install-1', {
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:0d2d9a9c-6d64-4f1c-9b5e-1a2b3c4d5e6f' }],
    });
    await harness.teams.post(activity);
    const [call] = await connector.waitForCalls('a:install-1', 1);
    expect(cardText(cardOf(call?.activity ?? {}))).toContain('Jag är samrad');
  });
});

describe('buttons on the cards (Action.Execute)', () => {
  it('shows an agenda item from the agenda card as a new message and answers the invoke at once', async () => {
    const agenda = await harness.teams.ask(KARIN, 'vad står på dagordningen?', 'personal', 'buttons-1');
    const button = executeActions(agenda.card).find(
      (a) => a.verb === 'item.show' && (a.data as { number: number }).number === 4,
    );
    expect(button).toBeDefined();
    const pressed = await harness.teams.press(KARIN, 'item.show', button?.data, 'buttons-1');
    expect(pressed.status).toBe(200);
    expect(pressed.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Svaret visas nedan.',
    });
    const calls = await connector.waitForCalls(pressed.conversationId, 2);
    expect(cardText(cardOf(calls[1]?.activity ?? {}))).toContain(
      'Punkt 4. Beslut om representanter till Styrgrupp god och nära vård',
    );
  });

  it('asks an example question from the help card', async () => {
    const pressed = await harness.teams.press(KARIN, 'ask', { text: 'Kalendarium' }, 'buttons-2');
    expect(pressed.status).toBe(200);
    const [call] = await connector.waitForCalls(pressed.conversationId, 1);
    expect(cardText(cardOf(call?.activity ?? {}))).toContain('INSTÄLLT');
  });

  it.each([
    ['an unknown verb', 'decision.explode', { meetingId: 'x' }],
    ['missing data', 'item.show', undefined],
    ['malformed data', 'item.show', { meetingId: 'chefsnatverket-2020-04-03', number: 'fem' }],
    ['an unknown meeting', 'agenda.show', { meetingId: 'no-such-meeting' }],
    ['an empty question', 'ask', { text: '   ' }],
  ])('refuses %s with an error response in Swedish and sends nothing', async (_case, verb, data) => {
    const pressed = await harness.teams.press(KARIN, verb, data);
    // botbuilder answers the HTTP request with the invoke response's own status code.
    expect(pressed.status).toBe(400);
    expect(pressed.body).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: {
        code: 'BadRequest',
        message: 'Knappen kunde inte användas: uppgifterna i den är ofullständiga. Fråga gärna på nytt.',
      },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.calls.filter((c) => c.conversationId === pressed.conversationId)).toHaveLength(0);
  });
});

describe('a bot registered with an app id', () => {
  it('refuses requests without a valid token with 401 and sends nothing', async () => {
    const registered = await startBot({
      MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      MicrosoftAppPassword: 'not-a-real-secret',
    });
    try {
      const client = new TeamsClient(registered.url, connector);
      const activity = client.activity(KARIN, 'personal', 'auth-1', { type: 'message', text: 'hej' });
      expect((await client.post(activity)).status).toBe(401);
      const forged = new TeamsClient(registered.url, connector, {
        Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.',
      });
      expect((await forged.post(activity)).status).toBe(401);
      // HS256 keyed with the app password, and a token whose signature was tampered with: 401,
      // never a 500, and nothing of the token library's words.
      const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const claims = {
        iss: 'https://api.botframework.com',
        aud: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        exp: Math.floor(Date.now() / 1000) + 600,
        serviceurl: activity.serviceUrl,
      };
      const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
      const hs256 = `${unsigned}.${createHmac('sha256', 'not-a-real-secret').update(unsigned).digest('base64url')}`;
      const tampered = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'abc' })}.${b64(claims)}.${'A'.repeat(342)}`;
      for (const token of [hs256, tampered]) {
        const response = await fetch(`${registered.url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(activity),
        });
        expect(response.status).toBe(401);
        expect(await response.text()).not.toMatch(/jwt|algorithm|signature|invalid|token/i);
      }
      // An oversized body is refused before any token is looked at.
      const huge = await fetch(`${registered.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...activity, text: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(huge.status).toBe(413);
      expect(connector.calls.filter((c) => c.conversationId === 'a:auth-1')).toHaveLength(0);
      const health = await fetch(`${registered.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect((await fetch(`${registered.url}/chat`)).status).toBe(404);
    } finally {
      await registered.cleanup();
    }
  });
});

describe('what a message leaves in the record', () => {
  it('remembers a member’s personal chat with only the fields a reply needs, and a stranger’s not at all', async () => {
    const junk = { notes: 'x'.repeat(10_000), nested: { deep: 'y'.repeat(5000) } };
    for (const [user, key] of [
      [STRANGER, 'remember-stranger'],
      [KARIN, 'remember-karin'],
    ] as const) {
      const activity = harness.teams.activity(user, 'personal', key, { type: 'message', text: 'hej' });
      const conversation = { ...(activity['conversation'] as object), ...junk };
      expect((await harness.teams.post({ ...activity, conversation, ...junk })).status).toBe(200);
    }
    const chats = (await recordedOnDisk(harness.bot.storeFile)).personalChats;
    expect(chats.some((c) => c.userKey.includes(STRANGER.aadObjectId))).toBe(false);
    const karin = chats.find((c) => c.userKey === `teams:${KARIN.aadObjectId}`);
    expect(karin).toBeDefined();
    expect(JSON.stringify(karin)).not.toContain('xxxxxxxxxx');
    expect(JSON.stringify(karin)).not.toContain('yyyyyyyyyy');
    expect(JSON.stringify(karin).length).toBeLessThan(1000);
  });
});

describe('what the bot refuses before anything reads it', () => {
  const raw = (body: string, contentType = 'application/json') =>
    fetch(`${harness.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body,
    });

  it('refuses an oversized body with 413, a body nested absurdly deep with 400, and other content with 415', async () => {
    const before = await recordedOnDisk(harness.bot.storeFile);
    const activity = harness.teams.activity(KARIN, 'personal', 'limits-1', { type: 'message', text: 'hej' });
    const huge = JSON.stringify({ ...activity, text: 'x'.repeat(600 * 1024) });
    expect((await raw(huge)).status).toBe(413);
    const deep = `${'{"from":'.repeat(5000)}"botten"${'}'.repeat(5000)}`;
    const nested = JSON.stringify(activity).replace(/\}$/, `,"channelData":${deep}}`);
    expect((await raw(nested)).status).toBe(400);
    expect((await raw('inte json')).status).toBe(400);
    expect((await raw(JSON.stringify(activity), 'text/plain')).status).toBe(415);
    expect(connector.calls.filter((c) => c.conversationId.endsWith('limits-1'))).toHaveLength(0);
    expect(await recordedOnDisk(harness.bot.storeFile)).toEqual(before);
    // And the bot goes on answering.
    expect((await harness.teams.post(activity)).status).toBe(200);
  });

  it('answers a body that never ends with 413 and closes the connection after a bounded read', async () => {
    const { url } = harness.bot;
    const sent = await new Promise<{ status: number | undefined; bytes: number; closed: boolean }>(
      (resolve) => {
        const request = http.request(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
        });
        let bytes = 0;
        let status: number | undefined;
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        // Writes for as long as the server reads: a sender that never stops.
        const pump = () => {
          while (!request.destroyed && bytes < 256 * 1024 * 1024) {
            bytes += chunk.length;
            if (!request.write(chunk)) return void request.once('drain', pump);
          }
        };
        request.write('{"type":"message","text":"');
        pump();
        let closedByServer = true;
        request.on('response', (response) => {
          status = response.statusCode;
          response.resume();
          // The server, not this sender, must end the connection.
          setTimeout(() => {
            closedByServer = request.destroyed;
            request.destroy();
          }, 5000).unref();
        });
        request.on('close', () => resolve({ status, bytes, closed: closedByServer }));
        request.on('error', () => undefined);
      },
    );
    expect(sent.status).toBe(413);
    expect(sent.closed).toBe(true);
    // The limit, what is dropped to let the answer through, and what the sockets' buffers hold.
    expect(sent.bytes).toBeLessThan(MAX_BODY_BYTES + MAX_DISCARDED_BYTES + 16 * 1024 * 1024);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('local mode and the network', () => {
  it('listens on this machine only, unless HOST says otherwise', async () => {
    expect(new URL(harness.bot.url).hostname).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(
      loadConfig({ MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', MicrosoftAppPassword: 'x' }).host,
    ).toBe('0.0.0.0');
  });

  it('does not post to an address a sender names elsewhere on the network', async () => {
    const activity = harness.teams.activity(KARIN, 'personal', 'ssrf-1', { type: 'message', text: 'hej' });
    const port = new URL(harness.bot.url).port;
    for (const serviceUrl of [
      'http://10.11.12.13:8080/',
      // A name that only looks like loopback, and another host's "own connector" path.
      'http://127.attacker.invalid:8080/',
      'http://127.0.0.1.nip.io/',
      `http://203.0.113.7:${port}/chat/connector`,
      `http://user@127.0.0.1:${port}/chat/connector/`,
    ]) {
      const response = await fetch(`${harness.bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...activity, serviceUrl }),
      });
      expect(response.status, serviceUrl).toBe(400);
    }
    expect(connector.calls.filter((c) => c.conversationId.endsWith('ssrf-1'))).toHaveLength(0);
  });

  it('keeps waiting replies for a bounded number of conversations, and of bytes', () => {
    const local = new LocalConnector();
    for (let i = 0; i < 2000; i++)
      local.publish(`c${i}`, 'activity', { type: 'message', text: 'x'.repeat(1000) }, 1050);
    expect(local.waitingConversations).toBeLessThanOrEqual(100);
    for (let i = 0; i < 200; i++)
      local.publish(`big${i % 3}`, 'activity', { type: 'message', text: 'x' }, 200 * 1024);
    expect(local.waitingBytes).toBeLessThanOrEqual(8 * 1024 * 1024);
    // What a page receives on connecting is what was kept, and it is then no longer waiting.
    const received: unknown[] = [];
    const stop = local.subscribe('big2', (event) => received.push(event));
    expect(received.length).toBeGreaterThan(0);
    expect(local.waitingBytes).toBeLessThanOrEqual(8 * 1024 * 1024 - received.length * 200 * 1024);
    stop();
    expect(local.hasRoom()).toBe(true);
  });

  it('reads the chat connector with the same body limits as the bot', async () => {
    const url = `${harness.bot.url}/chat/connector/v3/conversations/limits-2/activities`;
    const post = (body: string, type = 'application/json') =>
      fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body });
    expect((await post(JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) }))).status).toBe(413);
    const bad = await post('{"type": ');
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toMatch(/Unexpected|Expected|position/);
    expect((await post(JSON.stringify({ type: 'message', text: 'hej' }))).status).toBe(200);
  });

  it('drops a chat page that does not read its events, and keeps no more of them in memory', async () => {
    const { port } = new URL(harness.bot.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`GET /chat/events/stalled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    // Reads nothing: what the server sends piles up in its memory unless it gives up on the page.
    socket.pause();
    const body = JSON.stringify({ type: 'message', text: 'x'.repeat(200 * 1024) });
    const sent = 60;
    for (let i = 0; i < sent; i++) {
      const response = await fetch(`${harness.bot.url}/chat/connector/v3/conversations/stalled/activities`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(response.status).toBe(200);
    }
    // Now reading: the server has dropped the page, so the stream ends, having carried only part.
    let received = 0;
    socket.on('data', (chunk: Buffer) => (received += chunk.length));
    const closed = new Promise<boolean>((resolve) => {
      socket.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 3000).unref();
    });
    socket.resume();
    expect(await closed).toBe(true);
    expect(received).toBeLessThan(sent * body.length);
    socket.destroy();
  });

  it('refuses an identity longer than any Teams id', async () => {
    const activity = harness.teams.activity(KARIN, 'personal', 'long-id', {
      type: 'message',
      text: 'english please',
    });
    const from = { ...(activity['from'] as object), aadObjectId: 'a'.repeat(400 * 1024) };
    const before = await recordedOnDisk(harness.bot.storeFile);
    expect((await harness.teams.post({ ...activity, from })).status).toBe(400);
    expect(await recordedOnDisk(harness.bot.storeFile)).toEqual(before);
  });

  it('serves a bounded number of chat pages at once, and the bot goes on answering', async () => {
    const streams: AbortController[] = [];
    try {
      let refused = 0;
      for (let i = 0; i <= MAX_LISTENERS; i++) {
        const abort = new AbortController();
        streams.push(abort);
        const response = await fetch(`${harness.bot.url}/chat/events/page-${i}`, { signal: abort.signal });
        if (response.status === 503) refused++;
        else expect(response.status).toBe(200);
      }
      expect(refused).toBe(1);
      expect((await fetch(`${harness.bot.url}/healthz`)).status).toBe(200);
    } finally {
      for (const abort of streams) abort.abort();
    }
    // Closed pages make room again.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      await new Promise((r) => setTimeout(r, 20));
      const abort = new AbortController();
      status = (await fetch(`${harness.bot.url}/chat/events/page-again`, { signal: abort.signal })).status;
      abort.abort();
    }
    expect(status).toBe(200);
  });
});
