import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemoData } from '../app-context.js';
import { JsonStore } from '../store/json-store.js';
import { percentile } from './bench/load.js';
import { benchVoters, startBotProcess } from './bench/setup.js';

/**
 * `npm run bench:panel`: the meeting panel under a meeting's load. The bot runs as its own process
 * on a fresh demo store with 50 voting members in Chefsnätverket; every member has the panel open
 * on several devices (live streams), the chair opens a decision from the panel, and all 50 vote
 * from the panel at once, round after round (each round changes every vote, so every vote is
 * written). Prints votes per second, the latency of the vote request (answered once the vote is on
 * disk), how soon every open panel shows a round's final tally, and the bot's memory.
 */
const VOTERS = 50;
const STREAMS_PER_VOTER = Number(process.env['BENCH_STREAMS'] ?? 4);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 10);
const NOW = '2026-11-23T10:30:00+01:00';
const MEETING = 'chefsnatverket-2026-12-04';

type Tally = { for: number; against: number; abstain: number };

/** The bot's resident memory, from /proc (Linux), in MB. */
function rssMb(pid: number): string {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return (kb / 1024).toFixed(0);
  } catch {
    return '?';
  }
}

/** Follows one panel's stream, calling `onTally` with each tally it is shown. */
async function follow(url: string, personId: string, signal: AbortSignal, onTally: (t: Tally) => void) {
  const answer = await fetch(`${url}/api/panel/events?meetingId=${MEETING}`, {
    headers: { 'X-Samrad-Dev-User': personId },
    signal,
  });
  if (answer.status !== 200 || !answer.body) throw new Error(`stream refused: ${answer.status}`);
  const reader = answer.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (data) onTally((JSON.parse(data) as { tally: Tally }).tally);
        }
      }
    } catch {
      // Aborted at the end.
    }
  })();
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'samrad-bench-panel-'));
  const storeFile = join(folder, 'samrad.json');
  const clock = { now: () => new Date(NOW) };
  const store = await JsonStore.open(storeFile, { seed: () => makeDemoData(clock) });
  const voters = await benchVoters(store, clock, VOTERS, ['00000000-0000-4000-8000-000000000001']);
  await store.close();

  const bot = await startBotProcess({ SAMRAD_DB: storeFile, SAMRAD_NOW: NOW });
  const abort = new AbortController();
  try {
    const post = (path: string, as: string, body: unknown) =>
      fetch(`${bot.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Samrad-Dev-User': as },
        body: JSON.stringify(body),
      });
    const rssBefore = rssMb(bot.pid);
    // Every panel's latest tally, and when it first showed the round's final one.
    let target: Tally = { for: -1, against: -1, abstain: -1 };
    let roundStart = 0;
    const shownAt: number[] = [];
    const streams: number[] = [];
    for (const voter of voters)
      for (let s = 0; s < STREAMS_PER_VOTER; s++) {
        const index = streams.length;
        streams.push(index);
        await follow(bot.url, voter, abort.signal, (tally) => {
          if (
            shownAt[index] === undefined &&
            tally.for === target.for &&
            tally.against === target.against &&
            tally.abstain === target.abstain
          )
            shownAt[index] = performance.now() - roundStart;
        });
      }
    const opened = await post('/api/panel/decisions', 'karin-lindqvist', {
      meetingId: MEETING,
      itemNumber: 5,
    });
    if (opened.status !== 201) throw new Error(`the chair could not open the decision: ${opened.status}`);
    const decisionId = ((await opened.json()) as { id: string }).id;

    const latencies: number[] = [];
    const fanOut: number[] = [];
    let failures = 0;
    let missed = 0;
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const choice = round % 2 === 0 ? 'for' : 'against';
      target = { for: choice === 'for' ? VOTERS : 0, against: choice === 'against' ? VOTERS : 0, abstain: 0 };
      shownAt.length = 0;
      roundStart = performance.now();
      await Promise.all(
        voters.map(async (voter) => {
          const t0 = performance.now();
          const answer = await post(`/api/panel/decisions/${decisionId}/vote`, voter, { choice });
          await answer.arrayBuffer();
          latencies.push(performance.now() - t0);
          if (answer.status !== 200) failures++;
        }),
      );
      // Wait (up to 10 s) until every open panel shows the round's final tally.
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline && streams.some((i) => shownAt[i] === undefined))
        await new Promise((r) => setTimeout(r, 10));
      for (const i of streams) {
        const at = shownAt[i];
        if (at === undefined) missed++;
        else fanOut.push(at);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const rssAfter = rssMb(bot.pid);
    const sorted = [...latencies].sort((a, b) => a - b);
    const shown = [...fanOut].sort((a, b) => a - b);
    const stored = (await JsonStore.open(storeFile))
      .read()
      .votes.filter((v) => v.decisionId === decisionId).length;
    const lines = [
      `voters: ${VOTERS}, open panels: ${streams.length}, rounds: ${ROUNDS}, votes: ${latencies.length}, refused: ${failures}`,
      `votes stored: ${stored} (expected ${VOTERS * ROUNDS})`,
      `throughput: ${(latencies.length / seconds).toFixed(1)} votes/s (rounds include waiting for every panel)`,
      `vote request: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
      `every panel showing the round's final tally, from the round's start: p50 ${percentile(shown, 50).toFixed(1)} ms, p99 ${percentile(shown, 99).toFixed(1)} ms, max ${(shown.at(-1) ?? 0).toFixed(1)} ms; never shown: ${missed}`,
      `bot memory (RSS): ${rssBefore} MB before the panels opened, ${rssAfter} MB after`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    abort.abort();
    await bot.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
