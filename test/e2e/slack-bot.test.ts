import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeatRules } from '../../src/domain/nomination.js';
import { blockKitProblems } from '../../src/channels/slack/block-kit.js';
import { addWorkingGroup, openRound } from '../../src/services/nominations.js';
import { systemActor } from '../../src/services/ports.js';
import { startBot } from '../helpers/bot-server.js';
import { runSamrad } from '../helpers/run-samrad.js';
import { FAKE_BOT_USER } from '../fakes/fake-slack-api.js';
import { blocksText, buttonsOf, signSlack, type SlackUser } from '../helpers/slack-client.js';
import { SLACK_BOT_TOKEN, useSlackBot } from '../helpers/slack-harness.js';

/**
 * samrad in Slack, from outside: signed requests to /slack/events over real HTTP, a fake Slack
 * Web API behind SLACK_API_URL receiving what the bot writes. The decisions are in
 * slack-decisions.test.ts.
 */
const KARIN: SlackUser = { id: 'U0DEMO001', name: 'karin' };
const MARIA_FALUN: SlackUser = { id: 'U0DEMO003', name: 'maria' };
const STRANGER: SlackUser = { id: 'U0NOBODY1', name: 'okand' };
const CHANNEL = 'C0FRAGOR';
const GROUP = 'arbetsgrupp-psykisk-halsa';
const GROUP_NAME = 'Arbetsgrupp psykisk hälsa';

const harness = useSlackBot({
  prepare: async (store, clock) => {
    await addWorkingGroup(store, clock, systemActor('test'), {
      id: GROUP,
      name: GROUP_NAME,
      body: 'chefsnatverket',
      seats: parseSeatRules('municipalities=3,region=3') ?? {
        municipalities: { ordinary: 0, substitute: 0 },
        region: { ordinary: 0, substitute: 0 },
      },
    });
    await openRound(store, clock, systemActor('test'), {
      group: GROUP,
      deadline: '2026-12-01',
      decideAt: 'chefsnatverket-2026-12-04',
    });
  },
});
const samrad = (...args: string[]) =>
  runSamrad(args, { SAMRAD_DB: harness.bot.storeFile, SAMRAD_NOW: '2026-11-23T10:30:00+01:00' });
const nominations = async () =>
  JSON.parse((await samrad('nomination', 'list', '--group', GROUP, '--json')).stdout).nominations as {
    name: string;
    principal: string;
  }[];

/** The next call of `method` from call number `from` on. */
const next = (method: string, from: number, test: (args: Record<string, unknown>) => boolean = () => true) =>
  harness.slackApi.waitFor(
    (c) => c.method === method && harness.slackApi.calls.indexOf(c) >= from && test(c.args),
  );
const mark = () => harness.slackApi.calls.length;
const writes = () => harness.slackApi.calls.filter((c) => c.method !== 'auth.test').length;

describe('signatures', () => {
  const command = new URLSearchParams({
    team_id: 'T0SAMRAD',
    channel_id: CHANNEL,
    user_id: KARIN.id,
    user_name: 'karin',
    command: '/samrad',
    text: 'koppla chatten till Chefsnätverket',
    trigger_id: 't',
  }).toString();
  const form = 'application/x-www-form-urlencoded';
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ['no signature', { signature: null }],
    ['a wrong signature', { signature: `v0=${'0'.repeat(64)}` }],
    ['a signature in another form', { signature: 'v1=abc' }],
    ['a signature made with another secret', { secret: 'anothersecret123456' }],
    ['a stale timestamp (six minutes old)', { timestamp: now() - 6 * 60 }],
    ['a timestamp six minutes ahead', { timestamp: now() + 6 * 60 }],
  ])('refuses a request with %s with a bare 401 and touches nothing', async (_case, options) => {
    const before = writes();
    const stored = readFileSync(harness.bot.storeFile, 'utf8');
    const answer = await harness.slack.post(command, form, options);
    expect(answer.status).toBe(401);
    expect(await answer.text()).toBe('');
    await new Promise((r) => setTimeout(r, 200));
    expect(writes()).toBe(before);
    expect(readFileSync(harness.bot.storeFile, 'utf8')).toBe(stored);
  });

  it('refuses a body changed after it was signed', async () => {
    const timestamp = now();
    const signature = signSlack(command, timestamp);
    const answer = await harness.slack.post(command.replace('koppla', 'avkoppla'), form, {
      timestamp,
      signature,
    });
    expect(answer.status).toBe(401);
  });

  it("refuses Slack's published example request: it is years old", async () => {
    // docs.slack.dev, "Verifying requests from Slack": correctly signed, but with its 2018 timestamp.
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const answer = await harness.slack.post(body, form, {
      timestamp: 1531420618,
      signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    });
    expect(answer.status).toBe(401);
  });

  it.each([
    ['null', 'application/json'],
    ['[1,2]', 'application/json'],
    ['"text"', 'application/json'],
    ['not json', 'application/json'],
    ['payload=null', form],
    ['payload=%5B1%5D', form],
    ['payload=%7B%7D&payload=%7B%7D', form],
    ['payload=%7Bbroken', form],
  ])('refuses a signed body no Slack request has (%s) with 400, and keeps running', async (body, type) => {
    const answer = await harness.slack.post(body, type);
    expect(answer.status).toBe(400);
    expect((await fetch(`${harness.bot.url}/healthz`)).status).toBe(200);
  });

  it('answers the URL verification challenge when it is signed', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'samrad-challenge-123', type: 'url_verification' });
    const answer = await harness.slack.post(body, 'application/json');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ challenge: 'samrad-challenge-123' });
  });

  it('refuses a body larger than any Slack request with 413, before checking it', async () => {
    const answer = await harness.slack.post(`payload=${'x'.repeat(300 * 1024)}`, form);
    expect(answer.status).toBe(413);
  });

  it('does not mount /slack/events without a signing secret, and says so at start', async () => {
    const bot = await startBot({ SLACK_BOT_TOKEN, SLACK_API_URL: harness.slackApi.url });
    try {
      expect(bot.slack).toBe('no-signing-secret');
      const answer = await fetch(`${bot.url}/slack/events`, { method: 'POST', body: 'x' });
      expect(answer.status).toBe(404);
    } finally {
      await bot.cleanup();
    }
  });
});

describe('questions', () => {
  it('answers /samrad with a message to the asker alone, in Swedish', async () => {
    const from = mark();
    const answer = await harness.slack.command(MARIA_FALUN, 'när är nästa möte?', CHANNEL);
    expect(answer.status).toBe(200);
    const call = await next('chat.postEphemeral', from);
    expect(call.args).toMatchObject({ channel: CHANNEL, user: MARIA_FALUN.id });
    const text = blocksText(call.args['blocks']);
    expect(text).toContain('Chefsnätverket');
    expect(text).toContain('fredag 4 december 2026');
    expect(String(call.args['text'])).toContain('fredag 4 december 2026');
    expect(call.token).toBe(SLACK_BOT_TOKEN);
  });

  it('answers a mention in the channel, and in English when asked in English', async () => {
    const from = mark();
    await harness.slack.mention(MARIA_FALUN, 'who presents item 5 at the next meeting?', CHANNEL);
    const call = await next('chat.postMessage', from);
    expect(call.args['channel']).toBe(CHANNEL);
    const text = blocksText(call.args['blocks']);
    expect(text).toContain('Tanja Mårtensson');
    expect(text).toMatch(/Presenter|presents/);
  });

  it('answers a direct message in the direct message', async () => {
    const from = mark();
    await harness.slack.direct(MARIA_FALUN, 'vad står på dagordningen?');
    const call = await next('chat.postMessage', from);
    expect(call.args['channel']).toBe(`D${MARIA_FALUN.id.slice(1)}`);
    const blocks = call.args['blocks'] as unknown[];
    expect(blockKitProblems(blocks, 'message')).toEqual([]);
    expect(blocksText(blocks)).toContain('Finansiering av utvecklingsledare inom RSS Dalarna 2027');
  });

  it('answers someone not on the roster as Teams does: agendas yes, their own seats no', async () => {
    const from = mark();
    await harness.slack.command(STRANGER, 'när är nästa möte i välfärdsrådet?', CHANNEL);
    expect(blocksText((await next('chat.postEphemeral', from)).args['blocks'])).toContain('Välfärdsrådet');
  });

  it('shows the help for a bare mention, and answers an example pressed', async () => {
    const from = mark();
    await harness.slack.mention(MARIA_FALUN, '', CHANNEL);
    const help = await next('chat.postMessage', from);
    const examples = buttonsOf(help.args['blocks'] as unknown[]);
    expect(examples.length).toBeGreaterThan(3);
    expect(examples[0]?.action_id.startsWith('ask')).toBe(true);
    const ts = String([...harness.slackApi.messages.values()].at(-1)?.ts);
    const pressedAt = mark();
    await harness.slack.press(MARIA_FALUN, examples[0] ?? { action_id: '', value: '' }, {
      channel: CHANNEL,
      ts,
    });
    const answer = await next('chat.postMessage', pressedAt);
    expect(blocksText(answer.args['blocks'])).toContain('Chefsnätverket');
  });

  it('keeps a button pressed on an answer only the asker saw to the asker', async () => {
    const from = mark();
    await harness.slack.command(MARIA_FALUN, 'när är nästa möte?', CHANNEL);
    const first = await next('chat.postEphemeral', from);
    const agenda = buttonsOf(first.args['blocks'] as unknown[]).find((b) => b.action_id === 'agenda.show');
    expect(agenda).toBeDefined();
    const pressedAt = mark();
    await harness.slack.press(MARIA_FALUN, agenda ?? { action_id: '', value: '' }, {
      channel: CHANNEL,
      ts: '1.1',
      ephemeral: true,
    });
    const answer = await next('chat.postEphemeral', pressedAt);
    expect(blocksText(answer.args['blocks'])).toContain('Finansiering av utvecklingsledare');
    expect(harness.slackApi.calls.slice(pressedAt).some((c) => c.method === 'chat.postMessage')).toBe(false);
  });

  it('keeps what a member asked privately out of another member’s follow-up', async () => {
    const from = mark();
    await harness.slack.command(MARIA_FALUN, 'vad står på dagordningen för välfärdsrådet?', 'C0PRIVAT');
    await next('chat.postEphemeral', from);
    const asked = mark();
    await harness.slack.command({ id: 'U0DEMO005', name: 'sara' }, 'vem föredrar punkt 5?', 'C0PRIVAT');
    const text = blocksText((await next('chat.postEphemeral', asked)).args['blocks']);
    // Sara is a member of Chefsnätverket: her item 5 is her own body's, not the council's Maria saw.
    expect(text).toContain('Chefsnätverket');
    expect(text).not.toContain('Välfärdsrådet');
  });

  it('says what it can answer, and shows no meeting, for a question outside its field', async () => {
    const from = mark();
    await harness.slack.command(MARIA_FALUN, 'vad blir det för väder i helgen?', CHANNEL);
    const text = blocksText((await next('chat.postEphemeral', from)).args['blocks']);
    expect(text).toMatch(/Jag förstod inte riktigt|kan jag inte svara på/);
    expect(text).not.toContain('fredag 4 december');
  });

  it('ignores messages from bots and edits, and does not answer itself', async () => {
    const before = writes();
    await harness.slack.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D0X',
      bot_id: 'B1',
      text: 'hej',
      ts: '1.2',
    });
    await harness.slack.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D0X',
      subtype: 'message_changed',
      ts: '1.3',
    });
    await harness.slack.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D0X',
      user: FAKE_BOT_USER,
      text: 'hej',
      ts: '1.4',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(writes()).toBe(before);
  });

  it('answers an event Slack delivers twice (a retry) once', async () => {
    const from = mark();
    const event = {
      type: 'app_mention',
      user: MARIA_FALUN.id,
      text: `<@${FAKE_BOT_USER}> när är nästa möte?`,
      channel: 'C0RETRY',
      ts: '1700000000.000900',
    };
    await harness.slack.event(event, { eventId: 'EvRETRY1' });
    await next('chat.postMessage', from, (a) => a['channel'] === 'C0RETRY');
    await harness.slack.event(event, { eventId: 'EvRETRY1' });
    await new Promise((r) => setTimeout(r, 300));
    expect(harness.slackApi.calls.slice(from).filter((c) => c.args['channel'] === 'C0RETRY')).toHaveLength(1);
  });

  it('greets a channel it is added to', async () => {
    const from = mark();
    await harness.slack.event({
      type: 'member_joined_channel',
      user: FAKE_BOT_USER,
      channel: 'C0NYKANAL',
      channel_type: 'C',
      team: 'T0SAMRAD',
      inviter: KARIN.id,
      event_ts: '1.5',
    });
    const call = await next('chat.postMessage', from);
    expect(call.args['channel']).toBe('C0NYKANAL');
    expect(blocksText(call.args['blocks'])).toMatch(/Hej/);
  });

  it('tells the chair to invite samrad when it may not post the decision in a channel', async () => {
    harness.slackApi.notIn.add('C0STANGD');
    const from = mark();
    await harness.slack.command(KARIN, 'öppna beslut punkt 5 för chefsnätverket', 'C0STANGD');
    const told = await next('chat.postMessage', from, (a) => a['channel'] === KARIN.id);
    expect(blocksText(told.args['blocks'])).toContain('/invite @samrad');
  });
});

describe('nominations', () => {
  it('takes a nomination written as a sentence, and sends the nominee nothing when they are not on the roster', async () => {
    const from = mark();
    await harness.slack.command(MARIA_FALUN, `nominera Anna Berg, Falun, till ${GROUP_NAME}`, CHANNEL);
    expect(blocksText((await next('chat.postEphemeral', from)).args['blocks'])).toContain(
      `Anna Berg är nominerad till ${GROUP_NAME}.`,
    );
    expect(await nominations()).toMatchObject([{ name: 'Anna Berg', principal: 'Falun' }]);
  });

  it('opens the form as a modal, and takes the nomination from it', async () => {
    const from = mark();
    await harness.slack.command(KARIN, `nominera till ${GROUP_NAME}`, CHANNEL);
    const open = await next('views.open', from);
    const view = open.args['view'] as Record<string, unknown>;
    expect(view['callback_id']).toBe('nomination.submit');
    expect(blockKitProblems(view['blocks'] as unknown[], 'modal')).toEqual([]);
    const inputs = (view['blocks'] as { block_id?: string }[]).map((b) => b.block_id).filter(Boolean);
    expect(inputs).toEqual(['name', 'email', 'principal', 'side', 'seat', 'motivation']);
    // "nominera till <group>" names no one: the name starts empty.
    expect(JSON.stringify(view['blocks'])).not.toContain('initial_value');
    expect(String((view['title'] as { text: string }).text).length).toBeLessThanOrEqual(24);

    // A wrong form is answered in the modal, and nothing is stored.
    const wrong = await harness.slack.submit(KARIN, view, {
      name: 'Bo Ek',
      principal: 'mora',
      side: 'region',
    });
    const update = (await wrong.json()) as { response_action: string; view: Record<string, unknown> };
    expect(update.response_action).toBe('update');
    expect(blocksText(update.view['blocks'])).toContain('Mora hör till kommunerna');
    expect(await nominations()).toHaveLength(1);

    const sentAt = mark();
    const answer = await harness.slack.submit(KARIN, view, {
      name: 'Eva Lind',
      email: 'eva.lind@mora.se',
      principal: 'mora',
      side: 'municipalities',
      seat: 'ordinary',
      motivation: 'Leder arbetet med psykisk hälsa i Mora.',
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('');
    const told = await next('chat.postEphemeral', sentAt);
    expect(told.args).toMatchObject({ channel: CHANNEL, user: KARIN.id });
    expect(blocksText(told.args['blocks'])).toContain(`Eva Lind är nominerad till ${GROUP_NAME}.`);
    expect((await nominations()).map((n) => n.name)).toEqual(['Anna Berg', 'Eva Lind']);
  });

  it('posts the form button when the form cannot be opened at once (a mention has no trigger)', async () => {
    const from = mark();
    await harness.slack.mention(KARIN, `nominera till ${GROUP_NAME}`, CHANNEL);
    const post = await next('chat.postMessage', from);
    const formButton = buttonsOf(post.args['blocks'] as unknown[]).find(
      (b) => b.action_id === 'nomination.form',
    );
    expect(JSON.parse(formButton?.value ?? '{}')).toMatchObject({ groupId: GROUP });
    const pressedAt = mark();
    await harness.slack.press(KARIN, formButton ?? { action_id: '', value: '' }, {
      channel: CHANNEL,
      ts: '1.6',
    });
    const open = await next('views.open', pressedAt);
    expect((open.args['view'] as { callback_id: string }).callback_id).toBe('nomination.submit');
  });

  it('sends a nominee on the roster the request as a direct message, and takes their answer there', async () => {
    // Per Ström (Leksand) is on the roster with a Slack id: a nomination of him reaches him in Slack.
    const from = mark();
    await harness.slack.command(KARIN, `nominera Per Ström, Leksand, till ${GROUP_NAME}`, CHANNEL);
    const request = await next('chat.postMessage', from, (a) => a['channel'] === 'U0DEMO008');
    const buttons = buttonsOf(request.args['blocks'] as unknown[]);
    expect(buttons.map((b) => b.action_id)).toEqual([
      'nomination.respond:accept',
      'nomination.respond:decline',
    ]);
    const confirmation = blocksText((await next('chat.postEphemeral', from)).args['blocks']);
    expect(confirmation).toContain('Per Ström är nominerad');
    expect(confirmation).not.toContain('har inte chattat med samrad');
    const dm = [...harness.slackApi.messages.values()].find((m) => m.channel === 'D0DEMO008');
    const pressedAt = mark();
    await harness.slack.press({ id: 'U0DEMO008', name: 'per' }, buttons[0] ?? { action_id: '', value: '' }, {
      channel: 'D0DEMO008',
      ts: dm?.ts ?? '',
    });
    const replaced = await next('chat.update', pressedAt);
    expect(replaced.args['ts']).toBe(dm?.ts);
    expect(blocksText(replaced.args['blocks'])).toMatch(/tackat ja|Tack/);
    // One answer: a second, other answer (from a request still shown in another channel) is
    // refused in words, and the record keeps the first.
    const again = mark();
    await harness.slack.press({ id: 'U0DEMO008', name: 'per' }, buttons[1] ?? { action_id: '', value: '' }, {
      channel: 'D0DEMO008',
      ts: dm?.ts ?? '',
    });
    const refused = await harness.slackApi.waitFor(
      (c) =>
        harness.slackApi.calls.indexOf(c) >= again &&
        ['chat.update', 'chat.postEphemeral'].includes(c.method),
    );
    expect(blocksText(refused.args['blocks'])).toContain('Du har redan tackat ja');
    const per = (await nominations()).find((n) => n.name === 'Per Ström') as unknown as { status: string };
    expect(per.status).toBe('accepted');
  });
});
