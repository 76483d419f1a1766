import { describe, expect, it } from 'vitest';
import { SamradDataSchema } from '../../../src/domain/samrad-data.js';
import { showAgenda } from '../../../src/services/agenda.js';
import { nextMeeting } from '../../../src/services/meetings.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { demoData } from '../../helpers/demo.js';

describe('the demo data', () => {
  it('has Dalarna’s sixteen principals with population, the bodies and a roster', async () => {
    const data = await demoData(new FixedClock('2026-11-23T09:00:00Z'));
    expect(SamradDataSchema.safeParse(data).success).toBe(true);
    expect(data.principals).toHaveLength(16);
    expect(data.principals.find((p) => p.name === 'Falun')).toMatchObject({
      population: 59752,
      populationAsOf: '2021-06',
    });
    expect(data.bodies.map((b) => b.id)).toEqual([
      'valfardsradet',
      'chefsnatverket',
      'styrgrupp-chnv',
      'socialchefsnatverket',
      'styrgrupp-gnv',
    ]);
    const roles = data.memberships.filter((m) => m.bodyId === 'chefsnatverket').map((m) => m.role);
    expect(roles).toEqual(expect.arrayContaining(['chair', 'secretary', 'member', 'substitute', 'observer']));
  });

  it('holds the real agenda of 3 April 2020 as a held meeting', async () => {
    const clock = new FixedClock('2026-11-23T09:00:00Z');
    const data = await demoData(clock);
    const view = showAgenda(data, clock, { meeting: 'chefsnatverket-2020-04-03' });
    expect(view.meeting.status).toBe('held');
    expect(view.items).toHaveLength(13);
  });

  it.each(['2026-11-23T09:00:00Z', '2027-07-10T09:00:00Z', '2026-12-30T22:00:00Z', '2028-02-29T12:00:00Z'])(
    'always has a next meeting with an agenda for the network and the council (today: %s)',
    async (now) => {
      const clock = new FixedClock(now);
      const data = await demoData(clock);
      for (const body of ['chefsnatverket', 'valfardsradet', 'styrgrupp-chnv', 'socialchefsnatverket']) {
        expect(nextMeeting(data, clock, body).date > now.slice(0, 10)).toBe(true);
      }
      expect(showAgenda(data, clock, { next: true, body: 'chefsnatverket' }).items.length).toBeGreaterThan(5);
      expect(showAgenda(data, clock, { next: true, body: 'valfardsradet' }).items.length).toBeGreaterThan(3);
      const coming = data.meetings.filter((m) => m.date > now.slice(0, 10));
      expect(coming.filter((m) => m.status === 'cancelled')).toHaveLength(1);
      expect(coming.every((m) => !m.date.endsWith('-01-01'))).toBe(true);
    },
  );
});
