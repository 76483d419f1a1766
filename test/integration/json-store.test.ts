import { systemActor } from '../../src/services/ports.js';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptySamradData, type SamradData } from '../../src/domain/samrad-data.js';
import { SamradError } from '../../src/errors/samrad-error.js';
import { errorMessage } from '../../src/i18n/error-messages.js';
import { rememberPersonalChat } from '../../src/services/chat-links.js';
import { addMeeting } from '../../src/services/meetings.js';
import { inspectStore } from '../../src/store/inspect-store.js';
import { JsonStore, storeFiles } from '../../src/store/json-store.js';
import { CURRENT_SCHEMA_VERSION, serialiseSnapshot } from '../../src/store/snapshot.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { useStoreFolder } from '../helpers/store-folder.js';

const clock = new FixedClock('2026-11-23T09:00:00Z');
const at = useStoreFolder('samrad-store-', clock);
const { openStore } = at;

const small = () => ({ ...emptySamradData(), principals: at.demo.principals, bodies: at.demo.bodies });

async function openError(): Promise<SamradError> {
  try {
    await openStore();
  } catch (error) {
    if (error instanceof SamradError) return error;
    throw error;
  }
  throw new Error('the store opened');
}

/** What is on disk, read by a reader that changes nothing. */
async function onDisk(): Promise<SamradData> {
  const inspection = await inspectStore(at.file);
  if (!inspection.exists || !inspection.ok) throw new Error(`the store on disk is not sound`);
  return inspection.data;
}

const addOn = (store: JsonStore, date: string) =>
  addMeeting(store, clock, systemActor('test'), { body: 'chefsnatverket', date, startTime: '09:30' });

describe('loading the store', () => {
  it('creates a missing store from the seed: a snapshot with the schema version and an empty journal', async () => {
    await openStore({ seed: () => at.demo });
    const written = JSON.parse(readFileSync(at.file, 'utf8'));
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(written.sequence).toBe(0);
    expect(written.principals).toHaveLength(16);
    expect(readFileSync(storeFiles(at.file).journal, 'utf8')).toBe(
      `{"samradJournal":1,"schemaVersion":${CURRENT_SCHEMA_VERSION},"after":0}\n`,
    );
  });

  it('refuses a file that is not JSON, naming the file, and leaves it as it was', async () => {
    writeFileSync(at.file, '{ "principals": [ ');
    const error = await openError();
    expect(error.code).toBe('store.corrupt');
    expect(errorMessage(error.code, error.params, 'sv')).toContain(at.file);
    expect(readFileSync(at.file, 'utf8')).toBe('{ "principals": [ ');
    // Nothing is left beside it: a wrong SAMRAD_DB gets no lock file of samrad's.
    expect(readdirSync(at.folder)).toEqual(['samrad.json']);
  });

  it('names the first field that does not fit the schema', async () => {
    const broken = structuredClone(at.demo);
    (broken.meetings[3] as { date: string }).date = '2026-13-01';
    writeFileSync(at.file, serialiseSnapshot(broken, 0));
    const before = readFileSync(at.file, 'utf8');
    const error = await openError();
    expect(error.params).toMatchObject({ file: at.file, path: 'meetings[3].date' });
    expect(readFileSync(at.file, 'utf8')).toBe(before);
  });

  it('refuses a field it does not know, with a clear line, rather than dropping it at the next write', async () => {
    const edited = JSON.parse(serialiseSnapshot(at.demo, 0));
    edited.meetings[0].notes = 'ta med fika';
    writeFileSync(at.file, JSON.stringify(edited, null, 2));
    const before = readFileSync(at.file, 'utf8');
    const error = await openError();
    expect(error.code).toBe('store.corrupt');
    expect(error.params['path']).toBe('meetings[0]');
    expect(String(error.params['problem'])).toContain('unknown field "notes"');
    expect(readFileSync(at.file, 'utf8')).toBe(before);
    const inspection = await inspectStore(at.file);
    expect(inspection.exists && !inspection.ok && inspection.issues[0]?.problem).toContain('"notes"');
  });

  it('refuses references to things that do not exist', async () => {
    const broken = structuredClone(at.demo);
    (broken.memberships[0] as { bodyId: string }).bodyId = 'kommunfullmaktige';
    writeFileSync(at.file, serialiseSnapshot(broken, 0));
    expect((await openError()).params).toMatchObject({
      path: 'memberships[0].bodyId',
      problem: 'unknown body "kommunfullmaktige"',
    });
  });

  it('refuses a file written by a newer samrad', async () => {
    writeFileSync(
      at.file,
      JSON.stringify({ ...emptySamradData(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
    );
    expect((await openError()).code).toBe('store.newer-version');
  });

  it('refuses a schema version that is not a whole number instead of migrating the file', async () => {
    for (const version of ['5', 4.5, -1, null]) {
      const text = JSON.stringify({ ...emptySamradData(), schemaVersion: version, sequence: 0 });
      writeFileSync(at.file, text);
      const error = await openError();
      expect(error.params).toMatchObject({ path: 'schemaVersion' });
      expect(String(error.params['problem'])).toContain('whole number');
      expect(readFileSync(at.file, 'utf8')).toBe(text);
      expect(existsSync(`${at.file}.v0.bak`)).toBe(false);
    }
  });

  it('migrates a file without a schema version, keeping a backup of the original', async () => {
    const original = JSON.stringify({ principals: at.demo.principals });
    writeFileSync(at.file, original);
    const store = await openStore();
    expect(store.read().principals).toHaveLength(16);
    expect(store.read().meetings).toEqual([]);
    expect(readFileSync(`${at.file}.v0.bak`, 'utf8')).toBe(original);
    expect(JSON.parse(readFileSync(at.file, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('replays the journal over the snapshot, and drops a last line that was never finished', async () => {
    const store = await openStore({ seed: small });
    await addOn(store, '2027-01-01');
    await addOn(store, '2027-01-02');
    await store.close({ compact: false });
    const journal = storeFiles(at.file).journal;
    const complete = readFileSync(journal, 'utf8');
    appendFileSync(journal, '{"seq":3,"at":"2026-11-23T09:00:00.000Z","ops":[{"op":"ins');
    const reopened = await openStore();
    expect(reopened.read().meetings.map((m) => m.date)).toEqual(['2027-01-01', '2027-01-02']);
    expect(readFileSync(journal, 'utf8')).toBe(complete);
    await addOn(reopened, '2027-01-03');
    expect((await onDisk()).meetings).toHaveLength(3);
  });

  it('refuses a journal whose middle is broken, and one that continues a newer snapshot', async () => {
    const store = await openStore({ seed: small });
    await addOn(store, '2027-01-01');
    await store.close({ compact: false });
    const journal = storeFiles(at.file).journal;
    const text = readFileSync(journal, 'utf8');
    writeFileSync(journal, text.replace('"seq":1', '"seq":1,'));
    expect(await openError()).toMatchObject({ code: 'store.corrupt', params: { file: journal } });
    writeFileSync(journal, text.replace('"after":0', '"after":7'));
    expect(String((await openError()).params['problem'])).toContain('same backup');
  });
});

describe('writing the store', () => {
  it('has every one of many concurrent changes on disk when its promise resolves', async () => {
    const store = await openStore({ seed: small });
    const dates = Array.from({ length: 120 }, (_, i) =>
      new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10),
    );
    await Promise.all(
      dates.map(async (date) => {
        const meeting = await addOn(store, date);
        expect((await onDisk()).meetings.some((m) => m.id === meeting.id)).toBe(true);
      }),
    );
    const reopened = await JsonStore.open(at.file);
    at.closeAfter(reopened);
    expect(
      reopened
        .read()
        .meetings.map((m) => m.date)
        .sort(),
    ).toEqual(dates);
    expect(reopened.read().audit.filter((a) => a.action === 'meeting.added')).toHaveLength(120);
    expect(readdirSync(at.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the size of the change, not of the store: the snapshot stays as it was', async () => {
    const store = await openStore({ seed: () => at.demo });
    const snapshotBefore = readFileSync(at.file, 'utf8');
    const journalBefore = statSync(storeFiles(at.file).journal).size;
    await addOn(store, '2027-03-01');
    expect(readFileSync(at.file, 'utf8')).toBe(snapshotBefore);
    const grew = statSync(storeFiles(at.file).journal).size - journalBefore;
    expect(grew).toBeGreaterThan(100);
    expect(grew).toBeLessThan(1500);
    const line = JSON.parse(readFileSync(storeFiles(at.file).journal, 'utf8').trim().split('\n').at(-1)!);
    expect(line.ops.map((op: { op: string; in: string }) => `${op.op} ${op.in}`)).toEqual([
      'insert meetings',
      'insert audit',
    ]);
  });

  it('loses nothing when two stores on one file (the bot and the command line) write in turn and at once', async () => {
    const bot = await openStore({ seed: small });
    const cli = await openStore();
    await addOn(bot, '2027-01-01');
    await addOn(cli, '2027-01-02');
    await Promise.all([
      addOn(bot, '2027-01-03'),
      addOn(cli, '2027-01-04'),
      addOn(bot, '2027-01-05'),
      addOn(cli, '2027-01-06'),
    ]);
    const all = ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06'];
    expect(
      bot
        .read()
        .meetings.map((m) => m.date)
        .sort(),
    ).toEqual(all);
    expect(cli.read().meetings).toHaveLength(6);
    expect((await onDisk()).meetings.map((m) => m.date).sort()).toEqual(all);
    expect(bot.sequence).toBe(cli.sequence);
  });

  it('keeps both sides whole across a compaction by either of them', async () => {
    const bot = await openStore({ seed: small, compactAfterBytes: 2000 });
    const cli = await openStore({ compactAfterBytes: 2000 });
    const dates: string[] = [];
    for (let i = 0; i < 30; i++) {
      const date = new Date(Date.UTC(2027, 5, 1 + i)).toISOString().slice(0, 10);
      dates.push(date);
      await addOn(i % 3 === 0 ? cli : bot, date);
    }
    // The snapshot is rewritten in the background, while the writes go on.
    await Promise.all([bot.idle(), cli.idle()]);
    expect(JSON.parse(readFileSync(at.file, 'utf8')).sequence).toBeGreaterThan(0);
    expect(bot.read().meetings.map((m) => m.date)).toEqual(dates);
    expect(cli.read().meetings.map((m) => m.date)).toEqual(dates);
    expect((await onDisk()).meetings.map((m) => m.date)).toEqual(dates);
  });

  it('refuses a failing change alone; the others in its batch still land', async () => {
    const store = await openStore({ seed: small });
    const results = await Promise.allSettled([
      addOn(store, '2027-02-01'),
      addOn(store, '2027-02-01'),
      addOn(store, '2027-02-02'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await onDisk()).meetings).toHaveLength(2);
  });

  it('leaves memory and files unchanged when a change fails or breaks the schema', async () => {
    const store = await openStore({ seed: () => at.demo });
    const before = readFileSync(storeFiles(at.file).journal, 'utf8');
    const first = store.read().meetings[0]!;
    await expect(
      store.update((draft) => {
        draft.remove('meetings', draft.data.meetings.at(-1)!.id);
        throw new SamradError('input.invalid', { detail: 'test' });
      }),
    ).rejects.toThrow(SamradError);
    await expect(
      store.update((draft) => {
        draft.update('meetings', first.id, (m) => void ((m as { status: string }).status = 'maybe'));
      }),
    ).rejects.toMatchObject({ code: 'store.invalid-change' });
    await expect(store.update((draft) => draft.remove('bodies', 'chefsnatverket'))).rejects.toMatchObject({
      code: 'store.invalid-change',
    });
    expect(store.read().meetings).toHaveLength(at.demo.meetings.length);
    expect(store.read().meetings[0]).toBe(first);
    expect(store.read().bodies.some((b) => b.id === 'chefsnatverket')).toBe(true);
    expect(readFileSync(storeFiles(at.file).journal, 'utf8')).toBe(before);
  });

  it('refuses records that cannot be written (5 000 levels deep, cyclic) alone, and writes on afterwards', async () => {
    const store = await openStore({ seed: small });
    let deep: Record<string, unknown> = { id: 'x' };
    for (let i = 0; i < 5000; i++) deep = { from: deep };
    const cyclic: Record<string, unknown> = { id: 'y' };
    cyclic['self'] = cyclic;
    const remember = (userKey: string, reference: Record<string, unknown>) =>
      store.update((draft) => void draft.insert('personalChats', { userKey, channel: 'teams', reference }));
    const results = await Promise.allSettled([
      remember('teams:deep', deep),
      remember('teams:cyclic', cyclic),
      addOn(store, '2027-04-01'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(results[0]).toMatchObject({ reason: { code: 'store.invalid-change' } });
    expect(store.read().personalChats).toEqual([]);
    await addOn(store, '2027-04-02');
    const disk = await onDisk();
    expect(disk.meetings).toHaveLength(2);
    expect(disk.personalChats).toEqual([]);
  });

  it('writes nothing when nothing changed, such as the same personal chat seen in a new message', async () => {
    const store = await openStore({ seed: small });
    const reference = (activityId: string) => ({
      activityId,
      user: { id: '29:abc', aadObjectId: 'abc' },
      conversation: { id: 'a:personal', conversationType: 'personal' },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    });
    await rememberPersonalChat(store, { userKey: 'teams:abc', channel: 'teams', reference: reference('1') });
    const journal = storeFiles(at.file).journal;
    const size = statSync(journal).size;
    for (const id of ['2', '3', '4']) {
      await rememberPersonalChat(store, { userKey: 'teams:abc', channel: 'teams', reference: reference(id) });
    }
    await store.update(() => 'nothing');
    expect(statSync(journal).size).toBe(size);
  });

  it('reports a journal that cannot be written as not saved, and never shows the change', async () => {
    const store = await openStore({ seed: small });
    await addOn(store, '2027-05-01');
    const journal = storeFiles(at.file).journal;
    rmSync(journal);
    mkdirSync(journal); // the journal is now a folder: nothing can be appended to it
    await expect(addOn(store, '2027-05-05')).rejects.toMatchObject({ code: 'store.write-failed' });
    expect(store.read().meetings.map((m) => m.date)).toEqual(['2027-05-01']);
    expect(readdirSync(at.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the lock', () => {
  it('says at once that a lock file which is a folder cannot be used, and changes nothing', async () => {
    await (await openStore({ seed: small })).close({ compact: false });
    rmSync(storeFiles(at.file).lock);
    mkdirSync(storeFiles(at.file).lock);
    const error = await openError();
    expect(error.code).toBe('store.lock-unusable');
    expect(errorMessage(error.code, error.params, 'sv')).toContain(storeFiles(at.file).lock);
    expect(errorMessage(error.code, error.params, 'sv')).toContain('det är en mapp');
  });

  it('gives up with a clear error when another holder keeps the lock past the wait', async () => {
    const store = await openStore({ seed: small, lockTimeoutMs: 150 });
    const { StoreLock } = await import('../../src/store/store-lock.js');
    const holder = new StoreLock(storeFiles(at.file).lock, 1000).tryAcquire();
    expect(holder).not.toBeNull();
    try {
      await expect(addOn(store, '2027-06-01')).rejects.toMatchObject({ code: 'store.locked' });
    } finally {
      holder?.release();
    }
    await addOn(store, '2027-06-02');
    expect((await onDisk()).meetings.map((m) => m.date)).toEqual(['2027-06-02']);
  });
});
