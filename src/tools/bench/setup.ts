import { createServer } from 'node:net';
import { addMember } from '../../services/members.js';
import { systemActor, type Clock, type SamradStore } from '../../services/ports.js';

/** A TCP port free on this machine now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The Teams ids of Chefsnätverket's voting members (chair and secretary left out when `except`
 * names them), topped up with made-up members of Falun until there are `count`.
 */
export async function benchVoters(
  store: SamradStore,
  clock: Clock,
  count: number,
  except: string[] = [],
): Promise<string[]> {
  const data = store.read();
  const voters = data.memberships
    .filter((m) => m.bodyId === 'chefsnatverket' && ['chair', 'secretary', 'member'].includes(m.role))
    .map((m) => data.people.find((p) => p.id === m.personId)?.teamsId ?? '')
    .filter((id) => id !== '' && !except.includes(id));
  for (let n = 1; voters.length < count; n++) {
    const teamsId = `22222222-3333-4444-8555-${String(n).padStart(12, '0')}`;
    if (store.read().people.some((p) => p.teamsId === teamsId)) continue;
    await addMember(store, clock, systemActor('bench'), {
      body: 'chefsnatverket',
      name: `Bänkledamot ${n}`,
      principal: 'Falun',
      role: 'member',
      teamsId,
    });
    voters.push(teamsId);
  }
  return voters;
}
