import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelMeeting } from '../../src/conversation/views/panel-views.js';
import { startBot } from '../helpers/bot-server.js';
import { registeredEnv, startSsoKeys, type SsoKeys } from '../helpers/sso-keys.js';
import { cardText, executeActions } from '../helpers/card-checks.js';
import { runSamrad } from '../helpers/run-samrad.js';
import { useTeamsBot } from '../helpers/teams-harness.js';
import { cardOf, type TeamsUser } from '../helpers/teams-client.js';

/**
 * The meeting panel's JSON API over real HTTP: in local mode with the stand-in header, and
 * registered with Teams SSO tokens signed by a local key. Votes from the panel and from the chat
 * make one tally, and the chat's shared card follows a panel vote.
 */
const CHAIR: TeamsUser = { name: 'Karin Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000001' };
const CHAT = 'panel-meeting-chat';
/** The chat's id as Teams gives it (the test client's group chats: "19:…@thread.v2"). */
const CHAT_ID = encodeURIComponent(`19:${CHAT}@thread.v2`);
const MEETING = 'chefsnatverket-2026-12-04';

const harness = useTeamsBot();
const api = (path: string, init: RequestInit & { as?: string } = {}) =>
  fetch(`${harness.bot.url}${path}`, {
    ...init,
    headers: {
      ...(init.as ? { 'X-Samrad-Dev-User': init.as } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
  });
const showDecision = async (id: string) =>
  JSON.parse(
    (
      await runSamrad(['decision', 'show', id, '--json'], {
        SAMRAD_DB: harness.bot.storeFile,
        SAMRAD_NOW: '2026-11-23T10:30:00+01:00',
      })
    ).stdout,
  );

let decisionId = '';
let cardId = '';

describe('the panel API in local mode', () => {
  it('asks who you are (401), and lets in only people on the roster (403)', async () => {
    expect((await api(`/api/panel/meeting?meetingId=${MEETING}`)).status).toBe(401);
    expect((await api(`/api/panel/meeting?meetingId=${MEETING}`, { as: 'nobody-at-all' })).status).toBe(403);
  });

  it('shows the meeting, its agenda and no decisions yet', async () => {
    const answer = await api(`/api/panel/meeting?meetingId=${MEETING}`, { as: 'maria-holm' });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as PanelMeeting;
    expect(body.meeting).toMatchObject({
      id: MEETING,
      body: 'chefsnatverket',
      bodyName: 'Chefsnätverket',
      date: '2026-12-04',
      startTime: '09:30',
      endTime: '12:00',
      place: 'Teams',
    });
    expect(body.items.length).toBeGreaterThan(3);
    expect(body.items.find((i: { number: number }) => i.number === 5)).toMatchObject({
      title: 'Finansiering av utvecklingsledare inom RSS Dalarna 2027',
      kind: 'decision',
      presenter: 'Tanja Mårtensson',
    });
    expect(body.decisions).toMatchObject([]);
    expect((await api('/api/panel/meeting?meetingId=no-such-meeting', { as: 'maria-holm' })).status).toBe(
      404,
    );
  });

  it('finds the meeting from the chat linked to the body, and shows a decision opened in the chat', async () => {
    await harness.teams.ask(CHAIR, 'koppla chatten till Chefsnätverket', 'groupChat', CHAT);
    const { card, reply } = await harness.teams.ask(CHAIR, 'öppna beslut punkt 5', 'groupChat', CHAT);
    decisionId = (
      executeActions(card).find((a) => a.verb === 'decision.vote')?.data as { decisionId: string }
    ).decisionId;
    cardId = String(harness.connector.calls.find((c) => c.activity === reply)?.assignedId ?? '');
    const body = (await (
      await api(`/api/panel/meeting?chatId=${CHAT_ID}`, { as: 'maria-holm' })
    ).json()) as PanelMeeting;
    expect(body.meeting.id).toBe(MEETING);
    expect(body.decisions).toMatchObject([
      {
        id: decisionId,
        itemNumber: 5,
        status: 'open',
        tally: { for: 0, against: 0, abstain: 0 },
        myVote: null,
      },
    ]);
  });

  it('casts a vote from the panel into the same tally as the chat, and the chat’s card follows', async () => {
    const answer = await api(`/api/panel/decisions/${decisionId}/vote`, {
      method: 'POST',
      as: 'maria-holm',
      body: JSON.stringify({ choice: 'for' }),
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({
      id: decisionId,
      itemNumber: 5,
      status: 'open',
      tally: { for: 1, against: 0, abstain: 0 },
      myVote: 'for',
    });
    // A vote in the chat by another member: one tally.
    const johan: TeamsUser = { name: 'Johan Dahl', aadObjectId: '00000000-0000-4000-8000-000000000004' };
    await harness.teams.press(johan, 'decision.vote', { decisionId, choice: 'against' }, CHAT, 'groupChat');
    const mine = (
      (await (
        await api(`/api/panel/meeting?meetingId=${MEETING}`, { as: 'maria-holm' })
      ).json()) as PanelMeeting
    ).decisions[0];
    expect(mine).toMatchObject({ tally: { for: 1, against: 1, abstain: 0 }, myVote: 'for' });
    expect((await showDecision(decisionId)).tally).toEqual({ for: 1, against: 1, abstain: 0 });
    const deadline = Date.now() + 5000;
    let text = '';
    while (Date.now() < deadline && !text.includes('2 av ')) {
      const put = harness.connector.calls.filter((c) => c.method === 'PUT' && c.activityId === cardId).at(-1);
      text = put ? cardText(cardOf(put.activity)) : '';
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(text).toContain('2 av 9 röstberättigade har röstat.');
  });

  it('streams a change of the meeting’s decisions as server-sent events, with the watcher’s own vote', async () => {
    const abort = new AbortController();
    const stream = await fetch(`${harness.bot.url}/api/panel/events?meetingId=${MEETING}`, {
      headers: { 'X-Samrad-Dev-User': 'maria-holm' },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const sara: TeamsUser = { name: 'Sara Eklund', aadObjectId: '00000000-0000-4000-8000-000000000005' };
    await harness.teams.press(sara, 'decision.vote', { decisionId, choice: 'abstain' }, CHAT, 'groupChat');
    let text = '';
    const decoder = new TextDecoder();
    while (!/event: decision\ndata: .*\n\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    abort.abort();
    const data = JSON.parse(/event: decision\ndata: (.*)\n\n/.exec(text)?.[1] ?? '{}');
    expect(data).toMatchObject({
      id: decisionId,
      itemNumber: 5,
      status: 'open',
      tally: { for: 1, against: 1, abstain: 1 },
      myVote: 'for',
    });
    expect((await fetch(`${harness.bot.url}/api/panel/events?meetingId=${MEETING}`)).status).toBe(401);
  });

  it.each([
    ['an observer', 'elin-forsberg', { choice: 'for' }, 403],
    ['someone not on the roster', 'nobody-at-all', { choice: 'for' }, 403],
    ['a choice that does not exist', 'maria-holm', { choice: 'maybe' }, 400],
  ])('refuses a vote by %s and records nothing', async (_case, as, body, status) => {
    const before = (await showDecision(decisionId)).history.length;
    const answer = await api(`/api/panel/decisions/${decisionId}/vote`, {
      method: 'POST',
      as,
      body: JSON.stringify(body),
    });
    expect(answer.status).toBe(status);
    expect((await showDecision(decisionId)).history).toHaveLength(before);
  });

  it('gives the chair the controls (open, close), and no one else', async () => {
    const post = (path: string, as: string, body: unknown) =>
      api(path, { method: 'POST', as, body: JSON.stringify(body) });
    const open = { meetingId: MEETING, itemNumber: 6 };
    expect((await post('/api/panel/decisions', 'maria-holm', open)).status).toBe(403);
    const opened = await post('/api/panel/decisions', 'karin-lindqvist', open);
    expect(opened.status).toBe(201);
    const decision = (await opened.json()) as { id: string; itemNumber: number; status: string };
    expect(decision).toMatchObject({ itemNumber: 6, status: 'open' });
    expect(
      (await post(`/api/panel/decisions/${decision.id}/close`, 'maria-holm', { outcome: 'adopted' })).status,
    ).toBe(403);
    expect((await showDecision(decision.id)).status).toBe('open');
    expect(
      (await post(`/api/panel/decisions/${decision.id}/close`, 'karin-lindqvist', { outcome: 'maybe' }))
        .status,
    ).toBe(400);
    const closed = await post(`/api/panel/decisions/${decision.id}/close`, 'karin-lindqvist', {
      outcome: 'adopted',
    });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ id: decision.id, status: 'closed' });
    expect((await showDecision(decision.id)).outcome).toBe('adopted');
  });

  it('tells the page it is in local mode, with the people for its picker; without a meeting, the asker’s next one', async () => {
    const setup = (await (await api('/api/panel/setup')).json()) as {
      localMode: boolean;
      people: { id: string; name: string }[];
    };
    expect(setup.localMode).toBe(true);
    expect(setup.people).toContainEqual({ id: 'karin-lindqvist', name: 'Karin Lindqvist' });
    const mine = (await (await api('/api/panel/meeting', { as: 'maria-holm' })).json()) as PanelMeeting;
    expect(mine.meeting.id).toBe(MEETING);
    expect(mine.me).toEqual({ id: 'maria-holm', name: 'Maria Holm', chairs: false });
    const chair = (await (await api('/api/panel/meeting', { as: 'karin-lindqvist' })).json()) as PanelMeeting;
    expect(chair.me.chairs).toBe(true);
  });

  it('marks the item with the open decision as current, and says who may do what with a decision', async () => {
    const body = (await (
      await api(`/api/panel/meeting?meetingId=${MEETING}`, { as: 'maria-holm' })
    ).json()) as PanelMeeting;
    const open = body.decisions.find((d) => d.status === 'open');
    expect(body.currentItem).toBe(open?.itemNumber ?? null);
    expect(open).toMatchObject({
      title: 'Finansiering av utvecklingsledare inom RSS Dalarna 2027',
      canVote: true,
      canClose: false,
      eligible: 9,
    });
    expect(open?.proposal.length).toBeGreaterThan(0);
  });

  it('takes a nomination from the panel as the chat’s form does, and refuses a bad one in the asker’s language', async () => {
    const list = async () =>
      JSON.parse(
        (
          await runSamrad(['nomination', 'list', '--group', 'styrgrupp-gnv', '--json'], {
            SAMRAD_DB: harness.bot.storeFile,
            SAMRAD_NOW: '2026-11-23T10:30:00+01:00',
          })
        ).stdout,
      ) as { nominations: { name: string; nominatedBy: string }[] };
    const rounds = ((await (await api('/api/panel/meeting', { as: 'maria-holm' })).json()) as PanelMeeting)
      .nominationRounds;
    const round = rounds.find((r) => r.groupId === 'styrgrupp-gnv');
    expect(round?.principals.length).toBe(1);
    const principal = round?.principals[0]?.id ?? '';
    const before = (await list()).nominations.length;
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${harness.bot.url}/api/panel/nominations`, {
        method: 'POST',
        headers: { 'X-Samrad-Dev-User': 'maria-holm', 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const empty = await post({ groupId: 'styrgrupp-gnv', name: '', principal }, { 'Accept-Language': 'en' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { message: string }).message).toMatch(/name/i);
    expect((await list()).nominations).toHaveLength(before);
    const added = await post({
      groupId: 'styrgrupp-gnv',
      name: 'Ylva Panelsson',
      principal,
      seat: 'ordinary',
    });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({
      status: 'nominated',
      message: expect.stringContaining('Ylva Panelsson'),
    });
    const again = await post({
      groupId: 'styrgrupp-gnv',
      name: 'Ylva Panelsson',
      principal,
      seat: 'ordinary',
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'merged' });
    expect((await list()).nominations.find((n) => n.name === 'Ylva Panelsson')?.nominatedBy).toBe(
      'Maria Holm',
    );
    const nowhere = await post({ groupId: 'no-such-group', name: 'Ylva Panelsson', principal });
    expect(nowhere.status).toBe(403);
  });

  it('says every refusal in the asker’s language, by Accept-Language and its weights', async () => {
    const ask = async (as: string | null, language?: string) => {
      const answer = await fetch(`${harness.bot.url}/api/panel/meeting?meetingId=${MEETING}`, {
        headers: {
          ...(as ? { 'X-Samrad-Dev-User': as } : {}),
          ...(language ? { 'Accept-Language': language } : {}),
        },
      });
      return (await answer.json()) as { error: string; message: string };
    };
    expect(await ask(null)).toEqual({
      error: 'unauthorized',
      message: 'Panelen vet inte vem du är. Öppna den i Teams, där du är inloggad.',
    });
    expect((await ask('nobody-at-all', 'en-GB,en;q=0.9')).message).toBe(
      'You are not on the roster, so the panel cannot show you the meeting.',
    );
    expect((await ask('nobody-at-all', 'en;q=0.1, sv;q=1')).message).toContain('ledamotsregistret');
    expect((await ask('nobody-at-all', 'de-DE')).message).toContain('ledamotsregistret');
    const vote = await api(`/api/panel/decisions/${decisionId}/vote`, {
      method: 'POST',
      as: 'maria-holm',
      body: JSON.stringify({ choice: 'nej' }),
    });
    expect(((await vote.json()) as { message: string }).message).toBe(
      'Uppgifterna i förfrågan är ofullständiga eller felaktiga. Ingenting har ändrats.',
    );
  });

  it('answers an address the API does not have with a 404 in its own shape', async () => {
    const answer = await fetch(`${harness.bot.url}/api/panel/no-such-thing`, {
      headers: { 'Accept-Language': 'en' },
    });
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: 'not found', message: 'The panel has no such address.' });
  });

  it('lets one person hold a few live streams, not all of them', async () => {
    const controllers: AbortController[] = [];
    const open = async (as: string) => {
      const abort = new AbortController();
      controllers.push(abort);
      return fetch(`${harness.bot.url}/api/panel/events?meetingId=${MEETING}`, {
        headers: { 'X-Samrad-Dev-User': as },
        signal: abort.signal,
      });
    };
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await open('gunilla-ek')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 503]);
      expect((await open('maria-holm')).status).toBe(200);
    } finally {
      for (const abort of controllers) abort.abort();
    }
  });

  it('links a meeting chat that is not linked yet, for its chair only, and then shows its meeting', async () => {
    const chat = '19:meeting_unlinked-panel@thread.v2';
    const unlinked = await api(`/api/panel/meeting?chatId=${encodeURIComponent(chat)}`, {
      as: 'karin-lindqvist',
    });
    expect(unlinked.status).toBe(404);
    expect(((await unlinked.json()) as { linkable: { id: string }[] }).linkable.map((b) => b.id)).toContain(
      'chefsnatverket',
    );
    const member = await api(`/api/panel/meeting?chatId=${encodeURIComponent(chat)}`, { as: 'maria-holm' });
    expect(((await member.json()) as { linkable: unknown[] }).linkable).toEqual([]);
    const refused = await api('/api/panel/link', {
      method: 'POST',
      as: 'maria-holm',
      body: JSON.stringify({ chatId: chat, bodyId: 'chefsnatverket' }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toContain('Chefsnätverket');
    const linked = await api('/api/panel/link', {
      method: 'POST',
      as: 'karin-lindqvist',
      body: JSON.stringify({ chatId: chat, bodyId: 'chefsnatverket' }),
    });
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as PanelMeeting).meeting.id).toBe(MEETING);
    const now = await api(`/api/panel/meeting?chatId=${encodeURIComponent(chat)}`, { as: 'maria-holm' });
    expect(((await now.json()) as PanelMeeting).meeting.id).toBe(MEETING);
    // Another body's chair cannot take the chat over from a panel (the chat id is the page's word).
    const taken = await api('/api/panel/link', {
      method: 'POST',
      as: 'gunilla-ek',
      body: JSON.stringify({ chatId: chat, bodyId: 'valfardsradet' }),
    });
    expect(taken.status).toBe(403);
    expect(((await taken.json()) as { message: string }).message).toContain(
      'redan kopplad till Chefsnätverket',
    );
    const still = await api(`/api/panel/meeting?chatId=${encodeURIComponent(chat)}`, { as: 'maria-holm' });
    expect(((await still.json()) as PanelMeeting).meeting.id).toBe(MEETING);
    // Only a Teams chat's id.
    for (const odd of ['panel', 'a:personal-chat', '---', '19:x@thread.v2; drop'])
      expect(
        (
          await api('/api/panel/link', {
            method: 'POST',
            as: 'karin-lindqvist',
            body: JSON.stringify({ chatId: odd, bodyId: 'chefsnatverket' }),
          })
        ).status,
      ).toBe(400);
  });

  it('answers a vote on a decision that does not exist with 404', async () => {
    const answer = await api('/api/panel/decisions/no-such-decision/vote', {
      method: 'POST',
      as: 'maria-holm',
      body: JSON.stringify({ choice: 'for' }),
    });
    expect(answer.status).toBe(404);
  });
});

describe('the panel API with a bot registration', () => {
  let keys: SsoKeys;
  let bot: Awaited<ReturnType<typeof startBot>>;

  beforeAll(async () => {
    keys = await startSsoKeys();
    bot = await startBot(registeredEnv(keys.url));
  });
  afterAll(async () => {
    await bot.cleanup();
    await keys.close();
  });

  const token = (claims: Record<string, unknown> = {}) =>
    keys.token('00000000-0000-4000-8000-000000000003', claims);
  const get = (headers: Record<string, string>) =>
    fetch(`${bot.url}/api/panel/meeting?meetingId=${MEETING}`, { headers });

  it('lets in a valid Teams SSO token', async () => {
    const answer = await get({ Authorization: `Bearer ${await token()}` });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as PanelMeeting).meeting.id).toBe(MEETING);
  });

  it('ignores the local stand-in header, and refuses a token for another app, with a 401 that says no more', async () => {
    expect((await get({ 'X-Samrad-Dev-User': 'karin-lindqvist' })).status).toBe(401);
    const other = await get({ Authorization: `Bearer ${await token({ aud: 'api://another-app' })}` });
    expect(other.status).toBe(401);
    // The same words whatever was wrong with the token: the reason goes to the log only.
    expect(await other.json()).toEqual({
      error: 'unauthorized',
      message: 'Panelen vet inte vem du är. Öppna den i Teams, där du är inloggad.',
    });
  });

  it('says sign-in cannot be checked (503), not that the token is bad, while Entra ID’s keys are out of reach', async () => {
    const cut = await startBot(registeredEnv('http://127.0.0.1:9/keys'));
    try {
      const answer = await fetch(`${cut.url}/api/panel/meeting?meetingId=${MEETING}`, {
        headers: { Authorization: `Bearer ${await token()}`, 'Accept-Language': 'en' },
      });
      expect(answer.status).toBe(503);
      expect(((await answer.json()) as { message: string }).message).toBe(
        'Your sign-in cannot be checked just now. Try again in a moment.',
      );
    } finally {
      await cut.cleanup();
    }
  });

  it('refuses with 403 a valid token of someone not on the roster', async () => {
    const stranger = await token({ oid: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect((await get({ Authorization: `Bearer ${stranger}` })).status).toBe(403);
  });
});
