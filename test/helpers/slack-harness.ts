import { afterAll, beforeAll } from 'vitest';
import type { Clock, SamradStore } from '../../src/services/ports.js';
import { FakeConnector } from '../fakes/fake-connector.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { startBot } from './bot-server.js';
import { SLACK_SECRET, SlackClient } from './slack-client.js';
import { TeamsClient, type TeamsUser } from './teams-client.js';

export const SLACK_BOT_TOKEN = 'xoxb-1234-5678-samradtesttoken';

export interface SlackHarness {
  bot: Awaited<ReturnType<typeof startBot>>;
  slackApi: FakeSlackApi;
  slack: SlackClient;
  connector: FakeConnector;
  teams: TeamsClient;
}

/**
 * For a test file that plays Slack (and Teams beside it): the real bot on a free port with Slack
 * configured, the fake Slack Web API behind SLACK_API_URL, a fake Teams connector, and clients for
 * both, started before the file's tests and stopped after them.
 */
export function useSlackBot(
  options: {
    env?: Record<string, string>;
    prepare?: (store: SamradStore, clock: Clock) => Promise<void>;
    teamsMembers?: TeamsUser[];
  } = {},
): SlackHarness {
  const harness = { slackApi: new FakeSlackApi(), connector: new FakeConnector() } as SlackHarness;
  beforeAll(async () => {
    await harness.slackApi.start();
    await harness.connector.start();
    harness.connector.members = (options.teamsMembers ?? []).map((u) => ({
      id: `29:${u.aadObjectId}`,
      name: u.name,
      aadObjectId: u.aadObjectId ?? '',
    }));
    harness.bot = await startBot(
      {
        SLACK_SIGNING_SECRET: SLACK_SECRET,
        SLACK_BOT_TOKEN,
        SLACK_API_URL: harness.slackApi.url,
        ...options.env,
      },
      options.prepare,
    );
    harness.slack = new SlackClient(harness.bot.url);
    harness.teams = new TeamsClient(harness.bot.url, harness.connector);
  });
  afterAll(async () => {
    await harness.bot?.cleanup();
    await harness.slackApi.stop();
    await harness.connector.stop();
  });
  return harness;
}
