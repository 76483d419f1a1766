import type { Command } from 'commander';
import type { Meeting } from '../../domain/meeting.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { addMeeting, cancelMeeting, listMeetings, nextMeeting } from '../../services/meetings.js';
import { printJson } from '../cli-io.js';
import { CLI_ACTOR, type CommandContext } from '../command-context.js';
import { meetingJson } from '../json-views.js';
import { meetingLine } from '../render-text.js';

function describe(data: SamradData, meeting: Meeting) {
  const bodyName = data.bodies.find((b) => b.id === meeting.bodyId)?.name ?? meeting.bodyId;
  const itemCount = data.agendaItems.filter((i) => i.meetingId === meeting.id).length;
  return { bodyName, itemCount };
}

export function registerMeetingCommands(program: Command, ctx: CommandContext): void {
  const t = ctx.texts;
  const meeting = program.command('meeting').description(t.meeting.command);

  const printMeetings = (data: SamradData, meetings: Meeting[], json: boolean | undefined) => {
    if (json) {
      printJson(
        ctx.io,
        meetings.map((m) => {
          const { bodyName, itemCount } = describe(data, m);
          return meetingJson(m, bodyName, itemCount);
        }),
      );
      return;
    }
    if (meetings.length === 0) ctx.io.out(t.meeting.none);
    for (const m of meetings) {
      const { bodyName, itemCount } = describe(data, m);
      ctx.io.out(meetingLine(m, bodyName, itemCount, ctx.lang));
    }
  };

  meeting
    .command('add')
    .description(t.meeting.add)
    .requiredOption('--body <id>', t.bodyOption)
    .requiredOption('--date <YYYY-MM-DD>', t.meeting.date)
    .requiredOption('--start <HH:MM>', t.meeting.start)
    .option('--end <HH:MM>', t.meeting.end)
    .option('--place <text>', t.meeting.place)
    .option('--documents <url>', t.meeting.documents)
    .option('--join-url <url>', t.meeting.joinUrl)
    .option('--json', t.jsonOption)
    .action(
      async (o: {
        body: string;
        date: string;
        start: string;
        end?: string;
        place?: string;
        documents?: string;
        joinUrl?: string;
        json?: boolean;
      }) => {
        const { store, clock } = await ctx.app();
        const added = await addMeeting(store, clock, CLI_ACTOR, {
          body: o.body,
          date: o.date,
          startTime: o.start,
          endTime: o.end,
          place: o.place,
          documentsUrl: o.documents,
          joinUrl: o.joinUrl,
        });
        if (o.json) printJson(ctx.io, meetingJson(added, describe(store.read(), added).bodyName, 0));
        else ctx.io.out(t.meeting.added(added.id));
      },
    );

  meeting
    .command('list')
    .description(t.meeting.list)
    .option('--body <id>', t.bodyOption)
    .option('--all', t.meeting.all)
    .option('--json', t.jsonOption)
    .action(async (o: { body?: string; all?: boolean; json?: boolean }) => {
      const { store, clock } = await ctx.app();
      printMeetings(store.read(), listMeetings(store.read(), clock, { body: o.body, all: o.all }), o.json);
    });

  meeting
    .command('next')
    .description(t.meeting.next)
    .option('--body <id>', t.bodyOption)
    .option('--json', t.jsonOption)
    .action(async (o: { body?: string; json?: boolean }) => {
      const { store, clock } = await ctx.app();
      const next = nextMeeting(store.read(), clock, o.body);
      if (o.json) {
        const { bodyName, itemCount } = describe(store.read(), next);
        printJson(ctx.io, meetingJson(next, bodyName, itemCount));
      } else printMeetings(store.read(), [next], false);
    });

  meeting
    .command('cancel')
    .description(t.meeting.cancel)
    .argument('<id>', t.meeting.idArgument)
    .option('--reason <text>', t.meeting.reason)
    .option('--json', t.jsonOption)
    .action(async (id: string, o: { reason?: string; json?: boolean }) => {
      const { store, clock } = await ctx.app();
      const cancelled = await cancelMeeting(store, clock, CLI_ACTOR, { meeting: id, reason: o.reason });
      if (o.json) {
        const { bodyName, itemCount } = describe(store.read(), cancelled);
        printJson(ctx.io, meetingJson(cancelled, bodyName, itemCount));
      } else ctx.io.out(t.meeting.cancelled(cancelled.id));
    });
}
