import { readFile, rename } from 'node:fs/promises';
import type { Command } from 'commander';
import { SamradError } from '../../errors/samrad-error.js';
import { errorMessage } from '../../i18n/error-messages.js';
import { CURRENT_SCHEMA_VERSION, checkStoreText } from '../../store/store-file.js';
import { printJson } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';

const EXIT_BAD_INPUT = 2;

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SamradError('store.unreadable', { file, reason: (error as Error).message });
  }
}

export function registerDbCommands(program: Command, ctx: CommandContext): void {
  const t = ctx.texts;
  const db = program.command('db').description(t.db.command);

  db.command('check')
    .description(t.db.check)
    .option('--json', t.jsonOption)
    .action(async (o: { json?: boolean }) => {
      const file = ctx.config.storeFile;
      const text = await readIfExists(file);
      if (text === null) {
        if (o.json) printJson(ctx.io, { ok: true, exists: false, file, issues: [] });
        else ctx.io.out(t.db.missing(file));
        return;
      }
      const check = checkStoreText(file, text);
      if (!check.ok) {
        ctx.setExitCode(EXIT_BAD_INPUT);
        if (o.json) {
          printJson(ctx.io, { ok: false, exists: true, file, error: check.error.code, issues: check.issues });
          return;
        }
        if (check.error.code !== 'store.corrupt') {
          ctx.io.err(errorMessage(check.error.code, check.error.params, ctx.lang));
          return;
        }
        ctx.io.err(t.db.broken(file, check.issues.length));
        for (const issue of check.issues.slice(0, 50)) ctx.io.err(`  ${issue.path}: ${issue.problem}`);
        return;
      }
      const { data, fileVersion } = check.loaded;
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
          schemaVersion: fileVersion,
          currentSchemaVersion: CURRENT_SCHEMA_VERSION,
          counts,
          issues: [],
        });
      } else ctx.io.out(t.db.ok(file, t.db.counts(counts)));
    });

  program
    .command('demo')
    .description(t.demo.command)
    .option('--json', t.jsonOption)
    .action(async (o: { json?: boolean }) => {
      const file = ctx.config.storeFile;
      // The old file, sound or broken, is moved aside rather than overwritten: nothing is lost.
      let backup: string | null = null;
      if ((await readIfExists(file)) !== null) {
        backup = `${file}.bak-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        await rename(file, backup);
      }
      const { store } = await ctx.app();
      const data = store.read();
      if (o.json) {
        printJson(ctx.io, {
          file,
          backup,
          meetings: data.meetings.length,
          members: data.memberships.length,
          agendaItems: data.agendaItems.length,
        });
        return;
      }
      ctx.io.out(t.demo.loaded(file, data.meetings.length, data.memberships.length));
      if (backup) ctx.io.out(t.demo.backup(backup));
    });
}
