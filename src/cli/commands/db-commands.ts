import { rename } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { makeDemoData } from '../../app-context.js';
import { errorMessage } from '../../i18n/error-messages.js';
import { inspectStore } from '../../store/inspect-store.js';
import { JsonStore, storeFiles } from '../../store/json-store.js';
import { StoreLock, StoreLockedError } from '../../store/store-lock.js';
import { CURRENT_SCHEMA_VERSION } from '../../store/snapshot.js';
import { clockFor } from '../../app-context.js';
import { SamradError, isSamradError } from '../../errors/samrad-error.js';
import { addHistory } from '../../services/history-data.js';
import { printJson } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';

/** How long `samrad demo` waits for the bot's turn at a damaged store's lock. */
const LOCK_WAIT_MS = 10_000;

const EXIT_BAD_INPUT = 2;

const timestamp = () => new Date().toISOString().replace(/[:.]/g, '-');

export function registerDbCommands(program: Command, ctx: CommandContext): void {
  const t = ctx.texts;
  const db = program.command('db').description(t.db.command);

  db.command('check')
    .description(t.db.check)
    .option('--json', t.jsonOption)
    .action(async (o: { json?: boolean }) => {
      const file = ctx.config.storeFile;
      const inspection = await inspectStore(file);
      if (!inspection.exists) {
        if (o.json) printJson(ctx.io, { ok: true, exists: false, file, issues: [] });
        else ctx.io.out(t.db.missing(file));
        return;
      }
      if (!inspection.ok) {
        ctx.setExitCode(EXIT_BAD_INPUT);
        const { error, issues } = inspection;
        const where = String(error.params['file'] ?? file);
        if (o.json) {
          printJson(ctx.io, { ok: false, exists: true, file: where, error: error.code, issues });
          return;
        }
        if (error.code !== 'store.corrupt') {
          ctx.io.err(errorMessage(error.code, error.params, ctx.lang));
          return;
        }
        ctx.io.err(t.db.broken(where, issues.length));
        for (const issue of issues.slice(0, 50)) ctx.io.err(`  ${issue.path}: ${issue.problem}`);
        return;
      }
      const { data } = inspection;
      const counts = {
        meetings: data.meetings.length,
        items: data.agendaItems.length,
        members: data.memberships.length,
        bodies: data.bodies.length,
        principals: data.principals.length,
      };
      if (o.json) {
        printJson(ctx.io, {
          ok: true,
          exists: true,
          file,
          journal: storeFiles(file).journal,
          schemaVersion: inspection.fileVersion,
          currentSchemaVersion: CURRENT_SCHEMA_VERSION,
          sequence: inspection.sequence,
          journalEntries: inspection.journalEntries,
          tornBytes: inspection.tornBytes,
          counts: { ...counts, decisions: data.decisions.length, votes: data.votes.length },
          issues: [],
        });
        return;
      }
      ctx.io.out(t.db.ok(file, t.db.counts(counts)));
      ctx.io.out(t.db.journal(inspection.journalEntries, inspection.sequence));
      if (inspection.tornBytes > 0) ctx.io.out(t.db.torn(inspection.tornBytes));
    });

  db.command('compact')
    .description(t.db.compact)
    .action(async () => {
      const { store } = await ctx.app();
      await store.compact();
      ctx.io.out(t.db.compacted(store.file, store.sequence));
    });

  program
    .command('demo')
    .description(t.demo.command)
    .option('--history-years <n>', t.demo.historyYears)
    .option('--bodies <n>', t.demo.bodies)
    .option('--json', t.jsonOption)
    .action(async (o: { json?: boolean; historyYears?: string; bodies?: string }) => {
      const file = ctx.config.storeFile;
      const clock = clockFor(ctx.config);
      const years = o.historyYears === undefined ? 0 : wholeNumber(o.historyYears, '--history-years', 1, 30);
      const bodies = o.bodies === undefined ? 5 : wholeNumber(o.bodies, '--bodies', 1, 20);
      const demo = await makeDemoData(clock);
      const data = years > 0 ? addHistory(demo, clock, { years, bodies }) : demo;
      const backup = await replaceStore(file, data);
      const { store } = await ctx.app();
      const loaded = store.read();
      if (o.json) {
        printJson(ctx.io, {
          file,
          backup,
          meetings: loaded.meetings.length,
          members: loaded.memberships.length,
          agendaItems: loaded.agendaItems.length,
          decisions: loaded.decisions.length,
          votes: loaded.votes.length,
          auditEntries: loaded.audit.length,
        });
        return;
      }
      ctx.io.out(t.demo.loaded(file, loaded.meetings.length, loaded.memberships.length));
      if (years > 0) {
        ctx.io.out(
          t.demo.history(years, loaded.agendaItems.length, loaded.decisions.length, loaded.votes.length),
        );
      }
      if (backup) ctx.io.out(t.demo.backup(backup));
    });
}

function wholeNumber(value: string, option: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SamradError('input.invalid', { detail: `${option} ${value} (${min}–${max})` });
  }
  return n;
}

/**
 * Puts new data in place of a store's. A sound store is replaced in the shared order of changes
 * (a running bot follows), after its current data is written to a backup. Only a store whose files
 * are damaged (`store.corrupt`) is moved aside whole, snapshot and journal, under the lock; a store
 * that is busy, on a full disk or unreadable is left as it is and the error reported: nothing has
 * changed then, and the message says so truthfully.
 */
async function replaceStore(file: string, data: Parameters<JsonStore['replaceAll']>[0]) {
  if (!existsSync(file)) {
    const store = await JsonStore.open(file, { seed: () => data });
    await store.close({ compact: false });
    return null;
  }
  const backup = `${file}.bak-${timestamp()}`;
  try {
    const store = await JsonStore.open(file);
    try {
      await store.replaceAll(data, { backupTo: backup });
    } finally {
      await store.close({ compact: false });
    }
    return backup;
  } catch (error) {
    if (!isSamradError(error) || error.code !== 'store.corrupt') throw error;
  }
  const files = storeFiles(file);
  const held = await new StoreLock(files.lock, LOCK_WAIT_MS).acquire().catch((error: unknown) => {
    throw error instanceof StoreLockedError
      ? new SamradError('store.locked', { file: error.lockFile, waited: error.waitedMs })
      : error;
  });
  try {
    await rename(file, backup);
    if (existsSync(files.journal)) await rename(files.journal, `${backup}.journal`);
  } finally {
    held.release();
  }
  const store = await JsonStore.open(file, { seed: () => data });
  await store.close({ compact: false });
  return backup;
}
