import { Option, type Command } from 'commander';
import { ROLES } from '../../domain/membership.js';
import { SamradError } from '../../errors/samrad-error.js';
import { ROLE_LABELS } from '../../i18n/labels.js';
import { requireBody } from '../../services/lookups.js';
import {
  addMember,
  listMembers,
  removeMember,
  type AddMemberInput,
  type MemberView,
} from '../../services/members.js';
import { printJson } from '../cli-io.js';
import { CLI_ACTOR, type CommandContext } from '../command-context.js';

export function registerMemberCommands(program: Command, ctx: CommandContext): void {
  const t = ctx.texts;
  const member = program.command('member').description(t.member.command);

  const memberLine = (m: MemberView) => {
    const ids = [
      m.email,
      m.teamsId ? `teams:${m.teamsId}` : null,
      m.slackId ? `slack:${m.slackId}` : null,
    ].filter(Boolean);
    return `${m.name} (${m.principal}) – ${ROLE_LABELS[m.role][ctx.lang]}${ids.length ? `  ${ids.join('  ')}` : ''}  [${m.id}]`;
  };

  member
    .command('add')
    .description(t.member.add)
    .requiredOption('--body <id>', t.bodyOption)
    .requiredOption('--name <name>', t.member.name)
    .requiredOption('--principal <name>', t.member.principal)
    .addOption(
      new Option('--role <role>', t.member.role(ROLES.join(', '))).choices(ROLES).makeOptionMandatory(),
    )
    .option('--teams-id <aad-object-id>', t.member.teamsId)
    .option('--slack-id <user-id>', t.member.slackId)
    .option('--email <address>', t.member.email)
    .option('--json', t.jsonOption)
    .action(async (o: AddMemberInput & { json?: boolean }) => {
      const { store, clock } = await ctx.app();
      const added = await addMember(store, clock, CLI_ACTOR, o);
      if (o.json) printJson(ctx.io, added);
      else ctx.io.out(t.member.added(added.name, requireBody(store.read(), added.body).name));
    });

  member
    .command('list')
    .description(t.member.list)
    .requiredOption('--body <id>', t.bodyOption)
    .option('--json', t.jsonOption)
    .action(async (o: { body: string; json?: boolean }) => {
      const { store } = await ctx.app();
      const members = listMembers(store.read(), o.body);
      if (o.json) return printJson(ctx.io, members);
      if (members.length === 0) ctx.io.out(t.member.none);
      for (const m of members) ctx.io.out(memberLine(m));
    });

  member
    .command('remove')
    .description(t.member.remove)
    .requiredOption('--body <id>', t.bodyOption)
    .option('--name <name>', t.member.name)
    .option('--id <id>', t.member.idOption)
    .option('--json', t.jsonOption)
    .action(async (o: { body: string; name?: string; id?: string; json?: boolean }) => {
      if (o.name && o.id) throw new SamradError('input.invalid', { detail: t.usage.oneOf('--name', '--id') });
      const who = o.id ?? o.name;
      if (!who) throw new SamradError('input.invalid', { detail: t.member.needsNameOrId });
      const { store, clock } = await ctx.app();
      const removed = await removeMember(store, clock, CLI_ACTOR, { body: o.body, member: who });
      if (o.json) printJson(ctx.io, removed);
      else ctx.io.out(t.member.removed(removed.name, requireBody(store.read(), removed.body).name));
    });
}
