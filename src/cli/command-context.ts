import type { AppContext } from '../app-context.js';
import type { Config } from '../config.js';
import type { CliTexts } from '../i18n/cli-texts.js';
import type { Lang } from '../i18n/lang.js';
import type { CliIo } from './cli-io.js';
import { systemActor, type Actor } from '../services/ports.js';

/** What each command module gets: the reader's language and texts, the output, and the store on demand. */
export interface CommandContext {
  lang: Lang;
  texts: CliTexts;
  io: CliIo;
  config: Config;
  /** Opens the store the first time a command needs it (db check must not, to inspect a broken file). */
  app(): Promise<AppContext>;
  /** Sets the exit code for a command that reports a failure itself (e.g. db check on a broken file). */
  setExitCode(code: number): void;
}

/** Changes made from the command line: the system, acting for the operator who runs it. */
export const CLI_ACTOR: Actor = systemActor('cli');
