import { describe, expect, it } from 'vitest';
import { addMember } from '../../src/services/members.js';
import { systemActor } from '../../src/services/ports.js';
import { cardText, executeActions } from '../helpers/card-checks.js';
import { runSamrad } from '../helpers/run-samrad.js';
import { blocksText, buttonsOf, type SlackUser } from '../helpers/slack-client.js';
import { useSlackBot } from '../helpers/slack-harness.js';
import { cardOf, type TeamsUser } from '../helpers/teams-client.js';
import { blockKitProblems } from '../../src/channels/slack/block-kit.js';

/**
 * The decisions test of Teams, through Slack: Chefsnätverket's 30 voting members take the
 * decision on item 5 in a Slack channel with the vote buttons of the shared message; then the
 * same decision is taken by members in Teams and in Slack at once, and both channels' shared
 * messages show the one tally.
 */
const MUNICIPALITIES = [
  'Avesta',
  'Borlänge',
  'Falun',
  'Gagnef',
  'Hedemora',
  'Leksand',
  'Ludvika',
  'Malung-Sälen',
  'Mora',
  'Orsa',
  'Rättvik',
  'Smedjebacken',
  'Säter',
  'Vansbro',
  'Älvdalen',
];
const CHAIR: SlackUser = { id: 'U0DEMO001', name: 'karin' };
const MEMBER: SlackUser = { id: 'U0DEMO005', name: 'sara' };
const OBSERVER: SlackUser = { id: 'U0DEMO011', name: 'elin' };
const SUBSTITUTE: SlackUser = { id: 'U0DEMO010', name: 'oskar' };
const STRANGER: SlackUser = { id: 'U0STRANGER', name: 'inte-ledamot' };
const CHANNEL = 'C0CHNVMOTE';

const DEMO_VOTERS: SlackUser[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
  id: `U0DEMO00${n}`,
  name: `demo-${n}`,
}));
const EXTRA_VOTERS = Array.from({ length: 21 }, (_, i) => ({
  id: `U0EXTRA${String(i + 1).padStart(2, '0')}`,
  name: `Ledamot ${i + 1}`,
  principal: i < 15 ? (MUNICIPALITIES[i] ?? 'Falun') : 'Region Dalarna',
}));
const VOTERS: SlackUser[] = [...DEMO_VOTERS, ...EXTRA_VOTERS];

const harness = useSlackBot({
  prepare: async (store, clock) => {
    for (const voter of EXTRA_VOTERS) {
      await addMember(store, clock, systemActor('test'), {
        body: 'chefsnatverket',
        name: voter.name,
        principal: voter.principal,
        role: 'member',
        slackId: voter.id,
      });
    }
  },
});
const samrad = (...args: string[]) =>
  runSamrad(args, { SAMRAD_DB: harness.bot.storeFile, SAMRAD_NOW: '2026-11-23T10:30:00+01:00' });
const showDecision = async (id: string) =>
  JSON.parse((await samrad('decision', 'show', id, '--json')).stdout);

let decisionId = '';
let shared = { channel: '', ts: '' };

/** The ephemeral messages a user has been sent since `from` calls. */
const ephemeralsTo = (user: SlackUser, from = 0) =>
  harness.slackApi.calls
    .slice(from)
    .filter((c) => c.method === 'chat.postEphemeral' && c.args['user'] === user.id);

async function waitForEphemeral(user: SlackUser, from: number): Promise<string> {
  const call = await harness.slackApi.waitFor(
    (c) =>
      c.method === 'chat.postEphemeral' &&
      c.args['user'] === user.id &&
      harness.slackApi.calls.indexOf(c) >= from,
  );
  return blocksText(call.args['blocks']);
}

/** Waits until the shared message reads `text` (updates are coalesced and come a moment later). */
async function sharedMessageReads(where: { channel: string; ts: string }, text: string): Promise<string> {
  const deadline = Date.now() + 5000;
  let last = '';
  while (Date.now() < deadline) {
    last = blocksText(harness.slackApi.messages.get(`${where.channel}:${where.ts}`)?.blocks ?? []);
    if (last.includes(text)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

/** A vote button pressed on the shared message. */
const vote = (user: SlackUser, choice: string) =>
  harness.slack.press(
    user,
    { action_id: `decision.vote:${choice}`, value: JSON.stringify({ decisionId, choice }) },
    shared,
  );

describe('opening a decision in a Slack channel', () => {
  it('lets the chair link the channel to the body', async () => {
    const from = harness.slackApi.calls.length;
    expect((await harness.slack.command(CHAIR, 'koppla chatten till Chefsnätverket', CHANNEL)).status).toBe(
      200,
    );
    expect(await waitForEphemeral(CHAIR, from)).toContain('Chatten är nu kopplad till Chefsnätverket.');
  });

  it('opens nothing for a member who is not chair or secretary', async () => {
    const from = harness.slackApi.calls.length;
    await harness.slack.command(MEMBER, 'öppna beslut punkt 5', CHANNEL);
    expect(await waitForEphemeral(MEMBER, from)).toContain(
      'Bara ordföranden eller sekreteraren i Chefsnätverket kan göra det.',
    );
    expect(
      JSON.parse(
        (await samrad('decision', 'list', '--meeting', 'chefsnatverket-2026-12-04', '--json')).stdout,
      ),
    ).toEqual([]);
    expect(harness.slackApi.of('chat.postMessage')).toHaveLength(0);
  });

  it('posts the shared decision message with chat.postMessage when the chair writes /samrad öppna beslut punkt 5', async () => {
    const started = Date.now();
    const response = await harness.slack.command(CHAIR, 'öppna beslut punkt 5', CHANNEL);
    // Acknowledged at once, the work after it.
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const post = await harness.slackApi.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args['channel'] === CHANNEL,
    );
    const blocks = post.args['blocks'] as unknown[];
    expect(blockKitProblems(blocks, 'message')).toEqual([]);
    const text = blocksText(blocks);
    expect(text).toContain('Chefsnätverket · beslut om punkt 5');
    expect(text).toContain('Finansiering av utvecklingsledare inom RSS Dalarna 2027');
    expect(text).toContain('att tillstyrka fyra tjänster som utvecklingsledare');
    expect(String(post.args['text'])).toContain('Finansiering av utvecklingsledare');
    const votes = buttonsOf(blocks).filter((b) => b.action_id.startsWith('decision.vote'));
    expect(votes.map((b) => b.text)).toEqual(['Bifall', 'Avslag', 'Avstår']);
    decisionId = (JSON.parse(votes[0]?.value ?? '{}') as { decisionId: string }).decisionId;
    expect(votes.map((b) => JSON.parse(b.value))).toEqual([
      { decisionId, choice: 'for' },
      { decisionId, choice: 'against' },
      { decisionId, choice: 'abstain' },
    ]);
    // The chair's control is apart from the vote buttons.
    expect(buttonsOf(blocks).map((b) => b.action_id)).toContain('form.decision.close');
    const message = [...harness.slackApi.messages.values()].find((m) => m.channel === CHANNEL);
    shared = { channel: CHANNEL, ts: message?.ts ?? '' };
    expect(shared.ts).not.toBe('');
  });
});

describe('thirty members voting at once in Slack', () => {
  const firstChoice = (i: number) => (i % 5 === 0 ? 'against' : i % 7 === 0 ? 'abstain' : 'for');
  const changers = [1, 2, 3, 11, 12];
  const finalChoice = (i: number) => (changers.includes(i) ? 'against' : firstChoice(i));
  it('records every vote exactly once, changes included, and tells each voter their own choice', async () => {
    const from = harness.slackApi.calls.length;
    const firstRound = VOTERS.flatMap((voter, i) => {
      const click = () => vote(voter, firstChoice(i));
      return i < 6 ? [click(), click()] : [click()];
    });
    for (const answer of await Promise.all(firstRound)) expect(answer.status).toBe(200);
    const changes = await Promise.all(changers.map((i) => vote(VOTERS[i] ?? CHAIR, 'against')));
    for (const answer of changes) expect(answer.status).toBe(200);

    const expected = { for: 0, against: 0, abstain: 0 };
    VOTERS.forEach((_, i) => (expected[finalChoice(i) as keyof typeof expected] += 1));
    // Acknowledged before the work: wait for the last confirmations before reading the record.
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline && ephemeralsTo(VOTERS[changers[4] ?? 0] ?? CHAIR, from).length < 2)
      await new Promise((r) => setTimeout(r, 50));
    const record = await showDecision(decisionId);
    expect(record.tally).toEqual(expected);
    expect(record.votes).toHaveLength(30);
    expect(record.history).toHaveLength(30 + changers.length);
    // Each changer's last confirmation names the choice they changed to, to them alone.
    const last = ephemeralsTo(VOTERS[1] ?? CHAIR, from).at(-1);
    expect(blocksText(last?.args['blocks'])).toContain('Du röstade avslag');
    expect(last?.args['channel']).toBe(CHANNEL);
  });

  it('updates the shared message with chat.update, coalesced, so everyone sees the tally', async () => {
    const text = await sharedMessageReads(shared, '30 av 30 röstberättigade har röstat.');
    expect(text).toContain('30 av 30 röstberättigade har röstat.');
    const updates = harness.slackApi.of('chat.update').filter((c) => c.args['ts'] === shared.ts);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.length).toBeLessThan(10);
    for (const update of updates)
      expect(blockKitProblems(update.args['blocks'] as unknown[], 'message')).toEqual([]);
  });

  it.each([
    [
      'someone not on the roster',
      STRANGER,
      'Du finns inte bland ledamöterna i Chefsnätverket och kan inte rösta här.',
    ],
    ['an observer', OBSERVER, 'Som adjungerad i Chefsnätverket röstar du inte i det här beslutet.'],
    [
      'a substitute, when substitutes do not vote',
      SUBSTITUTE,
      'Som ersättare i Chefsnätverket röstar du inte i det här beslutet.',
    ],
  ])('refuses %s, to them alone, and leaves no trace', async (_who, user, message) => {
    const before = (await showDecision(decisionId)).history.length;
    const from = harness.slackApi.calls.length;
    expect((await vote(user, 'for')).status).toBe(200);
    expect(await waitForEphemeral(user, from)).toContain(message);
    expect((await showDecision(decisionId)).history).toHaveLength(before);
  });

  it('answers a forged or broken button with a clear sentence and changes nothing', async () => {
    const before = await showDecision(decisionId);
    for (const [actionId, value] of [
      ['decision.vote:for', JSON.stringify({ decisionId, choice: 'maybe' })],
      ['decision.vote:for', 'not json'],
      ['decision.vote:for', JSON.stringify({ decisionId: 'no-such-decision', choice: 'for' })],
      ['no.such.verb', JSON.stringify({ decisionId, choice: 'for' })],
    ] as const) {
      const from = harness.slackApi.calls.length;
      expect((await harness.slack.press(MEMBER, { action_id: actionId, value }, shared)).status).toBe(200);
      const said = await waitForEphemeral(MEMBER, from);
      expect(said).toMatch(/Knappen kunde inte användas|Det finns inget beslut med id/);
      expect(said).not.toMatch(/Error|at .*\.js/);
    }
    expect(await showDecision(decisionId)).toEqual(before);
  });
});

describe('closing the decision from Slack', () => {
  it('does not open the closing form for a member', async () => {
    const from = harness.slackApi.calls.length;
    const modals = harness.slackApi.of('views.open').length;
    await harness.slack.press(
      MEMBER,
      { action_id: 'form.decision.close', value: JSON.stringify({ decisionId }) },
      shared,
    );
    expect(await waitForEphemeral(MEMBER, from)).toContain(
      'Bara ordföranden eller sekreteraren kan avsluta beslutet.',
    );
    expect(harness.slackApi.of('views.open')).toHaveLength(modals);
    expect((await showDecision(decisionId)).status).toBe('open');
  });

  it('lets the chair close it as adopted through the form, and the shared message says so', async () => {
    const from = harness.slackApi.calls.length;
    await harness.slack.press(
      CHAIR,
      { action_id: 'form.decision.close', value: JSON.stringify({ decisionId }) },
      shared,
    );
    const open = await harness.slackApi.waitFor(
      (c) => c.method === 'views.open' && harness.slackApi.calls.indexOf(c) >= from,
    );
    const view = open.args['view'] as Record<string, unknown>;
    expect(view['callback_id']).toBe('decision.close');
    expect(blockKitProblems(view['blocks'] as unknown[], 'modal')).toEqual([]);
    const closedAt = harness.slackApi.calls.length;
    const answer = await harness.slack.submit(CHAIR, view, { outcome: 'adopted' });
    expect(answer.status).toBe(200);
    // The modal closes: an empty acknowledgement; the chair is told the outcome.
    expect(await answer.text()).toBe('');
    expect(await waitForEphemeral(CHAIR, closedAt)).toMatch(
      /^\*Beslutat 23 november 2026: Bifall till förslaget\.\*/,
    );
    const record = await showDecision(decisionId);
    expect(record).toMatchObject({
      status: 'closed',
      outcome: 'adopted',
      forwardedToBodyId: 'valfardsradet',
    });
    expect(await sharedMessageReads(shared, 'Beslutat 23 november 2026: Bifall till förslaget.')).toContain(
      'Beslutat 23 november 2026: Bifall till förslaget.',
    );
    // No vote buttons on a decision taken; the dissent button instead.
    const blocks = harness.slackApi.messages.get(`${shared.channel}:${shared.ts}`)?.blocks ?? [];
    expect(buttonsOf(blocks).map((b) => b.action_id)).toEqual(['form.decision.dissent']);
  });

  it('lets a member record a dissent through the form', async () => {
    const from = harness.slackApi.calls.length;
    await harness.slack.press(
      MEMBER,
      { action_id: 'form.decision.dissent', value: JSON.stringify({ decisionId }) },
      shared,
    );
    const open = await harness.slackApi.waitFor(
      (c) => c.method === 'views.open' && harness.slackApi.calls.indexOf(c) >= from,
    );
    const view = open.args['view'] as Record<string, unknown>;
    expect(view['callback_id']).toBe('decision.dissent');
    // A form sent empty is answered in the form, and records nothing.
    const empty = await harness.slack.submit(MEMBER, view, {});
    expect(JSON.parse(await empty.text())).toMatchObject({
      response_action: 'errors',
      errors: { reason: expect.any(String) },
    });
    expect((await showDecision(decisionId)).dissents ?? []).toHaveLength(0);
    expect(
      (await harness.slack.submit(MEMBER, view, { reason: 'Kostnaden borde delas annorlunda.' })).status,
    ).toBe(200);
    const record = await showDecision(decisionId);
    expect(JSON.stringify(record.dissents)).toContain('Kostnaden borde delas annorlunda.');
  });

  it('refuses a late vote on the closed decision and stores nothing', async () => {
    const before = await showDecision(decisionId);
    const from = harness.slackApi.calls.length;
    await vote(VOTERS[8] ?? CHAIR, 'abstain');
    expect(await waitForEphemeral(VOTERS[8] ?? CHAIR, from)).toContain('Beslutet är avslutat');
    expect(await showDecision(decisionId)).toEqual(before);
  });
});

describe('a chair who chairs two bodies, in a channel not linked to either', () => {
  it('asks which body, to the chair alone, and posts the decision in the channel once chosen', async () => {
    const from = harness.slackApi.calls.length;
    await harness.slack.command(CHAIR, 'öppna beslut punkt 7', 'C0OKOPPLAD');
    const question = await harness.slackApi.waitFor(
      (c) => c.method === 'chat.postEphemeral' && harness.slackApi.calls.indexOf(c) >= from,
    );
    const choices = buttonsOf(question.args['blocks'] as unknown[]);
    expect(choices.map((b) => b.text)).toEqual(['Chefsnätverket', 'Styrgrupp CHNV']);
    const pressedAt = harness.slackApi.calls.length;
    await harness.slack.press(CHAIR, choices[0] ?? { action_id: '', value: '' }, {
      channel: 'C0OKOPPLAD',
      ts: '1.1',
      ephemeral: true,
    });
    const post = await harness.slackApi.waitFor(
      (c) => c.method === 'chat.postMessage' && harness.slackApi.calls.indexOf(c) >= pressedAt,
    );
    expect(post.args['channel']).toBe('C0OKOPPLAD');
    expect(buttonsOf(post.args['blocks'] as unknown[]).map((b) => b.action_id)).toContain(
      'decision.vote:for',
    );
  });
});

describe('one decision, two channels', () => {
  const TEAMS_CHAIR: TeamsUser = {
    name: 'Karin Lindqvist',
    aadObjectId: '00000000-0000-4000-8000-000000000001',
  };
  const TEAMS_MEMBER: TeamsUser = { name: 'Maria Holm', aadObjectId: '00000000-0000-4000-8000-000000000003' };
  const SLACK_MEMBER: SlackUser = { id: 'U0DEMO004', name: 'johan' };
  const TEAMS_CHAT = 'chnv-teams-chat';
  let crossId = '';
  let teamsCardId = '';
  let slackShared = { channel: '', ts: '' };

  it('posts the same open decision in a Teams chat and a Slack channel', async () => {
    await harness.teams.ask(TEAMS_CHAIR, 'koppla chatten till Chefsnätverket', 'groupChat', TEAMS_CHAT);
    const { card, reply } = await harness.teams.ask(
      TEAMS_CHAIR,
      'öppna beslut punkt 6',
      'groupChat',
      TEAMS_CHAT,
    );
    crossId = (executeActions(card).find((a) => a.verb === 'decision.vote')?.data as { decisionId: string })
      .decisionId;
    teamsCardId = String(harness.connector.calls.find((c) => c.activity === reply)?.assignedId ?? '');
    const from = harness.slackApi.calls.length;
    await harness.slack.command(CHAIR, 'öppna beslut punkt 6', CHANNEL);
    const post = await harness.slackApi.waitFor(
      (c) => c.method === 'chat.postMessage' && harness.slackApi.calls.indexOf(c) >= from,
    );
    const votes = buttonsOf(post.args['blocks'] as unknown[]).filter((b) =>
      b.action_id.startsWith('decision.vote'),
    );
    expect(JSON.parse(votes[0]?.value ?? '{}')).toEqual({ decisionId: crossId, choice: 'for' });
    const ts = [...harness.slackApi.messages.values()].filter((m) => m.channel === CHANNEL).at(-1)?.ts ?? '';
    slackShared = { channel: CHANNEL, ts };
  });

  it('counts a vote cast in Slack and one cast in Teams, and both shared messages show the same tally', async () => {
    const [slackAnswer, teamsAnswer] = await Promise.all([
      harness.slack.press(
        SLACK_MEMBER,
        {
          action_id: 'decision.vote:against',
          value: JSON.stringify({ decisionId: crossId, choice: 'against' }),
        },
        slackShared,
      ),
      harness.teams.press(
        TEAMS_MEMBER,
        'decision.vote',
        { decisionId: crossId, choice: 'for' },
        TEAMS_CHAT,
        'groupChat',
      ),
    ]);
    expect(slackAnswer.status).toBe(200);
    expect(teamsAnswer.status).toBe(200);
    const deadline = Date.now() + 5000;
    let record = await showDecision(crossId);
    while (Date.now() < deadline && record.votes.length < 2) {
      await new Promise((r) => setTimeout(r, 100));
      record = await showDecision(crossId);
    }
    expect(record.tally).toEqual({ for: 1, against: 1, abstain: 0 });

    const slackText = await sharedMessageReads(slackShared, '2 av ');
    let teamsText = '';
    while (Date.now() < deadline + 5000) {
      const updates = harness.connector.calls.filter(
        (c) => c.method === 'PUT' && c.activityId === teamsCardId,
      );
      teamsText = updates.length ? cardText(cardOf(updates.at(-1)?.activity ?? {})) : '';
      if (teamsText.includes('2 av ')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const voted = /(\d+) av (\d+) röstberättigade har röstat\./;
    expect(voted.exec(slackText)?.[0]).toBe(voted.exec(teamsText)?.[0]);
    expect(voted.exec(slackText)?.[1]).toBe('2');
    // The same counts for each choice in both.
    expect(slackText).toMatch(/\*Bifall:\* 1\s+\*Avslag:\* 1\s+\*Avstår:\* 0/);
  });
});
