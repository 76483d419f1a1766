import { systemActor } from '../../src/services/ports.js';
import { describe, expect, it } from 'vitest';
import { addMember } from '../../src/services/members.js';
import { useTeamsBot } from '../helpers/teams-harness.js';
import { cardText, executeActions } from '../helpers/card-checks.js';
import { runSamrad } from '../helpers/run-samrad.js';
import { cardOf, type TeamsUser } from '../helpers/teams-client.js';

/**
 * A meeting takes its decisions in the chat: Chefsnätverket, 30 voting members on the roster,
 * meeting on Friday 4 December 2026 (the bot's clock is at the Monday before).
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
const CHAIR: TeamsUser = { name: 'Karin Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000001' };
const COUNCIL_CHAIR: TeamsUser = { name: 'Gunilla Ek', aadObjectId: '00000000-0000-4000-8000-000000000012' };
const OBSERVER: TeamsUser = { name: 'Elin Forsberg', aadObjectId: '00000000-0000-4000-8000-000000000011' };
const SUBSTITUTE: TeamsUser = { name: 'Oskar Lund', aadObjectId: '00000000-0000-4000-8000-000000000010' };
const STRANGER: TeamsUser = { name: 'Inte Ledamot', aadObjectId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };
const CHAT = 'chnv-meeting-chat';

/** The demo roster's nine voting members of Chefsnätverket, and 21 more, 30 in all. */
const DEMO_VOTERS: TeamsUser[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
  name: `demo-${n}`,
  aadObjectId: `00000000-0000-4000-8000-00000000000${n}`,
}));
const EXTRA_VOTERS: (TeamsUser & { principal: string })[] = Array.from({ length: 21 }, (_, i) => ({
  name: `Ledamot ${i + 1}`,
  aadObjectId: `11111111-2222-4333-8444-${String(i + 1).padStart(12, '0')}`,
  principal: i < 15 ? (MUNICIPALITIES[i] ?? 'Falun') : 'Region Dalarna',
}));
const VOTERS = [...DEMO_VOTERS, ...EXTRA_VOTERS];

let decisionId = '';
let sharedCardId = '';
const samrad = (...args: string[]) =>
  runSamrad(args, { SAMRAD_DB: harness.bot.storeFile, SAMRAD_NOW: '2026-11-23T10:30:00+01:00' });
const showDecision = async (id: string) =>
  JSON.parse((await samrad('decision', 'show', id, '--json')).stdout);

const harness = useTeamsBot({
  members: [CHAIR, ...VOTERS, OBSERVER, SUBSTITUTE],
  prepare: async (store, clock) => {
    for (const voter of EXTRA_VOTERS) {
      await addMember(store, clock, systemActor('test'), {
        body: 'chefsnatverket',
        name: voter.name,
        principal: voter.principal,
        role: 'member',
        teamsId: voter.aadObjectId,
      });
    }
  },
});
const { connector } = harness;

/** Presses a button on the decision card and returns the HTTP answer. */
const press = (user: TeamsUser, verb: string, data: unknown) =>
  harness.teams.press(user, verb, data, CHAT, 'groupChat');

describe('opening a decision in the meeting chat', () => {
  it('lets the chair link the chat to the body', async () => {
    const { card } = await harness.teams.ask(CHAIR, 'koppla chatten till Chefsnätverket', 'groupChat', CHAT);
    expect(cardText(card)).toContain('Chatten är nu kopplad till Chefsnätverket.');
  });

  it('refuses a member who is not chair or secretary, and opens nothing', async () => {
    const { card } = await harness.teams.ask(
      DEMO_VOTERS[3] ?? CHAIR,
      'öppna beslut punkt 5',
      'groupChat',
      CHAT,
    );
    expect(cardText(card)).toContain('Bara ordföranden eller sekreteraren i Chefsnätverket kan göra det.');
    expect(
      JSON.parse(
        (await samrad('decision', 'list', '--meeting', 'chefsnatverket-2026-12-04', '--json')).stdout,
      ),
    ).toEqual([]);
  });

  it('posts the decision card with the proposal and the vote buttons when the chair opens it', async () => {
    const { card, reply } = await harness.teams.ask(CHAIR, 'öppna beslut punkt 5', 'groupChat', CHAT);
    const text = cardText(card);
    expect(text).toContain('Chefsnätverket · beslut om punkt 5');
    expect(text).toContain('Finansiering av utvecklingsledare inom RSS Dalarna 2027');
    expect(text).toContain('Tanja Mårtensson, Region Dalarna');
    expect(text).toContain('att tillstyrka fyra tjänster som utvecklingsledare');
    const votes = executeActions(card).filter((a) => a.verb === 'decision.vote');
    expect(votes.map((a) => a.title)).toEqual(['Bifall', 'Avslag', 'Avstår']);
    decisionId = (votes[0]?.data as { decisionId: string }).decisionId;
    expect(votes.map((a) => a.data)).toEqual([
      { decisionId, choice: 'for' },
      { decisionId, choice: 'against' },
      { decisionId, choice: 'abstain' },
    ]);
    const refresh = card['refresh'] as { action: { verb: string }; userIds: string[] };
    expect(refresh.action.verb).toBe('decision.refresh');
    expect(refresh.userIds.length).toBeGreaterThanOrEqual(30);
    expect(refresh.userIds.length).toBeLessThanOrEqual(60);
    // Teams lists users by their Teams user ids, taken from the chat's member list.
    expect(refresh.userIds.slice(0, 2)).toContain(`29:${CHAIR.aadObjectId}`);
    expect(refresh.userIds.every((id) => id.startsWith('29:'))).toBe(true);
    sharedCardId = String(connector.calls.find((c) => c.activity === reply)?.assignedId ?? '');
  });
});

describe('thirty members voting at once', () => {
  // Member i votes for, against or abstains; the first six click twice; five change their mind.
  const firstChoice = (i: number) => (i % 5 === 0 ? 'against' : i % 7 === 0 ? 'abstain' : 'for');
  const changers = [1, 2, 3, 11, 12];
  const finalChoice = (i: number) => (changers.includes(i) ? 'against' : firstChoice(i));

  it('records every vote exactly once, changes included, and answers each voter with their own view', async () => {
    const firstRound = VOTERS.flatMap((voter, i) => {
      const click = () => press(voter, 'decision.vote', { decisionId, choice: firstChoice(i) });
      return i < 6 ? [click(), click()] : [click()];
    });
    const answers = await Promise.all(firstRound);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect((answer.body as { type: string }).type).toBe('application/vnd.microsoft.card.adaptive');
    }
    const changes = await Promise.all(
      changers.map((i) => press(VOTERS[i] ?? CHAIR, 'decision.vote', { decisionId, choice: 'against' })),
    );
    const mine = (changes[0]?.body as { value: unknown }).value;
    expect(cardText(mine)).toContain('Du röstade avslag');
    expect(executeActions(mine).map((a) => a.title)).toContain('✓ Avslag');

    const expected = { for: 0, against: 0, abstain: 0 };
    VOTERS.forEach((_, i) => (expected[finalChoice(i) as keyof typeof expected] += 1));
    const record = await showDecision(decisionId);
    expect(record.tally).toEqual(expected);
    expect(record.votes).toHaveLength(30);
    expect(record.history).toHaveLength(30 + changers.length);
    expect(record.history.filter((h: { previous: string | null }) => h.previous !== null)).toHaveLength(
      changers.length,
    );
    const falun = record.votes.find((v: { name: string }) => v.name === 'Maria Holm');
    expect(falun).toMatchObject({
      principal: 'Falun',
      choice: finalChoice(2),
      memberId: 'chefsnatverket.maria-holm',
    });
    expect(record.tallyBySide.municipalities.for + record.tallyBySide.region.for).toBe(expected.for);
  });

  it('updates the shared card through the connector so everyone sees the tally', async () => {
    const deadline = Date.now() + 5000;
    let last = '';
    while (Date.now() < deadline) {
      const updates = connector.calls.filter((c) => c.method === 'PUT' && c.activityId === sharedCardId);
      last = updates.length > 0 ? cardText(cardOf(updates[updates.length - 1]?.activity ?? {})) : '';
      if (last.includes('30 av 30 röstberättigade har röstat.')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(last).toContain('30 av 30 röstberättigade har röstat.');
    const updates = connector.calls.filter((c) => c.method === 'PUT' && c.activityId === sharedCardId);
    // Coalesced: far fewer updates than the 41 clicks, well within Teams' few messages a second.
    expect(updates.length).toBeLessThan(10);
  });

  it('shows a member their own vote when their client refreshes the card', async () => {
    const answer = await press(VOTERS[0] ?? CHAIR, 'decision.refresh', { decisionId });
    expect(cardText((answer.body as { value: unknown }).value)).toContain('Du röstade avslag');
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
  ])('refuses %s and leaves no trace', async (_who, user, message) => {
    const before = (await showDecision(decisionId)).history.length;
    const answer = await press(user, 'decision.vote', { decisionId, choice: 'for' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message },
    });
    expect((await showDecision(decisionId)).history).toHaveLength(before);
  });

  it('tells someone not on the roster that they cannot record a dissent, not that they cannot vote', async () => {
    const answer = await press(STRANGER, 'decision.dissent', { decisionId, reason: 'Jag reserverar mig.' });
    expect(answer.status).toBe(400);
    expect((answer.body as { value: { message: string } }).value.message).toBe(
      'Du finns inte bland ledamöterna i Chefsnätverket och kan inte reservera dig mot beslutet.',
    );
  });

  it.each([
    [
      'an unknown decision',
      { decisionId: 'no-such-decision', choice: 'for' },
      'Det finns inget beslut med id "no-such-decision".',
    ],
    ['a choice that does not exist', { decisionId: 'x', choice: 'maybe' }, 'Knappen kunde inte användas'],
    ['missing data', undefined, 'Knappen kunde inte användas'],
  ])('answers %s with an error in Swedish', async (_case, data, message) => {
    const answer = await press(VOTERS[0] ?? CHAIR, 'decision.vote', data);
    expect(answer.status).toBe(400);
    expect((answer.body as { value: { message: string } }).value.message).toContain(message);
  });
});

describe('closing, and what follows', () => {
  it('does not let a member close the decision', async () => {
    const answer = await press(VOTERS[4] ?? CHAIR, 'decision.close', { decisionId, outcome: 'adopted' });
    expect(answer.status).toBe(400);
    expect((await showDecision(decisionId)).status).toBe('open');
  });

  it('lets the chair close it as adopted and forwards it to the council’s next meeting', async () => {
    const before = JSON.parse(
      (await samrad('agenda', 'show', '--meeting', 'valfardsradet-2026-12-16', '--json')).stdout,
    );
    const answer = await press(CHAIR, 'decision.close', { decisionId, outcome: 'adopted', amendment: '' });
    expect(answer.status).toBe(200);
    expect(cardText((answer.body as { value: unknown }).value)).toContain(
      'Beslutat 23 november 2026: Bifall till förslaget.',
    );
    const record = await showDecision(decisionId);
    expect(record).toMatchObject({
      status: 'closed',
      outcome: 'adopted',
      forwardedToBodyId: 'valfardsradet',
    });
    expect(record.adoptedClauses).toEqual(record.proposal);
    const after = JSON.parse(
      (await samrad('agenda', 'show', '--meeting', 'valfardsradet-2026-12-16', '--json')).stdout,
    );
    expect(after.items).toHaveLength(before.items.length + 1);
    expect(after.items.at(-1)).toMatchObject({
      title: 'Finansiering av utvecklingsledare inom RSS Dalarna 2027',
      kind: 'decision',
      proposal: ['att rekommendera huvudmännen att ställa sig bakom Chefsnätverkets beslut.'],
    });
  });

  it('refuses a late vote on the closed decision and stores nothing', async () => {
    const before = await showDecision(decisionId);
    const answer = await press(VOTERS[8] ?? CHAIR, 'decision.vote', { decisionId, choice: 'abstain' });
    expect(answer.status).toBe(400);
    expect((answer.body as { value: { message: string } }).value.message).toContain('Beslutet är avslutat');
    expect(await showDecision(decisionId)).toEqual(before);
  });

  it('moves a tabled item to the body’s next meeting', async () => {
    const { card } = await harness.teams.ask(CHAIR, 'öppna beslut punkt 6', 'groupChat', CHAT);
    const tabledId = (
      executeActions(card).find((a) => a.verb === 'decision.vote')?.data as { decisionId: string }
    ).decisionId;
    const answer = await press(CHAIR, 'decision.close', { decisionId: tabledId, outcome: 'tabled' });
    expect(answer.status).toBe(200);
    const record = await showDecision(tabledId);
    expect(record.tabledToItemId).toMatch(/^chefsnatverket-2027-01-08-p\d+$/);
    const next = JSON.parse(
      (await samrad('agenda', 'show', '--meeting', 'chefsnatverket-2027-01-08', '--json')).stdout,
    );
    expect(next.items.map((i: { title: string }) => i.title)).toContain(
      'Uppföljning av länsgemensamt vårdprogram hjärtsvikt',
    );
  });

  it('tracks the principals’ adoptions of the council’s recommendation and reports the missing ones', async () => {
    const council = await harness.teams.ask(
      COUNCIL_CHAIR,
      'öppna beslut punkt 6 för välfärdsrådet',
      'groupChat',
      'vfr-chat',
    );
    const recommendationId = (
      executeActions(council.card).find((a) => a.verb === 'decision.vote')?.data as { decisionId: string }
    ).decisionId;
    expect(
      (await press(COUNCIL_CHAIR, 'decision.close', { decisionId: recommendationId, outcome: 'adopted' }))
        .status,
    ).toBe(200);
    for (const principal of ['Falun', 'Borlänge', 'Region Dalarna']) {
      const run = await samrad(
        'decision',
        'adopt',
        recommendationId,
        '--principal',
        principal,
        '--date',
        '2027-01-20',
      );
      expect(run.code).toBe(0);
    }
    const journey = (await showDecision(recommendationId)).journey;
    const adoptions = journey.steps.find((s: { kind: string }) => s.kind === 'adoptions');
    expect(adoptions.adopted.map((a: { principal: string }) => a.principal).sort()).toEqual([
      'Borlänge',
      'Falun',
      'Region Dalarna',
    ]);
    expect(adoptions.missing).toHaveLength(13);
    expect(adoptions.missing).toContain('Älvdalen');
    expect(adoptions.missing).not.toContain('Falun');

    const { card } = await harness.teams.ask(CHAIR, 'var står beslutet om utvecklingsledare?');
    const text = cardText(card);
    expect(text).toContain('Chefsnätverket 4 december 2026, punkt 5: Bifall till förslaget');
    expect(text).toContain('Välfärdsrådet 16 december 2026, punkt 6: Bifall till förslaget');
    expect(text).toContain('3 av 16 huvudmän har antagit rekommendationen');
    expect(text).toContain('Har inte antagit: Avesta, Gagnef');
  });
});
