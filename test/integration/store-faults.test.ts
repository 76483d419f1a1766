import { systemActor } from '../../src/services/ports.js';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySamradData, type SamradData } from '../../src/domain/samrad-data.js';
import { addMeeting } from '../../src/services/meetings.js';
import { JsonStore, storeFiles } from '../../src/store/json-store.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { demoData } from '../helpers/demo.js';
import { ROOT } from '../helpers/paths.js';
import { recordedOnDisk } from '../helpers/recorded-on-disk.js';

/**
 * Faults from outside: a disk that fills up under the store, and a process that dies holding the
 * lock. Nothing refused may ever show up later, and nothing may wait on a dead process.
 */
const clock = new FixedClock('2026-11-23T09:00:00Z');
let folder: string;
let demo: SamradData;
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'samrad-faults-'));
  demo ??= await demoData(clock);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const small = () => ({ ...emptySamradData(), principals: demo.principals, bodies: demo.bodies });
const addOn = (store: JsonStore, date: string) =>
  addMeeting(store, clock, systemActor('test'), { body: 'chefsnatverket', date, startTime: '09:30' });

/** A small tmpfs of our own, where the system lets us mount one (root on Linux). */
function mountSmallDisk(at: string): boolean {
  try {
    mkdirSync(at);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', at], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Fills a disk to the last byte with one file. */
function fill(file: string): void {
  const chunk = Buffer.alloc(4096, 0x20);
  let written = 0;
  for (;;) {
    try {
      writeFileSync(file, chunk, { flag: written === 0 ? 'w' : 'a' });
      written += chunk.length;
    } catch {
      break;
    }
  }
  for (let size = 2048; size >= 1; size = Math.floor(size / 2)) {
    try {
      writeFileSync(file, Buffer.alloc(size, 0x20), { flag: 'a' });
    } catch {
      // this much no longer fits; try less
    }
  }
}

describe('a full disk', () => {
  const disk = () => join(folder, 'disk');
  afterEach(() => {
    try {
      execFileSync('umount', ['-l', disk()], { stdio: 'ignore' });
    } catch {
      // not mounted
    }
  });

  it('refuses the change as not saved, keeps it out of memory, and never writes it later', async (context) => {
    if (!mountSmallDisk(disk())) {
      context.skip('mounting a tmpfs is not permitted here');
    }
    const file = join(disk(), 'samrad.json');
    const store = await JsonStore.open(file, { seed: small });
    await addOn(store, '2027-01-01');
    const filler = join(disk(), 'filler');
    fill(filler);

    // Writes go on while the journal's last block has room; the first that does not fit is refused.
    const acknowledged = ['2027-01-01'];
    let refused: string | undefined;
    for (let day = 2; day < 60 && !refused; day++) {
      const when = new Date(Date.UTC(2027, 2, day)).toISOString().slice(0, 10);
      try {
        await addOn(store, when);
        acknowledged.push(when);
      } catch (error) {
        expect(error).toMatchObject({ code: 'store.write-failed' });
        refused = when;
      }
    }
    expect(refused).toBeDefined();
    expect(store.read().meetings.map((m) => m.date)).toEqual(acknowledged);
    // The retry is refused too, not answered as saved while nothing is on disk.
    await expect(addOn(store, refused!)).rejects.toMatchObject({ code: 'store.write-failed' });
    expect(store.read().meetings.map((m) => m.date)).toEqual(acknowledged);

    rmSync(filler);
    await addOn(store, '2027-12-24');
    acknowledged.push('2027-12-24');
    expect(store.read().meetings.map((m) => m.date)).toEqual(acknowledged);
    await store.close({ compact: false });
    expect((await recordedOnDisk(file)).meetings.map((m) => m.date)).toEqual(acknowledged);
    const reopened = await JsonStore.open(file);
    expect(reopened.read().meetings.map((m) => m.date)).toEqual(acknowledged);
    await reopened.close({ compact: false });
  });
});

describe('a process that dies holding the lock', () => {
  it('does not delay the next write: the lock goes with the process', async () => {
    const file = join(folder, 'samrad.json');
    const store = await JsonStore.open(file, { seed: small, lockTimeoutMs: 300 });
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { StoreLock } from ${JSON.stringify(join(ROOT, 'dist', 'store', 'store-lock.js'))};
         if (new StoreLock(${JSON.stringify(storeFiles(file).lock)}, 1000).tryAcquire()) console.log('locked');
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    // While it lives, it holds the store: a write waits, then gives up with a clear error.
    await expect(addOn(store, '2027-02-01')).rejects.toMatchObject({ code: 'store.locked' });
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    await addOn(store, '2027-02-02');
    expect((await recordedOnDisk(file)).meetings.map((m) => m.date)).toEqual(['2027-02-02']);
    await store.close({ compact: false });
  });
});
