import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemoData } from '../app-context.js';
import { addMember } from '../services/members.js';
import { systemActor } from '../services/ports.js';
import { JsonStore } from '../store/json-store.js';
import { percentile } from './bench/load.js';
import { startBotProcess } from './bench/setup.js';

/**
 * `npm run bench:slack`: the bot as its own process with Slack on, a stand-in for the Slack Web API
 * on this machine, and 50 members of Chefsnätverket pressing a vote button at once, round after
 * round (every press changes the vote, so every one is written to disk). Prints how soon Slack's
 * request is acknowledged (Slack waits 3 s) and how soon each voter's confirmation, sent only once
 * the vote is on disk, reaches the Web API.
 */
const VOTERS = 50;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 10);
const NOW = '2026-11-23T10:30:00+01:00';
const SECRET = 'benchsigningsecret0123456789';
const CHAIR = 'U0DEMO001';
const CHANNEL = 'C0BENCH';

/** Records when each voter's confirmation arrives; answers every method as Slack would. */
function fakeWebApi(confirmed: (user: string) => void) {
  let ts = 1;
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '');
      const args = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      if (method === 'chat.postEphemeral') confirmed(args.get('user') ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          ok: true,
          user_id: 'UBENCHBOT',
          bot_id: 'BBENCH',
          channel: args.get('channel'),
          ts: `1790000000.${String(ts++).padStart(6, '0')}`,
        }),
      );
    });
  });
}

function signed(body: string, contentType: string): RequestInit {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': timestamp,
      'X-Slack-Signature': signature,
    },
    body,
  };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'samrad-bench-slack-'));
  const storeFile = join(folder, 'samrad.json');
  const clock = { now: () => new Date(NOW) };
  const store = await JsonStore.open(storeFile, { seed: () => makeDemoData(clock) });
  const voters: string[] = [];
  for (let n = 1; n <= VOTERS; n++) {
    const slackId = `U0BENCH${String(n).padStart(3, '0')}`;
    await addMember(store, clock, systemActor('bench'), {
      body: 'chefsnatverket',
      name: `Bänkledamot ${n}`,
      principal: 'Falun',
      role: 'member',
      slackId,
    });
    voters.push(slackId);
  }
  await store.close();

  const waiting = new Map<string, () => void>();
  const api = fakeWebApi((user) => waiting.get(user)?.());
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`;
  const bot = await startBotProcess({
    SAMRAD_DB: storeFile,
    SAMRAD_NOW: NOW,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_API_URL: apiUrl,
  });
  const url = bot.url;
  try {
    const command = new URLSearchParams({
      team_id: 'T0BENCH',
      channel_id: CHANNEL,
      user_id: CHAIR,
      user_name: 'karin',
      command: '/samrad',
      text: 'öppna beslut punkt 5 för Chefsnätverket',
      trigger_id: 't',
    }).toString();
    await fetch(`${url}/slack/events`, signed(command, 'application/x-www-form-urlencoded'));
    let decisionId: string | undefined;
    for (let i = 0; i < 100 && !decisionId; i++) {
      await new Promise((r) => setTimeout(r, 50));
      decisionId = (await JsonStore.open(storeFile)).read().decisions.find((d) => d.status === 'open')?.id;
    }
    if (!decisionId) throw new Error('the chair could not open the decision');

    const acks: number[] = [];
    const confirmations: number[] = [];
    let failures = 0;
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const choice = round % 2 === 0 ? 'for' : 'against';
      await Promise.all(
        voters.map(async (user, i) => {
          const payload = {
            type: 'block_actions',
            team: { id: 'T0BENCH', domain: 'bench' },
            user: { id: user, username: `bench${i}`, team_id: 'T0BENCH' },
            container: {
              type: 'message',
              message_ts: '1790000000.000001',
              channel_id: CHANNEL,
              is_ephemeral: false,
            },
            channel: { id: CHANNEL, name: 'bench' },
            message: { type: 'message', ts: '1790000000.000001', text: '' },
            trigger_id: `t${round}-${i}`,
            actions: [
              {
                type: 'button',
                block_id: 'b',
                action_id: `decision.vote:${choice}`,
                value: JSON.stringify({ decisionId, choice }),
                action_ts: '1',
              },
            ],
          };
          const confirmed = new Promise<void>((resolve) => waiting.set(user, resolve));
          const t0 = performance.now();
          const response = await fetch(
            `${url}/slack/events`,
            signed(
              new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
              'application/x-www-form-urlencoded',
            ),
          );
          acks.push(performance.now() - t0);
          if (response.status !== 200) failures++;
          await confirmed;
          confirmations.push(performance.now() - t0);
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const votes = (await JsonStore.open(storeFile)).read().votes.filter((v) => v.decisionId === decisionId);
    const sortedAcks = [...acks].sort((a, b) => a - b);
    const sortedConfirmations = [...confirmations].sort((a, b) => a - b);
    const figures = (sorted: number[]) =>
      `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`;
    process.stdout.write(
      [
        `voters: ${voters.length}, rounds: ${ROUNDS}, presses: ${acks.length}, not acknowledged with 200: ${failures}`,
        `votes stored: ${votes.length} (expected ${voters.length * ROUNDS}: every press is kept)`,
        `throughput: ${(acks.length / seconds).toFixed(1)} votes/s`,
        `acknowledgement to Slack: ${figures(sortedAcks)} (Slack waits 3 000 ms)`,
        `confirmation to the voter (after the vote is on disk): ${figures(sortedConfirmations)}`,
      ].join('\n') + '\n',
    );
  } finally {
    await bot.stop();
    api.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
