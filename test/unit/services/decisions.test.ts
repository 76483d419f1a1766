import { systemActor } from '../../../src/services/ports.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { conditionIn, forwardedToIn, isRecommendation } from '../../../src/domain/decision-clauses.js';
import { decisionJourney } from '../../../src/services/decision-journey.js';
import { decisionRecord } from '../../../src/services/decision-records.js';
import {
  castVote,
  closeDecision,
  openDecision,
  recordAdoption,
  recordCondition,
  recordDissent,
} from '../../../src/services/decisions.js';
import { addMember } from '../../../src/services/members.js';
import type { MemoryStore } from '../../../src/store/memory-store.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { demoStore } from '../../helpers/demo.js';
import { expectCode } from '../../helpers/expect-code.js';

const clock = new FixedClock('2026-11-23T10:00:00Z');
const CHAIR = 'karin-lindqvist';
let store: MemoryStore;

beforeEach(async () => {
  store = await demoStore(clock);
});

const open = (itemNumber: number, extra: Partial<Parameters<typeof openDecision>[2]> = {}) =>
  openDecision(store, clock, { personId: CHAIR, bodyId: 'chefsnatverket', itemNumber, ...extra });

describe('reading what clauses say about a decision’s journey', () => {
  it('finds conditions, forwardings and recommendations as the networks write them', () => {
    expect(
      conditionIn('att godkänna X under förutsättning att Region Dalarnas KSG-B fattar motsvarande beslut.'),
    ).toBe('under förutsättning att Region Dalarnas KSG-B fattar motsvarande beslut');
    expect(
      forwardedToIn(
        'att Chefsnätverkets beslut skickas vidare för Vårldsrådets ställningstagande och beslut om rekommendation.',
      ),
    ).toBe('Vårldsrådet');
    expect(forwardedToIn('att godkänna utvärderingen')).toBeNull();
    expect(isRecommendation('att rekommendera huvudmännen att ställa sig bakom beslutet.')).toBe(true);
    expect(isRecommendation('att rekommendera Länsnätverket att formera en styrgrupp')).toBe(false);
  });
});

describe('opening a decision', () => {
  it('opens the item of the body’s next meeting, with the proposal as it stands', async () => {
    const decision = await open(5);
    expect(decision).toMatchObject({
      meetingId: 'chefsnatverket-2026-12-04',
      itemNumber: 5,
      status: 'open',
      anonymous: false,
    });
    expect(decision.proposal).toHaveLength(2);
  });

  it('returns the open decision when it is opened again, and refuses a closed one', async () => {
    const first = await open(5);
    expect((await open(5)).id).toBe(first.id);
    await closeDecision(store, clock, { decisionId: first.id, personId: CHAIR, outcome: 'rejected' });
    await expectCode(open(5), 'decision.already-closed');
  });

  it('refuses members who do not chair, items that do not exist, bodies without meetings', async () => {
    await expectCode(
      openDecision(store, clock, { personId: 'maria-holm', bodyId: 'chefsnatverket', itemNumber: 5 }),
      'decision.not-chair',
    );
    await expectCode(open(42), 'decision.no-item');
    await addMember(store, clock, systemActor('test'), {
      body: 'socialchefsnatverket',
      name: 'Karin Lindqvist',
      principal: 'Region Dalarna',
      role: 'chair',
    });
    await store.update((draft) =>
      draft.data.meetings
        .filter((m) => m.bodyId === 'socialchefsnatverket')
        .forEach((m) => draft.update('meetings', m.id, (meeting) => void (meeting.status = 'cancelled'))),
    );
    await expectCode(
      openDecision(store, clock, { personId: CHAIR, bodyId: 'socialchefsnatverket', itemNumber: 1 }),
      'decision.no-meeting',
    );
  });
});

describe('voting', () => {
  it('counts a repeated click once and keeps every change in the history', async () => {
    const { id } = await open(5);
    expect(
      (await castVote(store, clock, { decisionId: id, personId: 'maria-holm', choice: 'for' })).changed,
    ).toBe(true);
    expect(
      (await castVote(store, clock, { decisionId: id, personId: 'maria-holm', choice: 'for' })).changed,
    ).toBe(false);
    expect(
      (await castVote(store, clock, { decisionId: id, personId: 'maria-holm', choice: 'against' })).changed,
    ).toBe(true);
    await castVote(store, clock, { decisionId: id, personId: 'helena-berg', choice: 'abstain' });
    const record = decisionRecord(store.read(), id);
    expect(record.tally).toEqual({ for: 0, against: 1, abstain: 1 });
    expect(record.history.map((h) => [h.name, h.choice, h.previous])).toEqual([
      ['Maria Holm', 'for', null],
      ['Maria Holm', 'against', 'for'],
      ['Helena Berg', 'abstain', null],
    ]);
    expect(record.tallyBySide).toEqual({
      municipalities: { for: 0, against: 1, abstain: 0 },
      region: { for: 0, against: 0, abstain: 1 },
    });
  });

  it('lets substitutes vote only when the decision allows it, and observers never', async () => {
    const closedToSubstitutes = await open(5);
    await expectCode(
      castVote(store, clock, { decisionId: closedToSubstitutes.id, personId: 'oskar-lund', choice: 'for' }),
      'vote.not-allowed',
    );
    const openToSubstitutes = await open(4, { allowSubstitutes: true });
    await castVote(store, clock, { decisionId: openToSubstitutes.id, personId: 'oskar-lund', choice: 'for' });
    await expectCode(
      castVote(store, clock, { decisionId: openToSubstitutes.id, personId: 'elin-forsberg', choice: 'for' }),
      'vote.not-allowed',
    );
    await expectCode(
      castVote(store, clock, { decisionId: openToSubstitutes.id, personId: 'gunilla-ek', choice: 'for' }),
      'vote.not-member',
    );
  });

  it('refuses votes on a closed decision and stores nothing', async () => {
    const { id } = await open(5);
    await closeDecision(store, clock, { decisionId: id, personId: CHAIR, outcome: 'sent-back' });
    const before = structuredClone(store.read());
    await expectCode(
      castVote(store, clock, { decisionId: id, personId: 'maria-holm', choice: 'for' }),
      'vote.closed',
    );
    expect(store.read()).toEqual(before);
  });
});

describe('closing', () => {
  it('keeps the amended clauses of a decision adopted with an amendment, and needs the amendment', async () => {
    const { id } = await open(4);
    await expectCode(
      closeDecision(store, clock, { decisionId: id, personId: CHAIR, outcome: 'adopted-with-amendment' }),
      'decision.amendment-required',
    );
    // Words written as an amendment are not dropped unseen under another outcome.
    await expectCode(
      closeDecision(store, clock, {
        decisionId: id,
        personId: CHAIR,
        outcome: 'adopted',
        amendment: 'att …',
      }),
      'decision.amendment-not-used',
    );
    expect(store.read().decisions.find((d) => d.id === id)?.status).toBe('open');
    const closed = await closeDecision(store, clock, {
      decisionId: id,
      personId: CHAIR,
      outcome: 'adopted-with-amendment',
      amendment:
        'att utse Anna Berg och Per Ek till Styrgrupp GNV.\natt utse en tredje representant efterhand.',
    });
    expect(closed.adoptedClauses).toEqual([
      'att utse Anna Berg och Per Ek till Styrgrupp GNV.',
      'att utse en tredje representant efterhand.',
    ]);
    expect(store.read().agendaItems.find((i) => i.id === closed.itemId)?.decision).toEqual(
      closed.adoptedClauses,
    );
  });

  it('leaves a conditional decision pending until the condition is recorded', async () => {
    await store.update((draft) =>
      draft.update('agendaItems', 'chefsnatverket-2026-12-04-p6', (item) => {
        item.proposal = [
          'att godkänna vårdprogrammet under förutsättning att Region Dalarnas KSG-B fattar motsvarande beslut.',
        ];
      }),
    );
    const { id } = await open(6);
    const closed = await closeDecision(store, clock, { decisionId: id, personId: CHAIR, outcome: 'adopted' });
    expect(closed.conditionStatus).toBe('pending');
    expect(
      (await recordCondition(store, clock, systemActor('cli'), { decisionId: id, met: false }))
        .conditionStatus,
    ).toBe('failed');
    const journey = decisionJourney(store.read(), id, '2026-12-05');
    expect(journey.steps.map((s) => s.kind)).toEqual(['decision', 'condition']);
  });

  it('records a dissent with its reason, once per member', async () => {
    const { id } = await open(5);
    await recordDissent(store, clock, {
      decisionId: id,
      personId: 'johan-dahl',
      reason: 'Kostnaden är för hög.',
    });
    await recordDissent(store, clock, {
      decisionId: id,
      personId: 'johan-dahl',
      reason: 'Kostnaden är för hög för Borlänge.',
    });
    expect(decisionRecord(store.read(), id).dissents).toEqual([
      expect.objectContaining({ name: 'Johan Dahl', reason: 'Kostnaden är för hög för Borlänge.' }),
    ]);
    await expectCode(
      recordDissent(store, clock, { decisionId: id, personId: 'gunilla-ek', reason: 'x' }),
      'dissent.not-member',
    );
  });
});

describe('the journey of the demo’s decisions of 3 April 2020', () => {
  it('follows the sobering-up places from the network to the council to the principals, with the overdue ones', () => {
    const journey = decisionJourney(store.read(), 'chefsnatverket-2020-04-03-p5-beslut', '2026-11-23');
    expect(journey.steps.map((s) => s.kind)).toEqual(['decision', 'decision', 'adoptions']);
    const adoptions = journey.steps[2];
    expect(adoptions).toMatchObject({
      kind: 'adoptions',
      overdue: true,
      missing: ['Vansbro', 'Älvdalen', 'Säter'].sort(),
    });
  });

  it('starts a journey asked from the council’s end at the network’s decision', () => {
    const journey = decisionJourney(store.read(), 'valfardsradet-2020-04-22-p1-beslut', '2026-11-23');
    expect(journey.originId).toBe('chefsnatverket-2020-04-03-p5-beslut');
  });

  it('refuses adoptions of a decision that is no recommendation', async () => {
    await expectCode(
      recordAdoption(store, clock, systemActor('cli'), {
        decisionId: 'chefsnatverket-2020-04-03-p4-beslut',
        principalId: 'falun',
        date: '2020-05-01',
      }),
      'decision.not-recommendation',
    );
  });
});
