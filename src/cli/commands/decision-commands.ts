import { Option, type Command } from 'commander';
import { checkDate } from '../../services/meetings.js';
import { decisionJson, decisionRecord, listDecisions } from '../../services/decision-records.js';
import { decisionJourney } from '../../services/decision-journey.js';
import { recordAdoption, recordCondition, setAdoptionDeadline } from '../../services/decisions.js';
import { requirePrincipal } from '../../services/lookups.js';
import { SamradError } from '../../errors/samrad-error.js';
import { swedishToday } from '../../domain/calendar-date.js';
import { formatDate } from '../../i18n/format.js';
import { printJson } from '../cli-io.js';
import { CLI_ACTOR, type CommandContext } from '../command-context.js';

export function registerDecisionCommands(program: Command, ctx: CommandContext): void {
  const t = ctx.texts.decision;
  const decision = program.command('decision').description(t.command);

  decision
    .command('list')
    .description(t.list)
    .option('--meeting <id>', ctx.texts.agenda.meetingOption)
    .option('--json', ctx.texts.jsonOption)
    .action(async (o: { meeting?: string; json?: boolean }) => {
      const { store } = await ctx.app();
      const data = store.read();
      if (o.meeting && !data.meetings.some((m) => m.id === o.meeting)) {
        throw new SamradError('input.unknown-meeting', { meeting: o.meeting });
      }
      const records = listDecisions(data, o.meeting).map((d) => decisionRecord(data, d.id));
      if (o.json) return printJson(ctx.io, records.map(decisionJson));
      if (records.length === 0) ctx.io.out(t.none);
      for (const r of records) {
        const outcome = r.decision.outcome ? t.outcome(r.decision.outcome) : t.open;
        const date = r.meeting ? formatDate(r.meeting.date, ctx.lang) : '';
        ctx.io.out(
          `${r.body?.name ?? ''} ${date}, ${t.item(r.decision.itemNumber)}: ${r.item?.title ?? ''} – ${outcome}  [${r.decision.id}]`,
        );
      }
    });

  decision
    .command('show')
    .description(t.show)
    .argument('<id>', t.idArgument)
    .option('--json', ctx.texts.jsonOption)
    .action(async (id: string, o: { json?: boolean }) => {
      const { store, clock } = await ctx.app();
      const record = decisionRecord(store.read(), id);
      if (o.json)
        return printJson(ctx.io, {
          ...decisionJson(record),
          journey: decisionJourney(store.read(), id, swedishToday(clock.now())),
        });
      const d = record.decision;
      ctx.io.out(`${record.body?.name ?? ''}, ${t.item(d.itemNumber)}: ${record.item?.title ?? ''}`);
      ctx.io.out(d.outcome ? t.outcome(d.outcome) : t.open);
      ctx.io.out(t.tally(record.tally.for, record.tally.against, record.tally.abstain));
      for (const v of record.votes) ctx.io.out(`  ${v.name} (${v.principal}): ${t.choice(v.choice)}`);
    });

  decision
    .command('adopt')
    .description(t.adopt)
    .argument('<id>', t.idArgument)
    .requiredOption('--principal <name>', ctx.texts.member.principal)
    .requiredOption('--date <YYYY-MM-DD>', ctx.texts.meeting.date)
    .option('--by <body>', t.adoptedBy)
    .action(async (id: string, o: { principal: string; date: string; by?: string }) => {
      const date = checkDate(o.date);
      const { store, clock } = await ctx.app();
      const principal = requirePrincipal(store.read(), o.principal);
      await recordAdoption(store, clock, CLI_ACTOR, {
        decisionId: id,
        principalId: principal.id,
        date,
        adoptedBy: o.by,
      });
      ctx.io.out(t.adopted(principal.name, formatDate(date, ctx.lang)));
    });

  decision
    .command('condition')
    .description(t.condition)
    .argument('<id>', t.idArgument)
    .addOption(new Option('--met', t.met).conflicts('failed'))
    .addOption(new Option('--failed', t.failed).conflicts('met'))
    .action(async (id: string, o: { met?: boolean; failed?: boolean }) => {
      if (!o.met && !o.failed)
        throw new SamradError('input.invalid', { detail: ctx.texts.usage.oneOf('--met', '--failed') });
      const { store, clock } = await ctx.app();
      await recordCondition(store, clock, CLI_ACTOR, { decisionId: id, met: o.met === true });
      ctx.io.out(o.met ? t.conditionMet : t.conditionFailed);
    });

  decision
    .command('deadline')
    .description(t.deadline)
    .argument('<id>', t.idArgument)
    .requiredOption('--date <YYYY-MM-DD>', ctx.texts.meeting.date)
    .action(async (id: string, o: { date: string }) => {
      const date = checkDate(o.date);
      const { store, clock } = await ctx.app();
      await setAdoptionDeadline(store, clock, CLI_ACTOR, { decisionId: id, date });
      ctx.io.out(t.deadlineSet(formatDate(date, ctx.lang)));
    });
}
