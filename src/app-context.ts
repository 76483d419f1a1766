import type { Config } from './config.js';
import { PROJECT_ROOT } from './config.js';
import { readDemoSources } from './demo-sources.js';
import type { SamradData } from './domain/samrad-data.js';
import { buildDemoData } from './services/demo-data.js';
import type { Clock } from './services/ports.js';
import { JsonStore } from './store/json-store.js';
import { MemoryStore } from './store/memory-store.js';
import type { PrefetchedFile } from './store/prefetch.js';

/** What every entry point (the CLI, the bot) works with: the store and the clock, built once. */
export interface AppContext {
  config: Config;
  store: JsonStore;
  clock: Clock;
}

export function clockFor(config: Config): Clock {
  const fixed = config.now;
  return fixed ? { now: () => new Date(fixed) } : { now: () => new Date() };
}

/** The demo data for today, built from the files in data/demo/. */
export async function makeDemoData(clock: Clock): Promise<SamradData> {
  return buildDemoData(await readDemoSources(PROJECT_ROOT), clock, new MemoryStore());
}

/**
 * Opens the store; a store file that does not exist yet starts with the demo data. `prefetched`
 * is the snapshot read ahead while the process loaded its modules (see store/prefetch.ts).
 */
export async function openAppContext(
  config: Config,
  prefetched?: Promise<PrefetchedFile | null>,
): Promise<AppContext> {
  const clock = clockFor(config);
  const store = await JsonStore.open(config.storeFile, {
    seed: () => makeDemoData(clock),
    ...(prefetched ? { prefetched } : {}),
  });
  return { config, store, clock };
}
