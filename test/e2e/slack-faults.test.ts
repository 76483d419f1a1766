import { describe, expect, it } from 'vitest';
import { runSamrad } from '../helpers/run-samrad.js';
import { blocksText, buttonsOf, type SlackUser } from '../helpers/slack-client.js';
import { useSlackBot } from '../helpers/slack-harness.js';

/**
 * samrad when Slack misbehaves: a call refused, failing, or asking samrad to wait. What a member
 * is told stays true (a vote that was stored is not reported as "nothing changed"), one slow
 * update holds up no one else, and nothing acknowledged is lost.
 */
const CHAIR: SlackUser = { id: 'U0DEMO001', name: 'karin' };
const MARIA: SlackUser = { id: 'U0DEMO003', name: 'maria' };
const JOHAN: SlackUser = { id: 'U0DEMO004', name: 'johan' };
const CHANNEL = 'C0FEL';

const harness = useSlackBot();
const samrad = (...args: string[]) =>
  runSamrad(args, { SAMRAD_DB: harness.bot.storeFile, SAMRAD_NOW: '2026-11-23T10:30:00+01:00' });
const mark = () => harness.slackApi.calls.length;
const next = (method: string, from: number, test: (args: Record<string, unknown>) => boolean = () => true) =>
  harness.slackApi.waitFor(
    (c) => c.method === method && harness.slackApi.calls.indexOf(c) >= from && test(c.args),
    8000,
  );

let decisionId = '';
let shared = { channel: CHANNEL, ts: '' };

describe('when Slack fails', () => {
  it('opens a decision to vote on', async () => {
    const linking = mark();
    await harness.slack.command(CHAIR, 'koppla chatten till Chefsnätverket', CHANNEL);
    // The command is acknowledged before it is carried out: the link is there once it is told.
    await next('chat.postEphemeral', linking);
    const from = mark();
    await harness.slack.command(CHAIR, 'öppna beslut punkt 5', CHANNEL);
    const post = await next('chat.postMessage', from);
    decisionId = (
      JSON.parse(buttonsOf(post.args['blocks'] as unknown[])[0]?.value ?? '{}') as { decisionId: string }
    ).decisionId;
    shared = { channel: CHANNEL, ts: [...harness.slackApi.messages.values()].at(-1)?.ts ?? '' };
    expect(decisionId).not.toBe('');
  });

  it.each([
    ['refuses it', { error: 'internal_error' }],
    ['fails with HTTP 500', { status: 500 }],
  ])('keeps a vote whose confirmation Slack %s, and does not say nothing changed', async (_case, fault) => {
    harness.slackApi.faults.push({ method: 'chat.postEphemeral', fault });
    const from = mark();
    await harness.slack.press(
      MARIA,
      { action_id: 'decision.vote:against', value: JSON.stringify({ decisionId, choice: 'against' }) },
      shared,
    );
    // The confirmation failed; the second message is what Maria is told.
    const toMaria = () =>
      harness.slackApi.calls
        .slice(from)
        .filter((c) => c.method === 'chat.postEphemeral' && c.args['user'] === MARIA.id);
    await harness.slackApi.waitFor(() => toMaria().length >= 2, 8000);
    const said = blocksText(toMaria()[1]?.args['blocks']);
    expect(said).toContain('Jag kunde inte visa svaret i Slack just nu');
    expect(said).not.toContain('Ingenting har ändrats');
    const record = JSON.parse((await samrad('decision', 'show', decisionId, '--json')).stdout);
    expect(record.votes.find((v: { name: string }) => v.name === 'Maria Holm')?.choice).toBe('against');
  });

  it('holds up no other answer while Slack asks samrad to wait before updating the shared message', async () => {
    harness.slackApi.faults.push({ method: 'chat.update', fault: { retryAfter: 8 } });
    await harness.slack.press(
      JOHAN,
      { action_id: 'decision.vote:for', value: JSON.stringify({ decisionId, choice: 'for' }) },
      shared,
    );
    // The update is asked for a second after the vote, and is told to wait.
    await harness.slackApi.waitFor((c) => c.method === 'chat.update', 5000);
    const from = mark();
    const started = Date.now();
    await harness.slack.command(MARIA, 'när är nästa möte?', CHANNEL);
    await next('chat.postEphemeral', from, (a) => a['user'] === MARIA.id);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('keeps the Teams card up to date while Slack asks samrad to wait before updating its message', async () => {
    const karin = { name: 'Karin Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000001' };
    const sara = { name: 'Sara Eklund', aadObjectId: '00000000-0000-4000-8000-000000000005' };
    await harness.teams.ask(karin, 'koppla chatten till Chefsnätverket', 'groupChat', 'teams-fel');
    const { reply } = await harness.teams.ask(karin, 'öppna beslut punkt 5', 'groupChat', 'teams-fel');
    const cardId = String(harness.connector.calls.find((c) => c.activity === reply)?.assignedId ?? '');
    // A vote whose Slack update is told to wait 15 s …
    harness.slackApi.faults.push({ method: 'chat.update', fault: { retryAfter: 15 } });
    const waiting = mark();
    await harness.slack.press(
      JOHAN,
      { action_id: 'decision.vote:abstain', value: JSON.stringify({ decisionId, choice: 'abstain' }) },
      shared,
    );
    await next('chat.update', waiting);
    // … and, during the wait, a vote in Teams: its card is updated at once all the same.
    const before = harness.connector.calls.length;
    const started = Date.now();
    await harness.teams.press(
      sara,
      'decision.vote',
      { decisionId, choice: 'abstain' },
      'teams-fel',
      'groupChat',
    );
    while (Date.now() - started < 6000) {
      if (harness.connector.calls.slice(before).some((c) => c.method === 'PUT' && c.activityId === cardId))
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(
      harness.connector.calls.slice(before).some((c) => c.method === 'PUT' && c.activityId === cardId),
    ).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers members although Slack will not say who samrad is (auth.test failing)', async () => {
    // A bot that has not yet asked: its first request meets the failure.
    const { startBot } = await import('../helpers/bot-server.js');
    harness.slackApi.faults.push(
      { method: 'auth.test', fault: { status: 500 } },
      { method: 'auth.test', fault: { status: 500 } },
    );
    const bot = await startBot({
      SLACK_SIGNING_SECRET: 'slacksigningsecret0123456789abcd',
      SLACK_BOT_TOKEN: 'xoxb-1234-5678-samradtesttoken',
      SLACK_API_URL: harness.slackApi.url,
    });
    try {
      const { SlackClient } = await import('../helpers/slack-client.js');
      const from = mark();
      await new SlackClient(bot.url).command(MARIA, 'när är nästa möte?', 'C0AUTH');
      const answer = await next('chat.postEphemeral', from, (a) => a['channel'] === 'C0AUTH');
      expect(blocksText(answer.args['blocks'])).toContain('Chefsnätverket');
    } finally {
      await bot.cleanup();
    }
  });

  it('answers a direct message with a file attached', async () => {
    const from = mark();
    await harness.slack.event({
      type: 'message',
      subtype: 'file_share',
      channel_type: 'im',
      channel: 'D0FIL',
      user: MARIA.id,
      text: 'när är nästa möte?',
      ts: '1.7',
    });
    expect(
      blocksText((await next('chat.postMessage', from, (a) => a['channel'] === 'D0FIL')).args['blocks']),
    ).toContain('Chefsnätverket');
  });

  it('answers a path Bolt does not know with a bare 404', async () => {
    const body = 'command=%2Fsamrad&text=hej&user_id=U0DEMO003&channel_id=C1&team_id=T1';
    const timestamp = Math.floor(Date.now() / 1000);
    const { signSlack } = await import('../helpers/slack-client.js');
    const answer = await fetch(`${harness.bot.url}/slack/events;x`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Slack-Request-Timestamp': String(timestamp),
        'X-Slack-Signature': signSlack(body, timestamp),
      },
      body,
    });
    expect([200, 404]).toContain(answer.status);
    expect(await answer.text()).not.toMatch(/Error|Unhandled/);
  });
});
