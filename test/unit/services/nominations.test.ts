import { personActor, systemActor } from '../../../src/services/ports.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSeatRules } from '../../../src/domain/nomination.js';
import type { AgendaItem } from '../../../src/domain/agenda-item.js';
import type { Outcome } from '../../../src/domain/decision.js';
import { InMemoryConversationMemory } from '../../../src/conversation/conversation-memory.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { searchAgendaItems } from '../../../src/conversation/understanding/agenda-search.js';
import { roundOfItem } from '../../../src/domain/nomination.js';
import { formatDate } from '../../../src/i18n/format.js';
import { closeDecision, openDecision } from '../../../src/services/decisions.js';
import { cancelMeeting } from '../../../src/services/meetings.js';
import { addMember } from '../../../src/services/members.js';
import {
  addWorkingGroup,
  groupOverview,
  nominate,
  openRound,
  personOfNominee,
  roundToAgendaItem,
  setRoundStatus,
} from '../../../src/services/nominations.js';
import type { MemoryStore } from '../../../src/store/memory-store.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { demoStore } from '../../helpers/demo.js';
import { expectCode } from '../../helpers/expect-code.js';

const clock = new FixedClock('2026-11-23T10:00:00Z');
let store: MemoryStore;

beforeEach(async () => {
  store = await demoStore(clock);
  await addWorkingGroup(store, clock, systemActor('cli'), {
    id: 'referensgrupp',
    name: 'Referensgrupp barn och unga',
    body: 'socialchefsnatverket',
    seats: parseSeatRules('municipalities=2+1,region=1') ?? {
      municipalities: { ordinary: 0, substitute: 0 },
      region: { ordinary: 0, substitute: 0 },
    },
    perPrincipal: 1,
  });
  await openRound(store, clock, systemActor('cli'), { group: 'referensgrupp', deadline: '2026-12-10' });
});

const add = (name: string, principal: string, extra: Partial<Parameters<typeof nominate>[2]> = {}) =>
  nominate(store, clock, {
    group: 'referensgrupp',
    name,
    principal,
    nominator: systemActor('cli'),
    ...extra,
  });

describe('seat rules', () => {
  it.each([
    [
      'municipalities=3,region=3',
      { municipalities: { ordinary: 3, substitute: 0 }, region: { ordinary: 3, substitute: 0 } },
    ],
    [
      'kommunerna=3+1, regionen=2',
      { municipalities: { ordinary: 3, substitute: 1 }, region: { ordinary: 2, substitute: 0 } },
    ],
    ['region=1', { municipalities: { ordinary: 0, substitute: 0 }, region: { ordinary: 1, substitute: 0 } }],
  ])('reads "%s"', (text, seats) => {
    expect(parseSeatRules(text)).toEqual(seats);
  });

  it.each(['3+3', 'municipalities=tre', 'region=1,region=2', ''])('refuses "%s"', (text) => {
    expect(parseSeatRules(text)).toBeNull();
  });
});

describe('nominating', () => {
  it('makes a second nominee of the same principal a reserve when at most one per principal is allowed', async () => {
    expect((await add('Anna Berg', 'Falun')).reserve).toBe(false);
    expect((await add('Bo Ek', 'Falun')).reserve).toBe(true);
    expect((await add('Cecilia Ås', 'Mora')).reserve).toBe(false);
  });

  it('counts substitute seats on their own', async () => {
    await add('Anna Berg', 'Falun');
    await add('Cecilia Ås', 'Mora');
    const substitute = await add('Dan Öhrn', 'Ludvika', { seat: 'substitute' });
    expect(substitute.reserve).toBe(false);
    expect(groupOverview(store.read(), 'referensgrupp').seats.municipalities).toEqual({
      total: 2,
      filled: 2,
      substitute: { total: 1, filled: 1 },
    });
  });

  it('lets members of the nominating body nominate for their own principal only', async () => {
    // Johan Dahl sits in Socialchefsnätverket for Borlänge; Tomas Engström chairs it.
    await nominate(store, clock, {
      group: 'referensgrupp',
      name: 'Eva Lind',
      principal: 'Borlänge',
      nominator: personActor('johan-dahl'),
    });
    await expectCode(
      nominate(store, clock, {
        group: 'referensgrupp',
        name: 'Fia Ny',
        principal: 'Mora',
        nominator: personActor('johan-dahl'),
      }),
      'nomination.own-principal',
    );
    await nominate(store, clock, {
      group: 'referensgrupp',
      name: 'Fia Ny',
      principal: 'Mora',
      nominator: personActor('tomas-engstrom'),
    });
    await expectCode(
      nominate(store, clock, {
        group: 'referensgrupp',
        name: 'Gun Ek',
        principal: 'Falun',
        nominator: personActor('per-strom'),
      }),
      'nomination.not-allowed',
    );
  });

  it('refuses bad input and changes nothing', async () => {
    const before = structuredClone(store.read());
    await expectCode(add('', 'Falun'), 'nomination.name-invalid');
    await expectCode(add('1234', 'Falun'), 'nomination.name-invalid');
    await expectCode(add('X'.repeat(121), 'Falun'), 'nomination.name-invalid');
    await expectCode(add('Bo\u202eGNAL Ek', 'Falun'), 'nomination.name-invalid');
    await expectCode(add('Bo\u0000 Ek', 'Falun'), 'nomination.name-invalid');
    await expectCode(add('Anna Berg', 'Uppsala'), 'input.unknown-principal');
    await expectCode(add('Anna Berg', 'Falun', { email: 'inte-en-adress' }), 'nomination.email-invalid');
    await expectCode(
      nominate(store, clock, {
        group: 'finns-inte',
        name: 'Anna',
        principal: 'Falun',
        nominator: systemActor('cli'),
      }),
      'nomination.unknown-group',
    );
    expect(store.read()).toEqual(before);
  });
});

describe('rounds', () => {
  it('refuses nominations to a paused or closed round, and reopens a closed one to complete it', async () => {
    await add('Anna Berg', 'Falun');
    await setRoundStatus(store, clock, systemActor('cli'), {
      group: 'referensgrupp',
      status: 'paused',
      reason: 'avvaktar p.g.a. covid-19',
    });
    await expectCode(add('Bo Ek', 'Mora'), 'nomination.round-paused');
    await setRoundStatus(store, clock, systemActor('cli'), { group: 'referensgrupp', status: 'closed' });
    await expectCode(add('Bo Ek', 'Mora'), 'nomination.round-closed');
    const reopened = await openRound(store, clock, systemActor('cli'), {
      group: 'referensgrupp',
      deadline: '2027-02-01',
    });
    expect(reopened.changes.map((c) => c.status)).toEqual(['open', 'paused', 'closed', 'open']);
    expect((await add('Bo Ek', 'Mora')).reserve).toBe(false);
    expect(groupOverview(store.read(), 'referensgrupp').nominations.map((n) => n.name)).toEqual([
      'Anna Berg',
      'Bo Ek',
    ]);
    await expectCode(
      openRound(store, clock, systemActor('cli'), { group: 'referensgrupp', deadline: '2027-02-01' }),
      'nomination.round-exists',
    );
  });

  it('needs nominees before the round can be put to a decision', async () => {
    await expectCode(
      roundToAgendaItem(store, clock, { group: 'referensgrupp', actor: systemActor('cli') }),
      'nomination.nothing-to-decide',
    );
  });
});

describe('the round on the agenda', () => {
  const putOnAgenda = () =>
    roundToAgendaItem(store, clock, { group: 'referensgrupp', actor: systemActor('cli') });
  const CHAIR = 'tomas-engstrom';
  const decide = async (item: AgendaItem, outcome: Outcome) => {
    const meeting = store.read().meetings.find((m) => m.id === item.meetingId);
    const decision = await openDecision(store, clock, {
      personId: CHAIR,
      bodyId: meeting?.bodyId ?? '',
      meetingId: item.meetingId,
      itemNumber: item.number,
    });
    await closeDecision(store, clock, { decisionId: decision.id, personId: CHAIR, outcome });
  };

  it('puts the round on the agenda once: a second request names the item and adds nothing', async () => {
    await add('Anna Berg', 'Falun');
    const item = await putOnAgenda();
    const before = store.read();
    const refusal = await putOnAgenda().catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'nomination.already-on-agenda', params: { item: item.number } });
    expect(store.read()).toEqual(before);
    // Adopting the one item appoints the nominees.
    await decide(item, 'adopted');
    expect(groupOverview(store.read(), 'referensgrupp').nominations.map((n) => n.status)).toEqual([
      'appointed',
    ]);
  });

  it('follows its item when the item is tabled to the next meeting, and is appointed there', async () => {
    await add('Anna Berg', 'Falun');
    const first = await putOnAgenda();
    await decide(first, 'tabled');
    const round = store.read().nominationRounds.find((r) => r.groupId === 'referensgrupp');
    expect(round?.decisionItemId).not.toBe(first.id);
    await expectCode(putOnAgenda(), 'nomination.already-on-agenda');
    const moved = store.read().agendaItems.find((i) => i.id === round?.decisionItemId);
    if (!moved) throw new Error('the tabled item was not moved');
    await decide(moved, 'adopted');
    expect(groupOverview(store.read(), 'referensgrupp').nominations.map((n) => n.status)).toEqual([
      'appointed',
    ]);
  });

  it('counts an adopted appointment sent on to the council as one of its items, names hidden there too', async () => {
    await add('Anna Kolibri', 'Falun');
    const item = await putOnAgenda();
    const meeting = store.read().meetings.find((m) => m.id === item.meetingId);
    const decision = await openDecision(store, clock, {
      personId: CHAIR,
      bodyId: meeting?.bodyId ?? '',
      meetingId: item.meetingId,
      itemNumber: item.number,
    });
    const closed = await closeDecision(store, clock, {
      decisionId: decision.id,
      personId: CHAIR,
      outcome: 'adopted-with-amendment',
      amendment:
        'att utse Anna Kolibri (Falun) till ledamot, samt att beslutet skickas vidare för Välfärdsrådets ställningstagande.',
    });
    const forwarded = store.read().agendaItems.find((i) => i.id === closed.forwardedItemId);
    if (!forwarded) throw new Error('the decision was not sent on');
    expect(forwarded.background).toContain('Anna Kolibri');
    expect(roundOfItem(store.read(), forwarded.id)?.groupId).toBe('referensgrupp');
    expect(searchAgendaItems(store.read(), 'Kolibri')).toHaveLength(0);
    // Asked about the council's item, someone not on the roster sees no names.
    const council = store.read().meetings.find((m) => m.id === forwarded.meetingId);
    const deps = { store, clock, memory: new InMemoryConversationMemory() };
    const stranger = { identity: { channel: 'teams' as const, userId: 'okand-1' }, conversationId: 'x' };
    const reply = await handleMessage(
      `punkt ${forwarded.number} ${formatDate(council?.date ?? '', 'sv')} välfärdsrådet`,
      stranger,
      deps,
    );
    expect(reply.kind).toBe('item');
    expect(JSON.stringify(reply)).not.toContain('Kolibri');
  });

  it('may be put on the agenda again once its item is rejected or its meeting cancelled', async () => {
    await add('Anna Berg', 'Falun');
    const first = await putOnAgenda();
    await decide(first, 'rejected');
    const second = await putOnAgenda();
    expect(second.id).not.toBe(first.id);
    await cancelMeeting(store, clock, systemActor('cli'), { meeting: second.meetingId });
    await expect(putOnAgenda()).resolves.toMatchObject({ kind: 'decision' });
  });
});

describe('a person is never the system', () => {
  it('gives a member named "Cli" only the rights of their seat, and the audit log tells them apart', async () => {
    // "Cli" gets the person id "cli", the word the command line once went by.
    const cli = await addMember(store, clock, systemActor('cli'), {
      body: 'socialchefsnatverket',
      name: 'Cli',
      principal: 'Ludvika',
      role: 'member',
    });
    expect(cli.personId).toBe('cli');
    await expectCode(
      nominate(store, clock, {
        group: 'referensgrupp',
        name: 'Anna Berg',
        principal: 'Falun',
        nominator: personActor('cli'),
      }),
      'nomination.own-principal',
    );
    await add('Eva Lind', 'Mora');
    await expectCode(
      roundToAgendaItem(store, clock, { group: 'referensgrupp', actor: personActor('cli') }),
      'decision.not-chair',
    );
    // For their own principal they may, and it is recorded as them, not as the command line.
    await nominate(store, clock, {
      group: 'referensgrupp',
      name: 'Lisa Holm',
      principal: 'Ludvika',
      nominator: personActor('cli'),
    });
    const actors = store.read().audit.map((a) => a.actor);
    expect(actors).toContain('cli');
    expect(actors).toContain('system:cli');
    const byPerson = store
      .read()
      .audit.filter((a) => a.actor === 'cli')
      .map((a) => a.action);
    expect(byPerson).toEqual(['nomination.added']);
  });
});

describe('who a nominee is', () => {
  it('refuses an e-mail address that belongs to someone else on the roster', async () => {
    await expectCode(
      add('Eva Own', 'Ludvika', { email: 'karin.lindqvist@example.org' }),
      'nomination.email-taken',
    );
    expect(store.read().nominations.some((n) => n.name === 'Eva Own')).toBe(false);
  });

  it('is a person on the roster only when both name and principal agree', async () => {
    // A namesake of Region Dalarna's Karin Lindqvist, nominated for Ludvika, is someone else.
    const namesake = await add('Karin Lindqvist', 'Ludvika');
    expect(personOfNominee(store.read(), namesake.nomination)).toBeUndefined();
    // Nor is a namesake for another principal merged into the first nomination.
    const second = await add('Karin Lindqvist', 'Region Dalarna');
    expect(second.merged).toBe(false);
    expect(personOfNominee(store.read(), second.nomination)?.id).toBe('karin-lindqvist');
    const same = { ...namesake.nomination, principalId: 'region-dalarna' };
    expect(personOfNominee(store.read(), same)?.id).toBe('karin-lindqvist');
  });
});
