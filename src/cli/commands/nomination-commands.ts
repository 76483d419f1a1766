import { Option, type Command } from 'commander';
import { BodyKindSchema, type BodyKind } from '../../domain/body.js';
import { parseSeatRules } from '../../domain/nomination.js';
import { SamradError } from '../../errors/samrad-error.js';
import { checkDate } from '../../services/meetings.js';
import {
  addWorkingGroup,
  groupOverview,
  nominate,
  nominationListJson,
  openRound,
  roundToAgendaItem,
  setRoundStatus,
} from '../../services/nominations.js';
import { printJson } from '../cli-io.js';
import { CLI_ACTOR, type CommandContext } from '../command-context.js';

/** The nominations as CSV (comma-separated, CRLF line ends, as spreadsheets expect). */
function nominationsCsv(list: ReturnType<typeof nominationListJson>): string {
  const header = [
    'id',
    'name',
    'email',
    'principal',
    'side',
    'seat',
    'status',
    'nominatedBy',
    'at',
    'motivation',
  ];
  const rows = list.nominations.map((n) =>
    [n.id, n.name, n.email, n.principal, n.side, n.seat, n.status, n.nominatedBy, n.at, n.motivation]
      .map(csvField)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * A CSV field: quoted when it holds a separator, a quote or a line break. A field that a
 * spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) is
 * neutralised as OWASP recommends (and a pipe, and full-width signs): a single quote before it, and the whole field quoted. Names and
 * motivations come from whoever nominates, and a secretary opens the file in Excel.
 */
function csvField(value: unknown): string {
  const raw = value === null || value === undefined ? '' : String(value);
  // Also the full-width forms (＝＋－＠) and the pipe of old DDE payloads.
  const formula = /^[=+\-@\t\r|\uFF1D\uFF0B\uFF0D\uFF20]/.test(raw);
  const text = formula ? `'${raw}` : raw;
  return formula || /[;",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function registerNominationCommands(program: Command, ctx: CommandContext): void {
  const t = ctx.texts.nomination;

  const group = program.command('group').description(t.groupCommand);
  group
    .command('add')
    .description(t.groupAdd)
    .option('--id <id>', ctx.texts.body.id)
    .requiredOption('--name <name>', ctx.texts.body.name)
    .requiredOption('--body <id>', t.runBy)
    .requiredOption('--seats <rules>', t.seats)
    .option('--per-principal <n>', t.perPrincipal)
    .addOption(
      new Option('--kind <kind>', ctx.texts.body.kind(BodyKindSchema.options.join(', '))).choices(
        BodyKindSchema.options,
      ),
    )
    .option('--json', ctx.texts.jsonOption)
    .action(
      async (o: {
        id?: string;
        name: string;
        body: string;
        seats: string;
        perPrincipal?: string;
        kind?: BodyKind;
        json?: boolean;
      }) => {
        const seats = parseSeatRules(o.seats);
        if (!seats) throw new SamradError('input.invalid', { detail: t.badSeats(o.seats) });
        const perPrincipal = o.perPrincipal === undefined ? undefined : Number(o.perPrincipal);
        if (perPrincipal !== undefined && (!Number.isInteger(perPrincipal) || perPrincipal < 1)) {
          throw new SamradError('input.invalid', { detail: `--per-principal ${o.perPrincipal}` });
        }
        const { store, clock } = await ctx.app();
        const added = await addWorkingGroup(store, clock, CLI_ACTOR, {
          id: o.id,
          name: o.name,
          body: o.body,
          seats,
          perPrincipal,
          kind: o.kind,
        });
        if (o.json) printJson(ctx.io, added);
        else ctx.io.out(t.groupAdded(added.id));
      },
    );

  const round = program.command('round').description(t.roundCommand);
  round
    .command('open')
    .description(t.roundOpen)
    .requiredOption('--group <id>', t.groupOption)
    .requiredOption('--deadline <YYYY-MM-DD>', t.deadline)
    .option('--decide-at <meeting-id>', t.decideAt)
    .action(async (o: { group: string; deadline: string; decideAt?: string }) => {
      const deadline = checkDate(o.deadline);
      const { store, clock } = await ctx.app();
      const opened = await openRound(store, clock, CLI_ACTOR, {
        group: o.group,
        deadline,
        decideAt: o.decideAt,
      });
      ctx.io.out(t.roundOpened(opened.id));
    });
  for (const [name, status, description] of [
    ['pause', 'paused', t.roundPause],
    ['resume', 'open', t.roundResume],
    ['close', 'closed', t.roundClose],
  ] as const) {
    round
      .command(name)
      .description(description)
      .requiredOption('--group <id>', t.groupOption)
      .option('--reason <text>', t.reason)
      .action(async (o: { group: string; reason?: string }) => {
        const { store, clock } = await ctx.app();
        const changed = await setRoundStatus(store, clock, CLI_ACTOR, {
          group: o.group,
          status,
          reason: o.reason,
        });
        ctx.io.out(t.roundStatus(changed.id, t.statuses[changed.status]));
      });
  }
  round
    .command('decide')
    .description(t.roundDecide)
    .requiredOption('--group <id>', t.groupOption)
    .action(async (o: { group: string }) => {
      const { store, clock } = await ctx.app();
      const item = await roundToAgendaItem(store, clock, { group: o.group, actor: CLI_ACTOR });
      ctx.io.out(t.itemCreated(item.meetingId, item.number));
    });

  const nomination = program.command('nomination').description(t.command);
  nomination
    .command('add')
    .description(t.add)
    .requiredOption('--group <id>', t.groupOption)
    .requiredOption('--name <name>', ctx.texts.member.name)
    .requiredOption('--principal <name>', ctx.texts.member.principal)
    .option('--email <address>', ctx.texts.member.email)
    .option('--substitute', t.substitute)
    .option('--motivation <text>', t.motivation)
    .option('--json', ctx.texts.jsonOption)
    .action(
      async (o: {
        group: string;
        name: string;
        principal: string;
        email?: string;
        substitute?: boolean;
        motivation?: string;
        json?: boolean;
      }) => {
        const { store, clock } = await ctx.app();
        const result = await nominate(store, clock, {
          group: o.group,
          name: o.name,
          principal: o.principal,
          email: o.email,
          seat: o.substitute ? 'substitute' : 'ordinary',
          motivation: o.motivation,
          nominator: CLI_ACTOR,
        });
        if (o.json) return printJson(ctx.io, result);
        ctx.io.out(
          result.merged
            ? t.merged(result.nomination.name)
            : result.reserve
              ? t.reserve(result.nomination.name)
              : t.added(result.nomination.name),
        );
      },
    );
  nomination
    .command('list')
    .description(t.list)
    .requiredOption('--group <id>', t.groupOption)
    .option('--json', ctx.texts.jsonOption)
    .option('--csv', t.export)
    .action(async (o: { group: string; json?: boolean; csv?: boolean }) => {
      const { store } = await ctx.app();
      const data = store.read();
      const list = nominationListJson(data, groupOverview(data, o.group));
      if (o.json) return printJson(ctx.io, list);
      if (o.csv) return ctx.io.out(nominationsCsv(list));
      ctx.io.out(
        `${list.groupName}: ${t.statuses[list.status as 'open' | 'paused' | 'closed'] ?? list.status}`,
      );
      for (const side of ['municipalities', 'region'] as const) {
        ctx.io.out(`  ${t.sides[side]}: ${list.seats[side].filled}/${list.seats[side].total}`);
      }
      for (const n of list.nominations)
        ctx.io.out(`  ${n.name} (${n.principal}) – ${t.nominationStatuses[n.status]}`);
    });
  nomination
    .command('export')
    .description(t.export)
    .requiredOption('--group <id>', t.groupOption)
    .action(async (o: { group: string }) => {
      const { store } = await ctx.app();
      const data = store.read();
      ctx.io.out(nominationsCsv(nominationListJson(data, groupOverview(data, o.group))));
    });
}
