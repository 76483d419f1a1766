import { systemActor } from '../../src/services/ports.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../src/app-context.js';
import { loadConfig } from '../../src/config.js';
import type { Choice } from '../../src/domain/decision.js';
import type { SamradData } from '../../src/domain/samrad-data.js';
import { silentLogger } from '../../src/logger.js';
import { openDecision } from '../../src/services/decisions.js';
import { addMember } from '../../src/services/members.js';
import { startServer } from '../../src/server.js';
import { FakeConnector } from '../fakes/fake-connector.js';
import { BOT_NOW } from '../helpers/bot-server.js';
import { cardText } from '../helpers/card-checks.js';
import { ROOT } from '../helpers/paths.js';
import { recordedOnDisk } from '../helpers/recorded-on-disk.js';
import { runSamrad } from '../helpers/run-samrad.js';
import { TeamsClient, type TeamsUser } from '../helpers/teams-client.js';

/**
 * The record holds what it acknowledged, whatever else happens at the same moment: a secretary
 * running `samrad member add` beside a vote burst over HTTP, and the bot killed (kill -9) in the
 * middle of one. Every acknowledged vote must be on disk, in the order it was cast.
 */
const CHAIR_ID = 'karin-lindqvist';
const CHOICES: Choice[] = ['for', 'against', 'abstain'];
/** What the voter's own view says of their choice. */
const LABEL: Record<Choice, string> = {
  for: 'Du röstade bifall',
  against: 'Du röstade avslag',
  abstain: 'Du avstår',
};
const VOTERS: TeamsUser[] = Array.from({ length: 20 }, (_, i) => ({
  name: `Röstande ${i + 1}`,
  aadObjectId: `33333333-4444-4555-8666-${String(i + 1).padStart(12, '0')}`,
}));

let folder: string;
const connector = new FakeConnector();
beforeAll(() => connector.start());
afterAll(() => connector.stop());
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A store with 20 extra voting members in Chefsnätverket and the decision on item 5 open. */
async function prepareStore(): Promise<{ storeFile: string; decisionId: string }> {
  folder = mkdtempSync(join(tmpdir(), 'samrad-durability-'));
  const storeFile = join(folder, 'samrad.json');
  const { store, clock } = await openAppContext(loadConfig({ SAMRAD_DB: storeFile, SAMRAD_NOW: BOT_NOW }));
  for (const voter of VOTERS) {
    await addMember(store, clock, systemActor('test'), {
      body: 'chefsnatverket',
      name: voter.name,
      principal: 'Falun',
      role: 'member',
      teamsId: voter.aadObjectId,
    });
  }
  const decision = await openDecision(store, clock, {
    personId: CHAIR_ID,
    bodyId: 'chefsnatverket',
    itemNumber: 5,
  });
  await store.close({ compact: false });
  return { storeFile, decisionId: decision.id };
}

type Acknowledged = Map<string, Choice[]>;

/**
 * Each voter clicks round after round, a different choice each round, one click at a time; a
 * click counts as acknowledged when the invoke is answered with the voter's own card saying so.
 */
async function voteRounds(
  teams: TeamsClient,
  decisionId: string,
  rounds: number,
  acknowledged: Acknowledged,
  stop: () => boolean = () => false,
): Promise<void> {
  await Promise.all(
    VOTERS.map(async (voter, i) => {
      for (let round = 0; round < rounds && !stop(); round++) {
        const choice = CHOICES[(i + round) % 3]!;
        const answer = await teams
          .press(voter, 'decision.vote', { decisionId, choice }, 'durability-chat', 'groupChat')
          .catch(() => null);
        const value = (answer?.body as { value?: unknown } | null)?.value;
        if (answer?.status === 200 && cardText(value).includes(LABEL[choice])) {
          acknowledged.set(voter.aadObjectId!, [...(acknowledged.get(voter.aadObjectId!) ?? []), choice]);
        }
      }
    }),
  );
}

/** Each voter's choices in the order the record holds them. */
function recordedChoices(data: SamradData, decisionId: string): Acknowledged {
  const byPerson = new Map(data.people.map((p) => [p.id, p.teamsId ?? '']));
  const recorded: Acknowledged = new Map();
  for (const vote of data.votes.filter((v) => v.decisionId === decisionId)) {
    const key = byPerson.get(vote.personId) ?? '';
    recorded.set(key, [...(recorded.get(key) ?? []), vote.choice]);
  }
  return recorded;
}

describe('the command line writing beside a vote burst over HTTP', () => {
  it('keeps every acknowledged vote and every member added', async () => {
    const { storeFile, decisionId } = await prepareStore();
    const server = await startServer(
      loadConfig({ SAMRAD_DB: storeFile, PORT: '0', SAMRAD_NOW: BOT_NOW }),
      silentLogger,
    );
    const teams = new TeamsClient(server.url, connector);
    const acknowledged: Acknowledged = new Map();
    const added: string[] = [];
    try {
      await Promise.all([
        voteRounds(teams, decisionId, 8, acknowledged),
        (async () => {
          for (let k = 1; k <= 6; k++) {
            const name = `Sekreterarens Tillägg ${k}`;
            const run = await runSamrad(
              [
                'member',
                'add',
                '--body',
                'valfardsradet',
                '--name',
                name,
                '--principal',
                'Mora',
                '--role',
                'member',
              ],
              { SAMRAD_DB: storeFile, SAMRAD_NOW: BOT_NOW },
            );
            if (run.code === 0) added.push(name);
          }
        })(),
      ]);
    } finally {
      await server.close();
    }
    const clicks = [...acknowledged.values()].reduce((n, list) => n + list.length, 0);
    expect(clicks).toBe(VOTERS.length * 8);
    expect(added).toHaveLength(6);
    const disk = await recordedOnDisk(storeFile);
    expect(recordedChoices(disk, decisionId)).toEqual(acknowledged);
    const names = new Set(disk.people.map((p) => p.name));
    for (const name of added) expect(names.has(name)).toBe(true);
  }, 60_000);
});

describe('the bot killed in the middle of a vote burst', () => {
  it('has every acknowledged vote after a restart, and a sound store', async () => {
    const { storeFile, decisionId } = await prepareStore();
    const bot = await startBotProcess(storeFile);
    const teams = new TeamsClient(bot.url, connector);
    const acknowledged: Acknowledged = new Map();
    let killed = false;
    const burst = voteRounds(teams, decisionId, 50, acknowledged, () => killed);
    // Kill it once a good part of the votes is in, while clicks are in flight.
    while (!killed) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const count = [...acknowledged.values()].reduce((n, list) => n + list.length, 0);
      if (count >= 150) {
        bot.child.kill('SIGKILL');
        killed = true;
      }
    }
    await burst;
    if (bot.child.exitCode === null && bot.child.signalCode === null) {
      await new Promise((resolve) => bot.child.once('exit', resolve));
    }

    const check = await runSamrad(['db', 'check', '--json'], { SAMRAD_DB: storeFile });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).ok).toBe(true);
    const server = await startServer(
      loadConfig({ SAMRAD_DB: storeFile, PORT: '0', SAMRAD_NOW: BOT_NOW }),
      silentLogger,
    );
    await server.close();
    const recorded = recordedChoices(await recordedOnDisk(storeFile), decisionId);
    expect(acknowledged.size).toBe(VOTERS.length);
    for (const [voter, choices] of acknowledged) {
      const stored = recorded.get(voter) ?? [];
      // Every acknowledged click, in order; at most one more that reached the disk unanswered.
      expect(stored.slice(0, choices.length)).toEqual(choices);
      expect(stored.length - choices.length).toBeLessThanOrEqual(1);
    }
  }, 60_000);
});

async function startBotProcess(storeFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'start.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      SAMRAD_DB: storeFile,
      PORT: '0',
      SAMRAD_NOW: BOT_NOW,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`the bot exited (${code}) before listening: ${output}`)));
  });
  return { child, url };
}
