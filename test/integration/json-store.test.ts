import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySamradData, type SamradData } from '../../src/domain/samrad-data.js';
import { SamradError } from '../../src/errors/samrad-error.js';
import { errorMessage } from '../../src/i18n/error-messages.js';
import { addMeeting } from '../../src/services/meetings.js';
import { JsonStore } from '../../src/store/json-store.js';
import { CURRENT_SCHEMA_VERSION, serialiseStore } from '../../src/store/store-file.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { demoData } from '../helpers/demo.js';

const clock = new FixedClock('2026-11-23T09:00:00Z');
let folder: string;
let file: string;
let demo: SamradData;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'samrad-store-'));
  file = join(folder, 'samrad.json');
  demo ??= await demoData(clock);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function openError(): Promise<SamradError> {
  try {
    await JsonStore.open(file);
  } catch (error) {
    if (error instanceof SamradError) return error;
    throw error;
  }
  throw new Error('the store opened');
}

describe('loading the store', () => {
  it('creates a missing file from the seed, with the schema version', async () => {
    await JsonStore.open(file, { seed: () => demo });
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(written.principals).toHaveLength(16);
  });

  it('refuses a file that is not JSON, naming the file, and leaves it as it was', async () => {
    writeFileSync(file, '{ "principals": [ ');
    const error = await openError();
    expect(error.code).toBe('store.corrupt');
    expect(errorMessage(error.code, error.params, 'sv')).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('{ "principals": [ ');
  });

  it('names the first field that does not fit the schema', async () => {
    const broken = structuredClone(demo);
    (broken.meetings[3] as { date: string }).date = '2026-13-01';
    writeFileSync(file, serialiseStore(broken));
    const before = readFileSync(file, 'utf8');
    const error = await openError();
    expect(error.params).toMatchObject({ file, path: 'meetings[3].date' });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses references to things that do not exist', async () => {
    const broken = structuredClone(demo);
    (broken.memberships[0] as { bodyId: string }).bodyId = 'kommunfullmaktige';
    writeFileSync(file, serialiseStore(broken));
    expect((await openError()).params).toMatchObject({
      path: 'memberships[0].bodyId',
      problem: 'unknown body "kommunfullmaktige"',
    });
  });

  it('refuses a file written by a newer samrad', async () => {
    writeFileSync(file, JSON.stringify({ ...emptySamradData(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    expect((await openError()).code).toBe('store.newer-version');
  });

  it('migrates a file without a schema version, keeping a backup of the original', async () => {
    const original = JSON.stringify({ principals: demo.principals });
    writeFileSync(file, original);
    const store = await JsonStore.open(file);
    expect(store.read().principals).toHaveLength(16);
    expect(store.read().meetings).toEqual([]);
    expect(readFileSync(`${file}.v0.bak`, 'utf8')).toBe(original);
    await store.update((draft) =>
      draft.bodies.push({ id: 'x', name: 'X', kind: 'network', aliases: [], parentBodyId: null }),
    );
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe('writing the store', () => {
  it('lands every one of many concurrent changes, each on disk when its promise resolves', async () => {
    const store = await JsonStore.open(file, {
      seed: () => ({ ...emptySamradData(), principals: demo.principals, bodies: demo.bodies }),
    });
    const dates = Array.from({ length: 120 }, (_, i) =>
      new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10),
    );
    await Promise.all(
      dates.map(async (date) => {
        const meeting = await addMeeting(store, clock, 'test', {
          body: 'chefsnatverket',
          date,
          startTime: '09:30',
        });
        const onDisk = JSON.parse(readFileSync(file, 'utf8')) as SamradData;
        expect(onDisk.meetings.some((m) => m.id === meeting.id)).toBe(true);
      }),
    );
    const reopened = await JsonStore.open(file);
    expect(
      reopened
        .read()
        .meetings.map((m) => m.date)
        .sort(),
    ).toEqual(dates);
    expect(reopened.read().audit.filter((a) => a.action === 'meeting.added')).toHaveLength(120);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('loses nothing when two processes (the bot and the command line) write the same file', async () => {
    const bot = await JsonStore.open(file, {
      seed: () => ({ ...emptySamradData(), principals: demo.principals, bodies: demo.bodies }),
    });
    const cli = await JsonStore.open(file);
    const add = (store: JsonStore, date: string) =>
      addMeeting(store, clock, 'test', { body: 'chefsnatverket', date, startTime: '09:30' });
    await add(bot, '2027-01-01');
    await add(cli, '2027-01-02');
    await Promise.all([
      add(bot, '2027-01-03'),
      add(cli, '2027-01-04'),
      add(bot, '2027-01-05'),
      add(cli, '2027-01-06'),
    ]);
    expect(
      bot
        .read()
        .meetings.map((m) => m.date)
        .sort(),
    ).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06']);
    expect(cli.read().meetings).toHaveLength(6);
    const reopened = await JsonStore.open(file);
    expect(reopened.read().meetings).toHaveLength(6);
    expect(readdirSync(folder).filter((name) => name.endsWith('.lock'))).toEqual([]);
  });

  it('refuses a failing change alone; the others in its batch still land', async () => {
    const store = await JsonStore.open(file, {
      seed: () => ({ ...emptySamradData(), principals: demo.principals, bodies: demo.bodies }),
    });
    const results = await Promise.allSettled([
      addMeeting(store, clock, 'test', { body: 'chefsnatverket', date: '2027-02-01', startTime: '09:30' }),
      addMeeting(store, clock, 'test', { body: 'chefsnatverket', date: '2027-02-01', startTime: '09:30' }),
      addMeeting(store, clock, 'test', { body: 'chefsnatverket', date: '2027-02-02', startTime: '09:30' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await JsonStore.open(file)).read().meetings).toHaveLength(2);
  });

  it('leaves memory and file unchanged when a change fails', async () => {
    const store = await JsonStore.open(file, { seed: () => demo });
    const before = readFileSync(file, 'utf8');
    await expect(
      store.update((draft) => {
        draft.meetings.pop();
        throw new SamradError('input.invalid', { detail: 'test' });
      }),
    ).rejects.toThrow(SamradError);
    await expect(
      store.update((draft) => {
        (draft.meetings[0] as { status: string }).status = 'maybe';
      }),
    ).rejects.toMatchObject({ code: 'internal' });
    expect(store.read().meetings).toHaveLength(demo.meetings.length);
    expect(store.read().meetings[0]?.status).toBe(demo.meetings[0]?.status);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('reports a write that cannot reach the disk', async () => {
    const store = await JsonStore.open(file, { seed: () => demo });
    rmSync(file);
    mkdirSync(file); // the target is now a folder: the rename must fail
    await expect(
      addMeeting(store, clock, 'test', { body: 'chefsnatverket', date: '2027-05-05', startTime: '09:00' }),
    ).rejects.toMatchObject({ code: 'store.write-failed' });
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});
