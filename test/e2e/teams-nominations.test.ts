import { systemActor } from '../../src/services/ports.js';
import { describe, expect, it } from 'vitest';
import { parseSeatRules } from '../../src/domain/nomination.js';
import { addWorkingGroup, openRound } from '../../src/services/nominations.js';
import { useTeamsBot } from '../helpers/teams-harness.js';
import { cardText, executeActions } from '../helpers/card-checks.js';
import { runSamrad } from '../helpers/run-samrad.js';
import { cardOf, type TeamsUser } from '../helpers/teams-client.js';

/**
 * Staffing "Arbetsgrupp psykisk hälsa" (3+3, run by Chefsnätverket) in Teams, on the demo roster.
 */
const GROUP = 'arbetsgrupp-psykisk-halsa';
const GROUP_NAME = 'Arbetsgrupp psykisk hälsa';
const CHAIR: TeamsUser = { name: 'Karin Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000001' };
const MARIA_FALUN: TeamsUser = { name: 'Maria Holm', aadObjectId: '00000000-0000-4000-8000-000000000003' };
const PER_LEKSAND: TeamsUser = { name: 'Per Ström', aadObjectId: '00000000-0000-4000-8000-000000000008' };
const STRANGER: TeamsUser = { name: 'Okänd', aadObjectId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };

const samrad = (...args: string[]) =>
  runSamrad(args, { SAMRAD_DB: harness.bot.storeFile, SAMRAD_NOW: '2026-11-23T10:30:00+01:00' });
const list = async () => JSON.parse((await samrad('nomination', 'list', '--group', GROUP, '--json')).stdout);
const say = async (user: TeamsUser, text: string, key = 'nominations-chat') =>
  cardText((await harness.teams.ask(user, text, 'groupChat', key)).card);

const harness = useTeamsBot({
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
const { connector } = harness;

describe('nominating in chat', () => {
  it('takes a member’s nomination for their own principal, written as a sentence', async () => {
    expect(await say(MARIA_FALUN, `nominera Anna Berg, Falun, till ${GROUP_NAME}`)).toContain(
      `Anna Berg är nominerad till ${GROUP_NAME}.`,
    );
    expect((await list()).nominations).toMatchObject([
      {
        name: 'Anna Berg',
        principal: 'Falun',
        side: 'municipalities',
        status: 'nominated',
        nominatedBy: 'Maria Holm',
      },
    ]);
  });

  it('refuses a member nominating for another principal, and someone not on the roster', async () => {
    expect(await say(MARIA_FALUN, `nominera Bo Ek, Mora, till ${GROUP_NAME}`)).toContain(
      'Du kan bara nominera för din egen huvudman (Falun)',
    );
    expect(await say(STRANGER, `nominera Bo Ek, Mora, till ${GROUP_NAME}`)).toContain(
      'Du finns inte i ledamotsregistret',
    );
    expect((await list()).nominations).toHaveLength(1);
  });

  it('offers the form when the sentence is not complete, and takes the chair’s nomination from it', async () => {
    const { card } = await harness.teams.ask(
      CHAIR,
      `nominera till ${GROUP_NAME}`,
      'groupChat',
      'nominations-chat',
    );
    const inputs = JSON.stringify(card);
    for (const id of ['"name"', '"email"', '"principal"', '"side"', '"seat"', '"motivation"'])
      expect(inputs).toContain(`"id":${id}`);
    const submit = executeActions(card).find((a) => a.verb === 'nomination.submit');
    expect(submit?.data).toEqual({ groupId: GROUP });
    const answer = await harness.teams.press(CHAIR, 'nomination.submit', {
      groupId: GROUP,
      name: 'Eva Lind',
      email: 'eva.lind@mora.se',
      principal: 'mora',
      side: 'municipalities',
      seat: 'ordinary',
      motivation: 'Leder arbetet med psykisk hälsa i Mora.',
    });
    expect(answer.status).toBe(200);
    expect(cardText((answer.body as { value: unknown }).value)).toContain(
      `Eva Lind är nominerad till ${GROUP_NAME}.`,
    );
  });

  it.each([
    ['an empty name', { name: '   ', principal: 'mora' }, 'Skriv den nominerades namn'],
    ['an absurdly long name', { name: 'A'.repeat(300), principal: 'mora' }, 'Skriv den nominerades namn'],
    [
      'a principal that does not exist',
      { name: 'Bo Ek', principal: 'Stockholm' },
      '"Stockholm" är inte en huvudman',
    ],
    [
      'the wrong side for the principal',
      { name: 'Bo Ek', principal: 'mora', side: 'region' },
      'Mora hör till kommunerna',
    ],
  ])('sends the form back with a clear message for %s, storing nothing', async (_case, fields, message) => {
    const answer = await harness.teams.press(CHAIR, 'nomination.submit', { groupId: GROUP, ...fields });
    const card = (answer.body as { value: unknown }).value;
    expect(cardText(card)).toContain(message);
    expect(executeActions(card).map((a) => a.verb)).toContain('nomination.submit');
    expect((await list()).nominations).toHaveLength(2);
  });

  it('refuses an unknown group', async () => {
    const answer = await harness.teams.press(CHAIR, 'nomination.submit', {
      groupId: 'finns-inte',
      name: 'Bo Ek',
      principal: 'mora',
    });
    expect(cardText((answer.body as { value: unknown }).value)).toContain(
      'Det finns ingen arbetsgrupp som heter "finns-inte"',
    );
  });
});

describe('the 3+3 rule', () => {
  it('makes the fourth municipal nominee a reserve, and says so', async () => {
    expect(await say(CHAIR, `nominera Lars Öst, Borlänge, till ${GROUP_NAME}`)).toContain(
      'Lars Öst är nominerad',
    );
    expect(await say(CHAIR, `nominera Bo Ek, Gagnef, till ${GROUP_NAME}`)).toContain(
      `Bo Ek är nominerad till ${GROUP_NAME} som reserv`,
    );
    const { seats, nominations } = await list();
    expect(seats.municipalities).toMatchObject({ total: 3, filled: 3 });
    expect(seats.region).toMatchObject({ total: 3, filled: 0 });
    expect(nominations.find((n: { name: string }) => n.name === 'Bo Ek').status).toBe('reserve');
  });

  it('merges a second nomination of the same person', async () => {
    expect(await say(MARIA_FALUN, `nominera anna berg, Falun, till ${GROUP_NAME}`)).toContain(
      'var redan nominerad',
    );
    expect((await list()).nominations.filter((n: { name: string }) => n.name === 'Anna Berg')).toHaveLength(
      1,
    );
  });
});

describe('the nominee’s answer', () => {
  it('sends the nominee a card in their personal chat, and gives a declined seat to the reserve', async () => {
    await harness.teams.ask(PER_LEKSAND, 'hej', 'personal', 'per-personal');
    await say(CHAIR, `nominera Per Ström, Leksand, till ${GROUP_NAME}`);
    const calls = await connector.waitForCalls('a:per-personal', 2);
    const request = cardOf(calls[1]?.activity ?? {});
    expect(cardText(request)).toContain(
      `Du har nominerats till ${GROUP_NAME} för Leksand av Karin Lindqvist.`,
    );
    const decline = executeActions(request).find((a) => a.title === 'Tacka nej');
    const nominationId = (decline?.data as { nominationId: string }).nominationId;

    const someoneElse = await harness.teams.press(MARIA_FALUN, 'nomination.respond', {
      nominationId,
      answer: 'accept',
    });
    expect(cardText((someoneElse.body as { value: unknown }).value)).toContain('Bara den nominerade själv');

    // Per Ström was a reserve (the side is full); Anna Berg declines instead, and the first reserve moves up.
    const anna = (await list()).nominations.find((n: { name: string }) => n.name === 'Anna Berg').id;
    await samrad(
      'member',
      'add',
      '--body',
      'socialchefsnatverket',
      '--name',
      'Anna Berg',
      '--principal',
      'Falun',
      '--role',
      'member',
      '--teams-id',
      'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    );
    const annaUser = { name: 'Anna Berg', aadObjectId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' };
    const declined = await harness.teams.press(annaUser, 'nomination.respond', {
      nominationId: anna,
      answer: 'decline',
    });
    expect(cardText((declined.body as { value: unknown }).value)).toContain('Du har tackat nej.');
    const accepted = await harness.teams.press(PER_LEKSAND, 'nomination.respond', {
      nominationId,
      answer: 'accept',
    });
    expect(accepted.status).toBe(200);
    const byName = Object.fromEntries(
      (await list()).nominations.map((n: { name: string; status: string }) => [n.name, n.status]),
    );
    expect(byName).toMatchObject({
      'Anna Berg': 'declined',
      'Bo Ek': 'nominated',
      'Per Ström': 'reserve',
      'Eva Lind': 'nominated',
    });
  });
});

describe('a nominee samrad cannot reach', () => {
  it('tells the nominator when the nominee has never chatted with samrad', async () => {
    const text = await say(CHAIR, `nominera Johan Dahl, Borlänge, till ${GROUP_NAME}`);
    expect(text).toContain('Johan Dahl är nominerad');
    expect(text).toContain('Johan Dahl har inte chattat med samrad än');
  });
});

describe('pausing, the overview and the appointment', () => {
  it('refuses nominations while the round is paused, with the reason, and takes them again when resumed', async () => {
    expect(
      (await samrad('round', 'pause', '--group', GROUP, '--reason', 'avvaktar p.g.a. covid-19')).code,
    ).toBe(0);
    expect(await say(CHAIR, `nominera Kim Ny, Region Dalarna, till ${GROUP_NAME}`)).toContain(
      'är pausad (avvaktar p.g.a. covid-19)',
    );
    expect((await list()).status).toBe('paused');
    expect((await samrad('round', 'resume', '--group', GROUP)).code).toBe(0);
    expect(await say(CHAIR, `nominera Kim Ny, Region Dalarna, till ${GROUP_NAME}`)).toContain(
      'Kim Ny är nominerad',
    );
  });

  it('shows the overview with names to the body’s members and counts only to others', async () => {
    const member = await say(MARIA_FALUN, `vilka är nominerade till ${GROUP_NAME}?`);
    expect(member).toContain('Nomineringen är öppen');
    expect(member).toContain('3 av 3 platser fyllda');
    expect(member).toContain('1 av 3 platser fyllda');
    expect(member).toContain('Eva Lind (nominerad)');
    const stranger = await say(STRANGER, `vilka är nominerade till ${GROUP_NAME}?`);
    expect(stranger).toContain('Namnen visas bara för ledamöter');
    expect(stranger).not.toContain('Eva Lind');
  });

  it('puts the round to the body, and on adoption makes the nominees members of the group', async () => {
    expect(await say(MARIA_FALUN, `gör nomineringen till ${GROUP_NAME} till ett ärende`)).toContain(
      'Bara ordföranden eller sekreteraren',
    );
    const put = await say(CHAIR, `gör nomineringen till ${GROUP_NAME} till ett ärende`);
    const number = Number(/punkt (\d+)/.exec(put)?.[1]);
    expect(put).toContain('Chefsnätverkets möte 4 december 2026');
    // On the agenda, the proposal names the nominees: members see them, a stranger does not.
    const asked = `punkt ${number} 4 december 2026 chefsnätverket`;
    expect(await say(CHAIR, asked)).toContain('Eva Lind (Mora)');
    const toStranger = await say(STRANGER, asked);
    expect(toStranger).toContain('namnen visas för ledamöterna');
    for (const name of ['Eva Lind', 'Lars Öst', 'Bo Ek']) expect(toStranger).not.toContain(name);
    // Asked again, the chair is told where the round already stands; no second item.
    const again = await say(CHAIR, `gör nomineringen till ${GROUP_NAME} till ett ärende`);
    expect(again).toContain(`står redan på dagordningen: punkt ${number}`);
    const opened = await harness.teams.ask(
      CHAIR,
      `öppna beslut punkt ${number} för Chefsnätverket`,
      'groupChat',
      'nominations-chat',
    );
    expect(cardText(opened.card)).toContain(
      'att utse Eva Lind (Mora), Lars Öst (Borlänge) och Bo Ek (Gagnef) till ledamöter',
    );
    const decisionId = (
      executeActions(opened.card).find((a) => a.verb === 'decision.vote')?.data as { decisionId: string }
    ).decisionId;
    expect(
      (await harness.teams.press(CHAIR, 'decision.close', { decisionId, outcome: 'adopted' })).status,
    ).toBe(200);

    const members = JSON.parse((await samrad('member', 'list', '--body', GROUP, '--json')).stdout);
    expect(
      members
        .map((m: { name: string; principal: string; role: string }) => [m.name, m.principal, m.role])
        .sort(),
    ).toEqual([
      ['Bo Ek', 'Gagnef', 'member'],
      ['Eva Lind', 'Mora', 'member'],
      ['Kim Ny', 'Region Dalarna', 'member'],
      ['Lars Öst', 'Borlänge', 'member'],
    ]);
    const after = await list();
    expect(after.status).toBe('closed');
    expect(after.nominations.filter((n: { status: string }) => n.status === 'appointed')).toHaveLength(4);

    // A stranger who names the decision gets no names from its card, a member does.
    const cardFor = async (user: TeamsUser) =>
      cardText(
        ((await harness.teams.press(user, 'decision.refresh', { decisionId })).body as { value: unknown })
          .value,
      );
    expect(await cardFor(CHAIR)).toContain('Eva Lind (Mora)');
    const strangerCard = await cardFor(STRANGER);
    expect(strangerCard).toContain('namnen visas för ledamöterna');
    for (const name of ['Eva Lind', 'Lars Öst', 'Bo Ek']) expect(strangerCard).not.toContain(name);

    // Once the round is reopened and points at no item, the adopted item still names nobody to a
    // stranger, and a search by a nominee's name does not find it.
    expect((await samrad('round', 'open', '--group', GROUP, '--deadline', '2027-03-01')).code).toBe(0);
    const reopened = await say(STRANGER, asked);
    for (const name of ['Eva Lind', 'Lars Öst', 'Bo Ek']) expect(reopened).not.toContain(name);
    expect(await say(CHAIR, asked)).toContain('Eva Lind (Mora)');
  });

  it('exports the nominations as CSV', async () => {
    const csv = (await samrad('nomination', 'export', '--group', GROUP)).stdout.trim().split(/\r\n/);
    expect(csv[0]).toBe('id,name,email,principal,side,seat,status,nominatedBy,at,motivation');
    expect(csv.find((line) => line.includes('Eva Lind'))).toContain(
      'eva.lind@mora.se,Mora,municipalities,ordinary,appointed,Karin Lindqvist',
    );
  });
});
