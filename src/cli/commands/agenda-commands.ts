import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SamradError } from '../../errors/samrad-error.js';
import { agendaProblemLine } from '../../i18n/error-messages.js';
import { showAgenda } from '../../services/agenda.js';
import { importAgenda } from '../../services/import-agenda.js';
import { printJson } from '../cli-io.js';
import { CLI_ACTOR, type CommandContext } from '../command-context.js';
import { agendaJson, importJson } from '../json-views.js';
import { renderAgenda } from '../render-text.js';

async function readDocument(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new SamradError('input.file-not-found', { file });
    throw new SamradError('input.file-unreadable', { file, reason: (error as Error).message });
  }
}

export function registerAgendaCommands(program: Command, ctx: CommandContext): void {
  const t = ctx.texts;
  const agenda = program.command('agenda').description(t.agenda.command);

  agenda
    .command('import')
    .description(t.agenda.import)
    .argument('<file>', t.agenda.fileArgument)
    .option('--body <id>', t.bodyOption)
    .option('--dry-run', t.agenda.dryRun)
    .option('--replace', t.agenda.replace)
    .option('--json', t.jsonOption)
    .action(
      async (
        file: string,
        options: { body?: string; dryRun?: boolean; replace?: boolean; json?: boolean },
      ) => {
        const text = await readDocument(file);
        const { store, clock } = await ctx.app();
        const result = await importAgenda(store, clock, CLI_ACTOR, {
          text,
          fileName: basename(file),
          body: options.body,
          dryRun: options.dryRun,
          replace: options.replace,
        });
        if (options.json) {
          printJson(ctx.io, importJson(result.body.id, result.agenda, result.meeting?.id ?? null));
          return;
        }
        const n = result.agenda.items.length;
        ctx.io.out(result.meeting ? t.agenda.imported(n, result.meeting.id) : t.agenda.dryRunDone(n));
        if (result.agenda.warnings.length > 0) {
          ctx.io.out(t.agenda.warnings);
          for (const warning of result.agenda.warnings)
            ctx.io.out(`  ${agendaProblemLine(warning, ctx.lang)}`);
        }
      },
    );

  agenda
    .command('show')
    .description(t.agenda.show)
    .option('--meeting <id>', t.agenda.meetingOption)
    .option('--next', t.agenda.nextOption)
    .option('--body <id>', t.bodyOption)
    .option('--json', t.jsonOption)
    .action(async (options: { meeting?: string; next?: boolean; body?: string; json?: boolean }) => {
      if (options.meeting && options.next) {
        throw new SamradError('input.invalid', { detail: t.usage.oneOf('--meeting', '--next') });
      }
      const { store, clock } = await ctx.app();
      const view = showAgenda(
        store.read(),
        clock,
        options.meeting ? { meeting: options.meeting } : { next: true, body: options.body },
      );
      if (options.json) printJson(ctx.io, agendaJson(view));
      else ctx.io.out(renderAgenda(view, ctx.lang));
    });
}
