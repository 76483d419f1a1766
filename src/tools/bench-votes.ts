import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemoData } from '../app-context.js';
import { JsonStore } from '../store/json-store.js';
import { percentile } from './bench/load.js';
import { benchVoters, startBotProcess } from './bench/setup.js';

/**
 * `npm run bench:votes`: starts the bot as its own process on a fresh demo store with 50 voting
 * members in Chefsnätverket, lets the chair open a decision, then has all 50 members click at once,
 * round after round (each round changes every vote, so every click is written to disk). Prints
 * votes per second and the latency of the vote invoke. Replies go to the bot's local connector.
 */
const VOTERS = 50;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 10);
const NOW = '2026-11-23T10:30:00+01:00';
const CHAIR = '00000000-0000-4000-8000-000000000001';

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'samrad-bench-'));
  const storeFile = join(folder, 'samrad.json');
  const clock = { now: () => new Date(NOW) };
  const store = await JsonStore.open(storeFile, { seed: () => makeDemoData(clock) });
  const voterIds = await benchVoters(store, clock, VOTERS);

  const bot = await startBotProcess({ SAMRAD_DB: storeFile, SAMRAD_NOW: NOW });
  const url = bot.url;
  try {
    const activity = (from: string, fields: Record<string, unknown>) => ({
      id: `${Date.now()}-${Math.random()}`,
      channelId: 'msteams',
      serviceUrl: `${url}/chat/connector`,
      from: { id: `29:${from}`, aadObjectId: from },
      recipient: { id: '28:samrad' },
      conversation: { id: 'bench-chat', conversationType: 'groupChat', isGroup: true },
      ...fields,
    });
    const post = (body: unknown) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    await post(activity(CHAIR, { type: 'message', text: 'öppna beslut punkt 5 för Chefsnätverket' }));
    const decisionId = (await JsonStore.open(storeFile))
      .read()
      .decisions.find((d) => d.status === 'open')?.id;
    if (!decisionId) throw new Error('the chair could not open the decision');

    const latencies: number[] = [];
    let failures = 0;
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const choice = round % 2 === 0 ? 'for' : 'against';
      await Promise.all(
        voterIds.map(async (voter) => {
          const t0 = performance.now();
          const response = await post(
            activity(voter, {
              type: 'invoke',
              name: 'adaptiveCard/action',
              value: {
                action: { type: 'Action.Execute', verb: 'decision.vote', data: { decisionId, choice } },
                trigger: 'manual',
              },
            }),
          );
          const body = (await response.json()) as { statusCode?: number };
          latencies.push(performance.now() - t0);
          if (body.statusCode !== 200) failures++;
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const final = (await JsonStore.open(storeFile)).read().votes.filter((v) => v.decisionId === decisionId);
    const lines = [
      `voters: ${voterIds.length}, rounds: ${ROUNDS}, votes: ${latencies.length}, failed: ${failures}`,
      `votes stored: ${final.length} (expected ${voterIds.length * ROUNDS})`,
      `throughput: ${(latencies.length / seconds).toFixed(1)} votes/s`,
      `invoke latency: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await bot.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
