import { afterAll, beforeAll } from 'vitest';
import type { Clock, SamradStore } from '../../src/services/ports.js';
import { FakeConnector } from '../fakes/fake-connector.js';
import { startBot } from './bot-server.js';
import { TeamsClient, type TeamsUser } from './teams-client.js';

export interface TeamsHarness {
  bot: Awaited<ReturnType<typeof startBot>>;
  connector: FakeConnector;
  teams: TeamsClient;
}

/**
 * For a test file that plays Teams: the real bot on a free port, a fake connector for its replies
 * and a Teams client, started before the file's tests and stopped after them. `members` are the
 * chat members the connector lists.
 */
export function useTeamsBot(
  options: {
    env?: Record<string, string>;
    prepare?: (store: SamradStore, clock: Clock) => Promise<void>;
    members?: TeamsUser[];
  } = {},
): TeamsHarness {
  const harness = { connector: new FakeConnector() } as TeamsHarness;
  beforeAll(async () => {
    await harness.connector.start();
    harness.connector.members = (options.members ?? []).map((u) => ({
      id: `29:${u.aadObjectId}`,
      name: u.name,
      aadObjectId: u.aadObjectId ?? '',
    }));
    harness.bot = await startBot(options.env, options.prepare);
    harness.teams = new TeamsClient(harness.bot.url, harness.connector);
  });
  afterAll(async () => {
    await harness.bot?.cleanup();
    await harness.connector.stop();
  });
  return harness;
}
