import { systemActor } from '../../../src/services/ports.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { addBody } from '../../../src/services/bodies.js';
import { addMeeting, cancelMeeting, listMeetings, nextMeeting } from '../../../src/services/meetings.js';
import { addMember, listMembers, removeMember } from '../../../src/services/members.js';
import { emptySamradData } from '../../../src/domain/samrad-data.js';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { expectCode } from '../../helpers/expect-code.js';
import { demoStore } from '../../helpers/demo.js';

const clock = new FixedClock('2026-11-23T09:00:00Z');
let store: MemoryStore;
beforeEach(async () => {
  store = await demoStore(clock);
});

describe('the roster', () => {
  it('adds a member with chat identities and lists chairs first', async () => {
    const added = await addMember(store, clock, systemActor('cli'), {
      body: 'chefsnatverket',
      name: 'Birgitta  Nord',
      principal: 'orsa',
      role: 'member',
      teamsId: '3F2504E0-4F89-41D3-9A0C-0305E82C3301',
      slackId: 'u024bE7LH',
      email: 'birgitta.nord@orsa.se',
    });
    expect(added).toMatchObject({
      name: 'Birgitta Nord',
      principal: 'Orsa',
      teamsId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      slackId: 'U024BE7LH',
    });
    const members = listMembers(store.read(), 'Chefsnätverket');
    expect(members[0]?.role).toBe('chair');
    expect(members.map((m) => m.name)).toContain('Birgitta Nord');
  });

  it('shares one person between bodies and refuses the same seat twice', async () => {
    await addMember(store, clock, systemActor('cli'), {
      body: 'valfardsradet',
      name: 'Maria Holm',
      principal: 'Falun',
      role: 'observer',
    });
    expect(store.read().people.filter((p) => p.name === 'Maria Holm')).toHaveLength(1);
    await expectCode(
      addMember(store, clock, systemActor('cli'), {
        body: 'valfardsradet',
        name: 'maria holm',
        principal: 'Falun',
        role: 'member',
      }),
      'member.exists',
    );
  });

  it('refuses bad input and changes nothing', async () => {
    const before = structuredClone(store.read());
    const base = { body: 'chefsnatverket', name: 'Ny Person', principal: 'Falun', role: 'member' as const };
    await expectCode(
      addMember(store, clock, systemActor('cli'), { ...base, principal: 'Stockholm' }),
      'input.unknown-principal',
    );
    await expectCode(
      addMember(store, clock, systemActor('cli'), { ...base, body: 'kommunfullmäktige' }),
      'input.unknown-body',
    );
    await expectCode(
      addMember(store, clock, systemActor('cli'), { ...base, email: 'inte-en-adress' }),
      'input.invalid',
    );
    await expectCode(
      addMember(store, clock, systemActor('cli'), { ...base, teamsId: '1234' }),
      'input.invalid',
    );
    await expectCode(addMember(store, clock, systemActor('cli'), { ...base, name: '   ' }), 'input.invalid');
    await expectCode(
      addMember(store, clock, systemActor('cli'), { ...base, name: 'x'.repeat(500) }),
      'input.invalid',
    );
    expect(store.read()).toEqual(before);
  });

  it('removes a seat by name, keeping the person on file', async () => {
    const removed = await removeMember(store, clock, systemActor('cli'), {
      body: 'chefsnatverket',
      member: 'per ström',
    });
    expect(removed.name).toBe('Per Ström');
    expect(listMembers(store.read(), 'chefsnatverket').map((m) => m.name)).not.toContain('Per Ström');
    expect(store.read().people.some((p) => p.name === 'Per Ström')).toBe(true);
    await expectCode(
      removeMember(store, clock, systemActor('cli'), { body: 'chefsnatverket', member: 'Per Ström' }),
      'input.unknown-member',
    );
  });

  it('adds a working group under a body', async () => {
    const body = await addBody(store, clock, systemActor('cli'), {
      name: 'Referensgrupp barn och unga',
      kind: 'reference-group',
      parent: 'chefsnatverket',
    });
    expect(body).toMatchObject({ id: 'referensgrupp-barn-och-unga', parentBodyId: 'chefsnatverket' });
    await expectCode(
      addBody(store, clock, systemActor('cli'), {
        name: 'Referensgrupp barn och unga',
        kind: 'reference-group',
      }),
      'body.exists',
    );
  });
});

describe('the calendar', () => {
  it('gives the next meeting, skipping cancelled ones and those already over today', async () => {
    const empty = new MemoryStore({
      ...emptySamradData(),
      principals: store.read().principals,
      bodies: store.read().bodies,
    });
    await addMeeting(empty, clock, systemActor('cli'), {
      body: 'chefsnatverket',
      date: '2026-11-23',
      startTime: '08:00',
      endTime: '09:00',
    });
    const cancelled = await addMeeting(empty, clock, systemActor('cli'), {
      body: 'chefsnatverket',
      date: '2026-11-30',
      startTime: '09:30',
    });
    await addMeeting(empty, clock, systemActor('cli'), {
      body: 'chefsnatverket',
      date: '2026-12-04',
      startTime: '09:30',
    });
    await addMeeting(empty, clock, systemActor('cli'), {
      body: 'valfardsradet',
      date: '2026-12-01',
      startTime: '13:00',
    });
    await cancelMeeting(empty, clock, systemActor('cli'), { meeting: cancelled.id, reason: 'Mötet utgår' });
    expect(nextMeeting(empty.read(), clock, 'chefsnatverket').date).toBe('2026-12-04');
    expect(nextMeeting(empty.read(), clock).date).toBe('2026-12-01');
    const calendar = listMeetings(empty.read(), clock, { body: 'chefsnatverket' });
    expect(calendar.map((m) => [m.date, m.status])).toEqual([
      ['2026-11-23', 'planned'],
      ['2026-11-30', 'cancelled'],
      ['2026-12-04', 'planned'],
    ]);
    await expectCode(
      cancelMeeting(empty, clock, systemActor('cli'), { meeting: cancelled.id }),
      'meeting.already-cancelled',
    );
    await expectCode(
      Promise.resolve().then(() => nextMeeting(empty.read(), clock, 'socialchefsnatverket')),
      'meeting.none-coming',
    );
  });

  it('refuses impossible dates and times and a second meeting at the same time', async () => {
    const base = { body: 'chefsnatverket', date: '2027-03-05', startTime: '09:30' };
    await expectCode(
      addMeeting(store, clock, systemActor('cli'), { ...base, date: '2027-02-30' }),
      'input.bad-date',
    );
    await expectCode(
      addMeeting(store, clock, systemActor('cli'), { ...base, startTime: '25:00' }),
      'input.bad-time',
    );
    await expectCode(
      addMeeting(store, clock, systemActor('cli'), { ...base, endTime: '09:00' }),
      'input.bad-time',
    );
    await expectCode(
      addMeeting(store, clock, systemActor('cli'), { ...base, documentsUrl: 'inte en länk' }),
      'input.invalid',
    );
    await addMeeting(store, clock, systemActor('cli'), { ...base, date: '2027-03-06' });
    await expectCode(
      addMeeting(store, clock, systemActor('cli'), { ...base, date: '2027-03-06' }),
      'meeting.exists',
    );
  });
});
