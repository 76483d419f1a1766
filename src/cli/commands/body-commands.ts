import { Option, type Command } from 'commander';
import { BodyKindSchema, type BodyKind } from '../../domain/body.js';
import { BODY_KIND_LABELS } from '../../i18n/labels.js';
import { formatCount } from '../../i18n/format.js';
import { addBody } from '../../services/bodies.js';
import { printJson } from '../cli-io.js';
import { CLI_ACTOR, type CommandContext } from '../command-context.js';

export function registerBodyCommands(program: Command, ctx: CommandContext): void {
  const t = ctx.texts;
  const body = program.command('body').description(t.body.command);
  const kinds = BodyKindSchema.options;

  body
    .command('add')
    .description(t.body.add)
    .option('--id <id>', t.body.id)
    .requiredOption('--name <name>', t.body.name)
    .addOption(
      new Option('--kind <kind>', t.body.kind(kinds.join(', '))).choices(kinds).default('working-group'),
    )
    .option('--alias <name>', t.body.alias, (value: string, previous: string[] = []) => [...previous, value])
    .option('--parent <id>', t.body.parent)
    .option('--json', t.jsonOption)
    .action(
      async (o: {
        id?: string;
        name: string;
        kind: BodyKind;
        alias?: string[];
        parent?: string;
        json?: boolean;
      }) => {
        const { store, clock } = await ctx.app();
        const added = await addBody(store, clock, CLI_ACTOR, {
          id: o.id,
          name: o.name,
          kind: o.kind,
          aliases: o.alias,
          parent: o.parent,
        });
        if (o.json) printJson(ctx.io, added);
        else ctx.io.out(t.body.added(added.id));
      },
    );

  body
    .command('list')
    .description(t.body.list)
    .option('--json', t.jsonOption)
    .action(async (o: { json?: boolean }) => {
      const { store } = await ctx.app();
      const bodies = store.read().bodies;
      if (o.json) return printJson(ctx.io, bodies);
      for (const b of bodies)
        ctx.io.out(`${b.id.padEnd(24)} ${b.name} (${BODY_KIND_LABELS[b.kind][ctx.lang]})`);
    });

  const principal = program.command('principal').description(t.principal.command);
  principal
    .command('list')
    .description(t.principal.list)
    .option('--json', t.jsonOption)
    .action(async (o: { json?: boolean }) => {
      const { store } = await ctx.app();
      const principals = store.read().principals;
      if (o.json) return printJson(ctx.io, principals);
      for (const p of principals) {
        const population =
          p.population === null
            ? ''
            : t.principal.population(formatCount(p.population, ctx.lang), p.populationAsOf ?? '');
        ctx.io.out(`${p.name.padEnd(16)} ${population}`);
      }
    });
}
