import { systemActor } from '../../src/services/ports.js';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS, COLLECTION_NAMES } from '../../src/domain/collections.js';
import { SamradError } from '../../src/errors/samrad-error.js';
import { addHistory } from '../../src/services/history-data.js';
import { addMeeting } from '../../src/services/meetings.js';
import { inspectStore } from '../../src/store/inspect-store.js';
import { JsonStore, storeFiles } from '../../src/store/json-store.js';
import { prefetchFile } from '../../src/store/prefetch.js';
import { parseSnapshotLines } from '../../src/store/snapshot-lines.js';
import { checkSnapshot, serialiseSnapshot } from '../../src/store/snapshot.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { useStoreFolder } from '../helpers/store-folder.js';

/**
 * How the store reads and rewrites its snapshot: line by line from the file's bytes (the same
 * document as JSON.parse, or a fallback to it), the seal that spares re-checking a file the store
 * checked itself, the rewrite in the background while writes go on, and the file read ahead.
 */
const clock = new FixedClock('2026-11-23T09:00:00Z');
const at = useStoreFolder('samrad-load-', clock);
const { openStore } = at;

async function openError(): Promise<SamradError> {
  try {
    await openStore();
  } catch (error) {
    if (error instanceof SamradError) return error;
    throw error;
  }
  throw new Error('the store opened');
}

const addOn = (store: JsonStore, date: string) =>
  addMeeting(store, clock, systemActor('test'), { body: 'chefsnatverket', date, startTime: '09:30' });

describe('reading a snapshot line by line', () => {
  it('reads the very document JSON.parse reads, sealed or not', () => {
    for (const text of [
      serialiseSnapshot(at.demo, 7),
      serialiseSnapshot(at.demo, 7, { sealChecked: true }),
    ]) {
      const lines = parseSnapshotLines(Buffer.from(text, 'utf8'));
      expect(lines).not.toBeNull();
      expect(lines!.root).toEqual(JSON.parse(text));
    }
  });

  it('leaves any other layout to JSON.parse, which reads the same data', () => {
    const text = serialiseSnapshot(at.demo, 3);
    const variants = {
      pretty: JSON.stringify(JSON.parse(text), null, 2),
      crlf: text.replace(/\n/g, '\r\n'),
      'a record over two lines': text.replace('{"id":"avesta",', '{"id":"avesta",\n'),
      'one line': JSON.stringify(JSON.parse(text)),
    };
    for (const [name, variant] of Object.entries(variants)) {
      const bytes = Buffer.from(variant, 'utf8');
      expect(parseSnapshotLines(bytes), name).toBeNull();
      const checked = checkSnapshot(at.file, bytes);
      expect(checked.ok, name).toBe(true);
      if (checked.ok) expect(checked.loaded.data.meetings, name).toEqual(at.demo.meetings);
    }
  });

  it('never reads a broken file as sound: a trailing comma or a record cut short is refused', () => {
    const text = serialiseSnapshot(at.demo, 3);
    const broken = [
      text.replace(/\n\],\n"bodies"/, ',\n],\n"bodies"'),
      text.replace('{"id":"avesta",', '{"id":"avesta"'),
      text.slice(0, text.length - 3),
    ];
    for (const variant of broken) {
      expect(checkSnapshot(at.file, Buffer.from(variant, 'utf8')).ok).toBe(false);
    }
  });
});

describe('the seal', () => {
  it('is written on a checked snapshot, and a sealed file loads without checking again', async () => {
    await openStore({ seed: () => at.demo });
    const text = readFileSync(at.file, 'utf8');
    expect(text).toMatch(/\n"seal": "sha256:[0-9a-f]{64}"\n\}\n$/);
    const checked = checkSnapshot(at.file, readFileSync(at.file));
    expect(checked.ok && checked.loaded.sealed).toBe(true);
  });

  it('does not cover an edit: a field added by hand to a sealed file is found and refused', async () => {
    const store = await openStore({ seed: () => at.demo });
    await store.close();
    writeFileSync(
      at.file,
      readFileSync(at.file, 'utf8').replace('{"id":"avesta",', '{"id":"avesta","notes":"x",'),
    );
    const error = await openError();
    expect(error.code).toBe('store.corrupt');
    expect(String(error.params['problem'])).toContain('"notes"');
  });

  it('is only a shortcut: a wrong seal means a full check, and sound data still loads', async () => {
    const store = await openStore({ seed: () => at.demo });
    await store.close();
    writeFileSync(at.file, readFileSync(at.file, 'utf8').replace(/sha256:[0-9a-f]{8}/, 'sha256:00000000'));
    const checked = checkSnapshot(at.file, readFileSync(at.file));
    expect(checked.ok && checked.loaded.sealed).toBe(false);
    expect((await openStore()).read().meetings).toEqual(at.demo.meetings);
  });

  it('is never put on data that was not checked: a broken document written by hand stays unsealed', () => {
    const broken = { ...at.demo, meetings: [{ ...at.demo.meetings[0]!, bodyId: 'nobody' }] };
    writeFileSync(at.file, serialiseSnapshot(broken, 0));
    expect(readFileSync(at.file, 'utf8')).not.toContain('"seal"');
  });
});

describe('the record schemas', () => {
  it('only check, never change a record: what is loaded is what the file holds', () => {
    // The store keeps the parsed records rather than zod's copies; a default or a transform in a
    // schema would make the two differ, and this test fail.
    const data = addHistory(structuredClone(at.demo), clock, { years: 1, bodies: 2 });
    for (const collection of COLLECTION_NAMES) {
      for (const record of data[collection] as unknown[]) {
        expect(RECORD_SCHEMAS[collection].parse(record)).toEqual(record);
      }
    }
  });
});

describe('rewriting the snapshot in the background', () => {
  it('goes on writing meanwhile, carries those changes into the new journal, and loses none', async () => {
    const store = await openStore({ seed: () => at.demo, compactAfterBytes: 2_000 });
    const other = await openStore();
    const journalIno = () => statSync(storeFiles(at.file).journal).ino;
    const before = journalIno();
    const dates = Array.from(
      { length: 40 },
      (_, i) =>
        `2031-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`,
    );
    // Both stores write at once: one's compaction runs while both go on appending.
    await Promise.all(dates.map((date, i) => addOn(i % 2 === 0 ? store : other, date)));
    await store.close();
    await other.close({ compact: false });
    expect(journalIno()).not.toBe(before);
    const inspection = await inspectStore(at.file);
    expect(inspection.exists && inspection.ok).toBe(true);
    if (inspection.exists && inspection.ok) {
      const added = inspection.data.meetings.filter((m) => m.date.startsWith('2031-'));
      expect(added.map((m) => m.date).sort()).toEqual([...dates].sort());
    }
    expect(readdirSync(at.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('removes what a writer killed mid-rewrite left behind, and only that', async () => {
    const gone = await deadPid();
    const store = await openStore({ seed: () => at.demo });
    await store.close();
    const names = {
      // a process that has ended
      gone: `.samrad.json.${gone}.1.tmp`,
      // an earlier process that had this process's id (in a container, every first process is 1)
      earlier: `.samrad.json.${process.pid}.98.tmp`,
      // a process that is running now (the one that started the tests)
      running: `.samrad.json.${process.ppid}.99.tmp`,
    };
    for (const name of Object.values(names)) writeFileSync(join(at.folder, name), 'half a snapshot');
    await openStore();
    const left = readdirSync(at.folder);
    expect(left).not.toContain(names.gone);
    expect(left).not.toContain(names.earlier);
    expect(left).toContain(names.running);
  });
});

describe('the snapshot read ahead at start-up', () => {
  it('is used only if the file is still the one read: a snapshot replaced meanwhile is read again', async () => {
    const store = await openStore({ seed: () => at.demo });
    await store.close();
    const prefetched = await prefetchFile(at.file);
    expect(prefetched?.bytes.length).toBe(statSync(at.file).size);
    // Another process writes and compacts in between: a new snapshot file.
    const writer = await JsonStore.open(at.file);
    await addOn(writer, '2027-05-05');
    await writer.close();
    const reopened = await openStore({ prefetched: Promise.resolve(prefetched) });
    expect(reopened.read().meetings.some((m) => m.date === '2027-05-05')).toBe(true);
  });

  it('gives nothing for a file that does not exist, and the store is created as usual', async () => {
    expect(await prefetchFile(join(at.folder, 'none.json'))).toBeNull();
    const store = await openStore({ seed: () => at.demo, prefetched: prefetchFile(at.file) });
    expect(store.read().meetings).toHaveLength(at.demo.meetings.length);
  });
});

/** The id of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('what a hand, a disk or a copy can do to the files', () => {
  async function sealedStore(): Promise<void> {
    const store = await openStore({ seed: () => at.demo });
    await addOn(store, '2031-01-01');
    await addOn(store, '2031-01-02');
    await store.close({ compact: false });
  }

  it('refuses a key written twice rather than keep the last one: a list pasted twice, a field repeated', async () => {
    await sealedStore();
    const text = readFileSync(at.file, 'utf8');
    writeFileSync(at.file, text.replace('\n"dissents": []', '\n"votes": [],\n"dissents": []'));
    let error = await openError();
    expect(error.params['path']).toBe('votes');
    expect(String(error.params['problem'])).toContain('"votes" appears twice');
    writeFileSync(at.file, text.replace('"kind":"region"', '"kind":"region","kind":"municipality"'));
    error = await openError();
    expect(String(error.params['path'])).toMatch(/^principals\[\d+\]/);
    expect(String(error.params['problem'])).toContain('"kind" appears twice');
  });

  it('refuses bytes that are not UTF-8 text and names where they are', async () => {
    await sealedStore();
    const bytes = readFileSync(at.file);
    const place = bytes.indexOf(Buffer.from('Borlänge'));
    bytes[place + 4] = 0xff;
    writeFileSync(at.file, bytes);
    const error = await openError();
    expect(error.params['path']).toBe(`(byte ${place + 4})`);
  });

  it('refuses a journal entry repeated or out of its place instead of skipping it', async () => {
    await sealedStore();
    const journal = storeFiles(at.file).journal;
    const lines = readFileSync(journal, 'utf8').split('\n');
    for (const broken of [
      [...lines.slice(0, 2), lines[1]!.replace('2031-01-01', '2031-01-09'), ...lines.slice(2)],
      [...lines.slice(0, -1), lines[1]!, ''],
    ]) {
      writeFileSync(journal, broken.join('\n'));
      const error = await openError();
      expect(String(error.params['problem'])).toMatch(/entry \d+ where entry \d+ was expected/);
    }
  });
});
