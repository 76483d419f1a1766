import { readDemoSources } from '../../src/demo-sources.js';
import type { SamradData } from '../../src/domain/samrad-data.js';
import { buildDemoData } from '../../src/services/demo-data.js';
import type { Clock } from '../../src/services/ports.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { ROOT } from './paths.js';

/** The demo data as the product builds it, for the day the clock says. */
export async function demoData(clock: Clock): Promise<SamradData> {
  return buildDemoData(await readDemoSources(ROOT), clock, new MemoryStore());
}

export async function demoStore(clock: Clock): Promise<MemoryStore> {
  return new MemoryStore(await demoData(clock));
}
