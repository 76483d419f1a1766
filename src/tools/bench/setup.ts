import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
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

/** The bot started as its own process (`dist/start.js`) on a free port, once it answers /healthz. */
export async function startBotProcess(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const bot = spawn(process.execPath, ['--disable-warning=DEP0111', join(PROJECT_ROOT, 'dist', 'start.js')], {
    env: { ...process.env, PORT: String(port), MicrosoftAppId: '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Lets the bot finish its clean shutdown before the caller removes its files.
  const stop = async () => {
    const exited = new Promise((resolve) => bot.once('exit', resolve));
    bot.kill();
    if (bot.exitCode === null) await exited;
  };
  for (let i = 0; ; i++) {
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 100) {
      await stop();
      throw new Error('the bot did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, pid: bot.pid ?? 0, stop };
}
