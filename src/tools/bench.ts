import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemoData } from '../app-context.js';
import { PROJECT_ROOT } from '../config.js';
import { COMPACT_AT_SNAPSHOT_FRACTION, JsonStore, storeFiles } from '../store/json-store.js';
import { percentile, runLoad, startFakeConnector, type LoadResult } from './bench/load.js';
import { benchVoters, freePort } from './bench/setup.js';

/**
 * `npm run bench`: samrad beside a bare botbuilder + restify bot (bench/reference-bot.ts) on this
 * machine, both as their own processes, both replying through the same local stand-in for the Bot
 * Framework connector. Agenda questions and vote changes at 1, 10 and 100 connections; then a
 * store with ten years of history: start-up, memory, votes, bytes written per vote. Prints the
 * figures and the targets beside them; asserts nothing (docs/benchmarks.md records a run).
 *
 * BENCH_SECONDS sets how long each measurement runs (default 10 s, in two turns per bot, after a
 * 1 s warm-up).
 */
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARM_UP_SECONDS = 1;
const CONNECTIONS = [1, 10, 100];
const NOW = '2026-11-23T10:30:00+01:00';
const CHAIR = '00000000-0000-4000-8000-000000000001';
const VOTERS = 100;
const QUESTIONS = [
  'När är nästa möte?',
  'Vad står på dagordningen?',
  'vem föredrar punkt 5?',
  'bilagor till punkt 5',
  'when does the Welfare Council meet next?',
];
const clock = { now: () => new Date(NOW) };

interface Bot {
  name: string;
  url: string;
  process: ChildProcess;
  readyMs: number;
  stderr: () => string;
}

async function startBot(name: string, script: string, env: Record<string, string>): Promise<Bot> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', script], {
    env: { ...process.env, ...env, PORT: String(port), MicrosoftAppId: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  for (;;) {
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null) throw new Error(`${name} did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { name, url, process: child, readyMs: performance.now() - started, stderr: () => stderr };
}

async function stopBot(bot: Bot): Promise<void> {
  if (bot.process.exitCode !== null) return;
  const exited = new Promise((resolve) => bot.process.once('exit', resolve));
  bot.process.kill('SIGTERM');
  await exited;
}

/** Resident memory now and at its peak, in MB, from /proc. */
function memoryOf(bot: Bot): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${bot.process.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Bytes the process has caused to be written to storage so far. */
function bytesWrittenBy(bot: Bot): number {
  const io = readFileSync(`/proc/${bot.process.pid}/io`, 'utf8');
  return Number(/write_bytes:\s+(\d+)/.exec(io)?.[1] ?? 0);
}

function activity(connectorUrl: string, from: string, fields: Record<string, unknown>) {
  return {
    id: `${Date.now()}-${Math.random()}`,
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    from: { id: `29:${from}`, aadObjectId: from },
    recipient: { id: '28:samrad' },
    conversation: { id: 'bench-chat', conversationType: 'groupChat', isGroup: true },
    ...fields,
  };
}

/** A demo store with at least VOTERS members who may vote in Chefsnätverket; their Teams ids. */
async function prepareStore(file: string, historyYears: number): Promise<string[]> {
  if (historyYears > 0) {
    const made = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'bin', 'samrad.js'),
        'demo',
        '--history-years',
        String(historyYears),
        '--bodies',
        '5',
      ],
      { env: { ...process.env, SAMRAD_DB: file, SAMRAD_NOW: NOW }, encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`samrad demo failed: ${made.stderr}`);
  }
  const store = await JsonStore.open(file, { seed: () => makeDemoData(clock) });
  const voters = await benchVoters(store, clock, VOTERS, [CHAIR]);
  await store.close();
  return voters;
}

/** The chair opens the decision on item 5 of Chefsnätverket's meeting; its id. */
async function openDecision(bot: Bot, file: string, connectorUrl: string): Promise<string> {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(
      activity(connectorUrl, CHAIR, { type: 'message', text: 'öppna beslut punkt 5 för Chefsnätverket' }),
    ),
  });
  if (!response.ok) throw new Error(`opening the decision answered ${response.status}`);
  const store = await JsonStore.open(file);
  const decision = store.read().decisions.find((d) => d.status === 'open' && d.bodyId === 'chefsnatverket');
  await store.close({ compact: false });
  if (!decision) throw new Error('the chair could not open the decision');
  return decision.id;
}

type Workload = 'questions' | 'votes';

function planFor(workload: Workload, bot: Bot, connectorUrl: string, voters: string[], decisionId: string) {
  // Each connection is one member; every vote changes that member's choice, so every one is written.
  const clicks = new Map<number, number>();
  return (connections: number, seconds: number) =>
    runLoad({
      url: `${bot.url}/api/messages`,
      connections,
      seconds,
      body: (connection, n) => {
        if (workload === 'questions') {
          return activity(connectorUrl, CHAIR, {
            type: 'message',
            text: QUESTIONS[(connection + n) % QUESTIONS.length],
          });
        }
        const click = clicks.get(connection) ?? 0;
        clicks.set(connection, click + 1);
        return activity(connectorUrl, voters[connection % voters.length]!, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: {
            action: {
              type: 'Action.Execute',
              verb: 'decision.vote',
              data: { decisionId, choice: click % 2 === 0 ? 'for' : 'against' },
            },
            trigger: 'manual',
          },
        });
      },
      ok: (status, body) => {
        if (status !== 200) return false;
        if (workload === 'questions') return true;
        const answer = JSON.parse(body) as { statusCode?: number; type?: string };
        return answer.statusCode === 200 && answer.type === 'application/vnd.microsoft.card.adaptive';
      },
    });
}

function merge(results: LoadResult[]): LoadResult {
  return {
    requests: results.reduce((n, r) => n + r.requests, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    seconds: results.reduce((n, r) => n + r.seconds, 0),
    latencies: results.flatMap((r) => r.latencies).sort((a, b) => a - b),
  };
}

const ms = (value: number) => value.toFixed(1).padStart(7);
const perSecond = (r: LoadResult) => r.requests / r.seconds;

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padStart(widths[i] ?? 8)).join('  ');
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'samrad-bench-'));
  const connector = await startFakeConnector();
  const bots: Bot[] = [];
  try {
    // Part 1: samrad on the demo store beside the reference bot.
    const demoFile = join(folder, 'demo', 'samrad.json');
    const voters = await prepareStore(demoFile, 0);
    const reference = await startBot(
      'reference',
      join(PROJECT_ROOT, 'dist', 'tools', 'bench', 'reference-bot.js'),
      {
        REFERENCE_LOG: join(folder, 'reference-actions.jsonl'),
      },
    );
    bots.push(reference);
    const samrad = await startBot('samrad', join(PROJECT_ROOT, 'dist', 'start.js'), {
      SAMRAD_DB: demoFile,
      SAMRAD_NOW: NOW,
    });
    bots.push(samrad);
    const decisionId = await openDecision(samrad, demoFile, connector.url);

    const widths = [9, 5, 10, 8, 8, 8, 7, 11, 10];
    const lines = [
      `samrad beside a bare botbuilder + restify bot (durable group-committed append for card actions)`,
      `${SECONDS} s per measurement (two turns of ${SECONDS / 2} s each, the bots in turn) after ${WARM_UP_SECONDS} s of warm-up; node ${process.version}; ${new Date().toISOString()}`,
      '',
      row(
        ['workload', 'conns', 'bot', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'req/s ratio', 'p99 ratio'],
        widths,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const demoVotesAt10: LoadResult[] = [];
    for (const workload of ['questions', 'votes'] as Workload[]) {
      const plans = [reference, samrad].map((bot) =>
        planFor(workload, bot, connector.url, voters, decisionId),
      );
      for (const connections of CONNECTIONS) {
        for (const plan of plans) await plan(connections, WARM_UP_SECONDS);
        // Taken in turns, half the time each twice, so that a machine that slows down or speeds
        // up during the run (a shared virtual machine does) weighs on both bots alike.
        const halves: LoadResult[][] = [[], []];
        for (let turn = 0; turn < 2; turn++) {
          for (const [i, plan] of plans.entries()) halves[i]!.push(await plan(connections, SECONDS / 2));
        }
        const [ref, ours] = halves.map(merge) as [LoadResult, LoadResult];
        if (workload === 'votes' && connections === 10) demoVotesAt10.push(ours);
        for (const [bot, r] of [
          ['reference', ref],
          ['samrad', ours],
        ] as const) {
          const isOurs = bot === 'samrad';
          process.stdout.write(
            `${row(
              [
                workload,
                connections,
                bot,
                perSecond(r).toFixed(0),
                ms(percentile(r.latencies, 50)),
                ms(percentile(r.latencies, 99)),
                r.errors,
                isOurs ? (perSecond(ours) / perSecond(ref)).toFixed(2) : '',
                isOurs ? (percentile(ours.latencies, 99) / percentile(ref.latencies, 99)).toFixed(2) : '',
              ],
              widths,
            )}\n`,
          );
        }
      }
    }
    const demoMemory = memoryOf(samrad);
    const referenceMemory = memoryOf(reference);
    await stopBot(samrad);
    await stopBot(reference);
    bots.length = 0;
    const demoStart = await startBot('samrad', join(PROJECT_ROOT, 'dist', 'start.js'), {
      SAMRAD_DB: demoFile,
      SAMRAD_NOW: NOW,
    });
    bots.push(demoStart);
    const demoReadyMs = demoStart.readyMs;
    await stopBot(demoStart);
    bots.length = 0;

    // Part 2: ten years of history.
    process.stdout.write('\nten years of history (samrad demo --history-years 10 --bodies 5)\n');
    const historyFile = join(folder, 'history', 'samrad.json');
    const historyVoters = await prepareStore(historyFile, 10);
    const snapshotBytes = statSync(historyFile).size;
    // Let the disk finish writing the new store first; then start three times and keep the median.
    spawnSync('sync');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const starts: { readyMs: number; openMs: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const bot = await startBot('samrad', join(PROJECT_ROOT, 'dist', 'start.js'), {
        SAMRAD_DB: historyFile,
        SAMRAD_NOW: NOW,
      });
      const openMs = Number(/"event":"store.opened"[^\n]*"ms":(\d+)/.exec(bot.stderr())?.[1] ?? NaN);
      starts.push({ readyMs: bot.readyMs, openMs });
      await stopBot(bot);
    }
    starts.sort((a, b) => a.readyMs - b.readyMs);
    const median = starts[1]!;
    const history = await startBot('samrad', join(PROJECT_ROOT, 'dist', 'start.js'), {
      SAMRAD_DB: historyFile,
      SAMRAD_NOW: NOW,
    });
    bots.push(history);
    const memoryAtStart = memoryOf(history);
    const historyDecision = await openDecision(history, historyFile, connector.url);
    const plan = planFor('votes', history, connector.url, historyVoters, historyDecision);
    await plan(10, WARM_UP_SECONDS);
    const journal = storeFiles(historyFile).journal;
    const journalBefore = statSync(journal);
    const writtenBefore = bytesWrittenBy(history);
    const votes = await plan(10, SECONDS);
    const journalAfter = statSync(journal);
    const written = bytesWrittenBy(history) - writtenBefore;
    const memoryAfter = memoryOf(history);
    const data = await JsonStore.open(historyFile).then(async (store) => {
      const read = store.read();
      await store.close({ compact: false });
      return read;
    });
    const journalPerVote =
      journalAfter.ino === journalBefore.ino
        ? (journalAfter.size - journalBefore.size) / votes.requests
        : NaN;
    // A snapshot is rewritten once the journal holds half as much: each journal byte brings
    // snapshot / threshold bytes of snapshot with it, over time.
    const threshold = Math.max(4 * 1024 * 1024, snapshotBytes / COMPACT_AT_SNAPSHOT_FRACTION);
    const amortised = journalPerVote * (1 + snapshotBytes / threshold);
    const demo10 = demoVotesAt10[0]!;
    const p99 = percentile(votes.latencies, 99);
    const demoP99 = percentile(demo10.latencies, 99);
    const report = [
      `store: ${data.meetings.length} meetings, ${data.agendaItems.length} items, ${data.decisions.length} decisions, ${data.votes.length} votes; snapshot ${(snapshotBytes / 1e6).toFixed(1)} MB`,
      `start-up to first answer (median of 3): ${(median.readyMs / 1000).toFixed(2)} s (store open ${(median.openMs / 1000).toFixed(2)} s); demo store ${(demoReadyMs / 1000).toFixed(2)} s; reference bot ${(reference.readyMs / 1000).toFixed(2)} s   [target < 2 s]`,
      `resident memory: ${memoryAtStart.rss.toFixed(0)} MB after start, ${memoryAfter.rss.toFixed(0)} MB after the votes, peak ${memoryAfter.peak.toFixed(0)} MB; demo store ${demoMemory.rss.toFixed(0)} MB; reference ${referenceMemory.rss.toFixed(0)} MB   [target < 300 MB]`,
      `votes at 10 connections: ${perSecond(votes).toFixed(0)}/s, p50 ${percentile(votes.latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, errors ${votes.errors}; demo store p99 ${demoP99.toFixed(1)} ms (ratio ${(p99 / demoP99).toFixed(2)})   [target ≤ 1.20]`,
      `written per vote: ${journalPerVote.toFixed(0)} B to the journal; ${amortised.toFixed(0)} B with snapshot rewrites spread over the votes; ${(written / votes.requests).toFixed(0)} B reached the disk (whole pages, one fdatasync per batch)   [target < 1 KB]`,
    ];
    process.stdout.write(`${report.join('\n')}\n`);
    await stopBot(history);
    bots.length = 0;
  } finally {
    for (const bot of bots) await stopBot(bot).catch(() => undefined);
    await connector.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
