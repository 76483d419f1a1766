import { Command, CommanderError, Option } from 'commander';
import { openAppContext, type AppContext } from '../app-context.js';
import { loadConfig, type Config } from '../config.js';
import { existsSync } from 'node:fs';
import { SamradError, isSamradError, type AgendaProblem } from '../errors/samrad-error.js';
import { CLI_TEXTS, type CliTexts } from '../i18n/cli-texts.js';
import { agendaProblemLine, errorMessage } from '../i18n/error-messages.js';
import { DEFAULT_LANG, LangSchema, type Lang } from '../i18n/lang.js';
import { processIo, type CliIo } from './cli-io.js';
import type { CommandContext } from './command-context.js';
import { registerAgendaCommands } from './commands/agenda-commands.js';
import { registerBodyCommands } from './commands/body-commands.js';
import { registerCostSplitCommand } from './commands/cost-split-command.js';
import { registerDbCommands } from './commands/db-commands.js';
import { registerDecisionCommands } from './commands/decision-commands.js';
import { registerMeetingCommands } from './commands/meeting-commands.js';
import { registerMemberCommands } from './commands/member-commands.js';
import { registerNominationCommands } from './commands/nomination-commands.js';

/** Exit codes: 0 done, 1 a fault in samrad itself, 2 bad arguments, a bad file or a refused change. */
const EXIT = { ok: 0, fault: 1, badInput: 2 } as const;

/**
 * The language to speak, read before the command line is parsed so that even help and argument
 * errors come in it: `--lang en` / `--lang=en`, else SAMRAD_LANG, else Swedish.
 */
function languageFrom(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = index < 0 ? env['SAMRAD_LANG'] : (argv[index]?.split('=')[1] ?? argv[index + 1]);
  return LangSchema.safeParse(value).success ? (value as Lang) : DEFAULT_LANG;
}

/** Commander's own errors, in the reader's language. */
function usageMessage(error: CommanderError, t: CliTexts): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return t.usage.unknownOption(quoted);
    case 'commander.unknownCommand':
      return t.usage.unknownCommand(quoted);
    case 'commander.missingArgument':
      return t.usage.missingArgument(quoted);
    case 'commander.missingMandatoryOptionValue':
      return t.usage.missingOption(quoted.split(' ')[0] ?? quoted);
    case 'commander.optionMissingArgument':
      return t.usage.optionNeedsValue(quoted.split(' ')[0] ?? quoted);
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\./.exec(error.message)?.[1] ?? '';
      const value = /argument '([^']+)'/.exec(error.message)?.[1] ?? quoted;
      return t.usage.invalidChoice(value, choices);
    }
    case 'commander.excessArguments':
      return t.usage.tooManyArguments;
    default:
      return error.message.replace(/^error:\s*/, '');
  }
}

function buildProgram(ctx: CommandContext): Command {
  const t = ctx.texts;
  const program = new Command('samrad')
    .description(t.program)
    .helpOption('-h, --help', t.help)
    .helpCommand(false)
    .addOption(new Option('--lang <lang>', t.langOption).choices(['sv', 'en']))
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureHelp({ styleTitle: (title) => t.usage.helpWords[title] ?? title })
    .configureOutput({
      writeOut: (text) =>
        ctx.io.out(
          text.replace(
            /\((choices|default): /g,
            (whole, word: string) => `(${t.usage.helpWords[`${word}:`] ?? `${word}:`} `,
          ),
        ),
      writeErr: () => undefined,
      outputError: () => undefined,
    });
  registerAgendaCommands(program, ctx);
  registerMeetingCommands(program, ctx);
  registerMemberCommands(program, ctx);
  registerBodyCommands(program, ctx);
  registerDecisionCommands(program, ctx);
  registerNominationCommands(program, ctx);
  registerCostSplitCommand(program, ctx);
  registerDbCommands(program, ctx);
  // Every sub-command inherits the help option text; commander copies settings at creation only.
  for (const command of program.commands) {
    command.helpOption('-h, --help', t.help);
    for (const sub of command.commands) sub.helpOption('-h, --help', t.help);
  }
  return program;
}

function reportError(
  error: unknown,
  ctx: { io: CliIo; lang: Lang; texts: CliTexts; debug: boolean },
): number {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.help' ||
      error.code === 'commander.version'
    ) {
      return EXIT.ok;
    }
    ctx.io.err(`${usageMessage(error, ctx.texts)} ${ctx.texts.usage.seeHelp}`);
    return EXIT.badInput;
  }
  if (isSamradError(error)) {
    ctx.io.err(errorMessage(error.code, error.params, ctx.lang));
    const problems = error.params['problems'] as readonly AgendaProblem[] | undefined;
    for (const problem of problems ?? []) ctx.io.err(`  ${agendaProblemLine(problem, ctx.lang)}`);
    if (ctx.debug && error.cause) ctx.io.err(String((error.cause as Error).stack ?? error.cause));
    return error.code === 'internal' || error.code === 'store.write-failed' ? EXIT.fault : EXIT.badInput;
  }
  // A fault in samrad: a plain line for the person, the details only when asked for.
  ctx.io.err(errorMessage('internal', {}, ctx.lang));
  if (ctx.debug) ctx.io.err(String((error as Error)?.stack ?? error));
  return EXIT.fault;
}

/** Runs the `samrad` command line and returns the exit code. Never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = processIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const lang = languageFrom(argv, env);
  const texts = CLI_TEXTS[lang];
  let exitCode: number = EXIT.ok;
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    return reportError(error, { io, lang, texts, debug: Boolean(env['SAMRAD_DEBUG']) });
  }
  let app: Promise<AppContext> | null = null;
  const ctx: CommandContext = {
    lang,
    texts,
    io,
    config,
    // Only `samrad demo` and the bot's first start create a store: a command given a file that
    // does not exist (a typo in SAMRAD_DB) says so, rather than make a demo store there.
    app: () =>
      (app ??= existsSync(config.storeFile)
        ? openAppContext(config)
        : Promise.reject(new SamradError('store.missing', { file: config.storeFile }))),
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  try {
    const program = buildProgram(ctx);
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, { io, lang, texts, debug: Boolean(env['SAMRAD_DEBUG']) });
  } finally {
    // Every change is already on disk; the snapshot is rewritten only once the journal is long.
    const opened = await (app as Promise<AppContext> | null)?.catch(() => null);
    await opened?.store.close({ compact: false });
  }
}
