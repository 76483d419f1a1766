import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { SamradData } from '../../src/domain/samrad-data.js';
import { JsonStore } from '../../src/store/json-store.js';
import type { FixedClock } from '../fakes/fixed-clock.js';
import { demoData } from './demo.js';

export interface StoreFolder {
  /** A fresh temporary folder for each test, removed after it. */
  readonly folder: string;
  /** `samrad.json` in that folder (not created). */
  readonly file: string;
  /** The demo data, made once for the file's tests. */
  readonly demo: SamradData;
  /** Opens the store at `file`; every store opened is closed after the test. */
  openStore(options?: Parameters<typeof JsonStore.open>[1]): Promise<JsonStore>;
  /** Closes a store opened otherwise after the test (closing one already closed does no harm). */
  closeAfter(store: JsonStore): void;
}

/** The folder, store file and demo data the store's own tests work on, set up and cleaned per test. */
export function useStoreFolder(prefix: string, clock: FixedClock): StoreFolder {
  let folder = '';
  let demo: SamradData | undefined;
  const open: JsonStore[] = [];
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), prefix));
    demo ??= await demoData(clock);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close({ compact: false }).catch(() => undefined)));
    rmSync(folder, { recursive: true, force: true });
  });
  return {
    get folder() {
      return folder;
    },
    get file() {
      return join(folder, 'samrad.json');
    },
    get demo() {
      if (!demo) throw new Error('the demo data is made before each test');
      return demo;
    },
    async openStore(options = {}) {
      const store = await JsonStore.open(join(folder, 'samrad.json'), options);
      open.push(store);
      return store;
    },
    closeAfter(store) {
      open.push(store);
    },
  };
}
