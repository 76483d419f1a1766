import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppContext } from '../../src/app-context.js';
import { loadConfig } from '../../src/config.js';
import type { Clock, SamradStore } from '../../src/services/ports.js';
import { silentLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';

/**
 * The real server on a free port, on a fresh demo store, with the clock at a fixed moment: Monday
 * 23 November 2026 at 10.30, after that morning's steering-group meeting.
 */
export const BOT_NOW = '2026-11-23T10:30:00+01:00';

export async function startBot(
  env: Record<string, string> = {},
  prepare?: (store: SamradStore, clock: Clock) => Promise<void>,
): Promise<RunningServer & { storeFile: string; cleanup(): Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'samrad-bot-'));
  const storeFile = join(folder, 'samrad.json');
  const config = loadConfig({ SAMRAD_DB: storeFile, PORT: '0', SAMRAD_NOW: BOT_NOW, ...env });
  if (prepare) {
    // Lay the store down before the server opens it, as a secretary would with the CLI.
    const { store, clock } = await openAppContext(config);
    await prepare(store, clock);
  }
  const server = await startServer(config, silentLogger);
  return {
    ...server,
    storeFile,
    cleanup: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
