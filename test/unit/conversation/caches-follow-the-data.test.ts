import { describe, expect, it } from 'vitest';
import { searchAgendaItems } from '../../../src/conversation/understanding/agenda-search.js';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { demoData } from '../../helpers/demo.js';

/**
 * The store changes its data in place, so what is built from the data (the search index over
 * agenda items) must be built again when the records it came from change, and only then.
 */
describe('what is built from the data', () => {
  it('finds an agenda item added after the last search, and forgets one taken away', async () => {
    const clock = new FixedClock('2026-11-23T09:00:00Z');
    const store = new MemoryStore(await demoData(clock));
    expect(searchAgendaItems(store.read(), 'hjärtsvikt').length).toBeGreaterThan(0);
    expect(searchAgendaItems(store.read(), 'zebrafinkar')).toHaveLength(0);
    const item = store.read().agendaItems[0]!;
    const meeting = store.read().meetings.find((m) => m.id === item.meetingId)!;
    await store.update((draft) => {
      draft.insert('agendaItems', {
        ...item,
        id: `${meeting.id}-p99`,
        number: 99,
        title: 'Zebrafinkar i socialtjänsten',
      });
    });
    expect(searchAgendaItems(store.read(), 'zebrafinkar').map((h) => h.item.number)).toEqual([99]);
    await store.update((draft) => {
      draft.remove('agendaItems', `${meeting.id}-p99`);
    });
    expect(searchAgendaItems(store.read(), 'zebrafinkar')).toHaveLength(0);
  });

  it('stops finding an item by its clauses once it puts a nomination round to decision', async () => {
    // Those clauses name the nominees, whom only members may see: a search must not point at them.
    const clock = new FixedClock('2026-11-23T09:00:00Z');
    const store = new MemoryStore(await demoData(clock));
    const item = store.read().agendaItems.find((i) => i.proposal.length > 0)!;
    const word = 'Kolibriholm';
    await store.update((draft) => {
      draft.update(
        'agendaItems',
        item.id,
        (i) => void (i.proposal = [`att utse ${word} (Mora) till ledamot.`]),
      );
    });
    expect(searchAgendaItems(store.read(), word).map((h) => h.item.id)).toEqual([item.id]);
    const round = store.read().nominationRounds[0]!;
    await store.update((draft) => {
      draft.update('nominationRounds', round.id, (r) => void (r.decisionItemId = item.id));
    });
    expect(searchAgendaItems(store.read(), word)).toHaveLength(0);
    // Its title still finds it.
    expect(searchAgendaItems(store.read(), item.title).map((h) => h.item.id)).toContain(item.id);
    // And the round moving on (reopened: it points at no item) does not make the names findable:
    // the audit log remembers the item it was put on.
    await store.update((draft) => {
      draft.update('nominationRounds', round.id, (r) => void (r.decisionItemId = null));
    });
    expect(searchAgendaItems(store.read(), word).map((h) => h.item.id)).toEqual([item.id]);
    await store.update((draft) => {
      draft.insert('audit', {
        id: 'audit-put',
        at: '2026-11-23T09:00:00.000Z',
        actor: 'system:test',
        action: 'round.put-to-decision',
        subject: round.id,
        details: { item: item.id },
      });
    });
    expect(searchAgendaItems(store.read(), word)).toHaveLength(0);
  });
});
