import { describe, expect, it } from 'vitest';
import { latestRecordsWhere, recordByKey, recordsWhere } from '../../../src/domain/data-index.js';
import type { Vote } from '../../../src/domain/decision.js';
import { emptySamradData, type SamradData } from '../../../src/domain/samrad-data.js';
import { ChangeSet } from '../../../src/store/change-set.js';
import { LiveData } from '../../../src/store/live-data.js';

/**
 * The lookups the store keeps up to date (votes by decision, records by key) must always give what
 * a scan of the data gives, through inserts, replacements, removals and changes taken back.
 */
function vote(id: number, decisionId: string, choice: Vote['choice'] = 'for'): Vote {
  return {
    id: String(id),
    decisionId,
    membershipId: `m${id % 7}`,
    personId: `p${id % 7}`,
    principalId: 'falun',
    choice,
    at: '2026-11-23T09:00:00.000Z',
    previous: null,
  };
}

function scan(data: SamradData, decisionId: string): Vote[] {
  return data.votes.filter((v) => v.decisionId === decisionId);
}

/** Each member's last vote, by scanning. */
function latestByScan(data: SamradData, decisionId: string): Map<string, Vote> {
  const latest = new Map<string, Vote>();
  for (const v of scan(data, decisionId)) latest.set(v.membershipId, v);
  return latest;
}

function agree(live: LiveData, decisions: string[]): void {
  for (const d of decisions) {
    expect(recordsWhere(live.data, 'votes', 'decisionId', d)).toEqual(scan(live.data, d));
    const latest = latestRecordsWhere(live.data, 'votes', 'decisionId', d, 'membershipId');
    expect(new Map([...latest].sort())).toEqual(new Map([...latestByScan(live.data, d)].sort()));
  }
}

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('the store-kept lookups', () => {
  it('agree with a scan through a thousand random steps, some taken back', () => {
    const live = new LiveData({ ...emptySamradData(), votes: [vote(1, 'a'), vote(2, 'b')] });
    const next = random(42);
    const decisions = ['a', 'b', 'c', 'd'];
    let id = 3;
    for (let step = 0; step < 1000; step++) {
      // Ask first, so that the groups exist while steps are taken and undone.
      for (const d of decisions)
        expect(recordsWhere(live.data, 'votes', 'decisionId', d)).toEqual(scan(live.data, d));
      const set = new ChangeSet(live);
      const roll = next();
      const existing = live.data.votes[Math.floor(next() * live.data.votes.length)];
      if (roll < 0.5 || !existing) {
        set.insert('votes', vote(id++, decisions[Math.floor(next() * decisions.length)]!));
      } else if (roll < 0.75) {
        set.update('votes', existing.id, (v) => {
          v.choice = v.choice === 'for' ? 'against' : 'for';
        });
      } else if (roll < 0.85) {
        set.update('votes', existing.id, (v) => {
          v.decisionId = decisions[Math.floor(next() * decisions.length)]!;
        });
      } else {
        set.remove('votes', existing.id);
      }
      for (const d of decisions)
        expect(recordsWhere(live.data, 'votes', 'decisionId', d)).toEqual(scan(live.data, d));
      if (next() < 0.3) set.undo();
    }
    agree(live, decisions);
    for (const v of live.data.votes) expect(recordByKey(live.data, 'votes', 'id', v.id)).toBe(v);
  });

  it("keep each member's current vote through a batch taken back and written again", () => {
    const live = new LiveData({
      ...emptySamradData(),
      votes: [vote(1, 'a', 'for'), vote(8, 'a', 'against')],
    });
    agree(live, ['a']);
    // The store takes a batch back while it is written, then applies it again: as in a commit.
    const set = new ChangeSet(live);
    set.insert('votes', vote(15, 'a', 'for'));
    set.insert('votes', vote(22, 'a', 'abstain'));
    agree(live, ['a']);
    set.undo();
    agree(live, ['a']);
    expect(latestRecordsWhere(live.data, 'votes', 'decisionId', 'a', 'membershipId').get('m1')?.id).toBe('8');
  });

  it('find by scanning in data no store keeps', () => {
    const data = { ...emptySamradData(), votes: [vote(1, 'a'), vote(2, 'b'), vote(3, 'a')] };
    expect(recordsWhere(data, 'votes', 'decisionId', 'a').map((v) => v.id)).toEqual(['1', '3']);
    expect(recordByKey(data, 'votes', 'id', '2')?.decisionId).toBe('b');
  });

  it('hand out copies: a later vote does not change a list already handed out', () => {
    const live = new LiveData({ ...emptySamradData(), votes: [vote(1, 'a')] });
    const before = recordsWhere(live.data, 'votes', 'decisionId', 'a');
    new ChangeSet(live).insert('votes', vote(2, 'a'));
    expect(before).toHaveLength(1);
    expect(recordsWhere(live.data, 'votes', 'decisionId', 'a')).toHaveLength(2);
  });
});
