import { systemActor } from '../../../src/services/ports.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { showAgenda } from '../../../src/services/agenda.js';
import { importAgenda } from '../../../src/services/import-agenda.js';
import { addMeeting } from '../../../src/services/meetings.js';
import type { MemoryStore } from '../../../src/store/memory-store.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { expectCode } from '../../helpers/expect-code.js';
import { demoStore } from '../../helpers/demo.js';
import { ourAgenda, readText } from '../../helpers/paths.js';

const clock = new FixedClock('2026-11-23T09:00:00Z');
let store: MemoryStore;
const socialchefer = readText(ourAgenda('socialchefsnatverket-2020-05-08.txt'));

beforeEach(async () => {
  store = await demoStore(clock);
});

describe('importing an agenda', () => {
  it('stores the meeting with its items, held when the date has passed', async () => {
    const result = await importAgenda(store, clock, systemActor('cli'), {
      text: socialchefer,
      fileName: 'sc.txt',
      body: 'socialchefsnatverket',
    });
    expect(result.meeting).toMatchObject({
      id: 'socialchefsnatverket-2020-05-08',
      status: 'held',
      place: 'Teams',
    });
    const view = showAgenda(store.read(), clock, { meeting: 'socialchefsnatverket-2020-05-08' });
    expect(view.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(view.items[3]?.id).toBe('socialchefsnatverket-2020-05-08-p4');
    expect(store.read().audit.at(-1)).toMatchObject({
      action: 'agenda.imported',
      actor: 'system:cli',
      details: { items: 7 },
    });
  });

  it('finds the body from the document header when none is given', async () => {
    const result = await importAgenda(store, clock, systemActor('cli'), {
      text: socialchefer,
      fileName: 'sc.txt',
    });
    expect(result.body.id).toBe('socialchefsnatverket');
  });

  it('stores nothing on a dry run', async () => {
    const before = structuredClone(store.read());
    const result = await importAgenda(store, clock, systemActor('cli'), {
      text: socialchefer,
      fileName: 'sc.txt',
      dryRun: true,
    });
    expect(result.meeting).toBeNull();
    expect(result.agenda.items).toHaveLength(7);
    expect(store.read()).toEqual(before);
  });

  it('stores nothing from a document with problems', async () => {
    const before = structuredClone(store.read());
    await expectCode(
      importAgenda(store, clock, systemActor('cli'), {
        text: readText(ourAgenda('broken-agenda.txt')),
        fileName: 'b.txt',
        body: 'chefsnatverket',
      }),
      'agenda.unparsable',
    );
    expect(store.read()).toEqual(before);
  });

  it('refuses to overwrite an agenda unless asked to replace it', async () => {
    await importAgenda(store, clock, systemActor('cli'), { text: socialchefer, fileName: 'sc.txt' });
    await expectCode(
      importAgenda(store, clock, systemActor('cli'), { text: socialchefer, fileName: 'sc.txt' }),
      'agenda.meeting-has-agenda',
    );
    const shorter = socialchefer.replace(/\* 8\. Övriga frågor[\s\S]*$/, '');
    await importAgenda(store, clock, systemActor('cli'), {
      text: shorter,
      fileName: 'sc.txt',
      replace: true,
    });
    const view = showAgenda(store.read(), clock, { meeting: 'socialchefsnatverket-2020-05-08' });
    expect(view.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 6, 7]);
  });

  it('fills a planned meeting of the calendar and takes time and place from the document', async () => {
    await addMeeting(store, clock, systemActor('cli'), {
      body: 'styrgrupp-chnv',
      date: '2027-03-01',
      startTime: '08:30',
      place: 'Teams',
    });
    const text =
      'Styrgrupp CHNV 1 mars 2027\nTid: kl. 9-10\nPlats: Lugnet\n\n1. Mötets öppnande\n2. Övriga frågor\n';
    const result = await importAgenda(store, clock, systemActor('cli'), {
      text,
      fileName: 's.txt',
      body: 'styrgrupp-chnv',
    });
    expect(result.meeting).toMatchObject({
      id: 'styrgrupp-chnv-2027-03-01',
      startTime: '09:00',
      endTime: '10:00',
      place: 'Lugnet',
      status: 'planned',
    });
    expect(
      store.read().meetings.filter((m) => m.date === '2027-03-01' && m.bodyId === 'styrgrupp-chnv'),
    ).toHaveLength(1);
  });

  it('says so when the body is unknown or cannot be found in the header', async () => {
    await expectCode(
      importAgenda(store, clock, systemActor('cli'), { text: socialchefer, fileName: 'x', body: 'nope' }),
      'input.unknown-body',
    );
    const anonymous = 'Möte 3 april 2020 kl. 9\n1. Öppnande\n';
    await expectCode(
      importAgenda(store, clock, systemActor('cli'), { text: anonymous, fileName: 'x' }),
      'agenda.no-body',
    );
  });
});
