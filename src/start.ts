import { runCli } from './cli/main.js';

/**
 * `npm start`: opens the store (the first start fills it with demo data) and shows the calendar and
 * the next meeting's agenda. The chat channels hook in here as they arrive.
 */
process.exitCode = (await runCli(['meeting', 'list'])) || (await runCli(['agenda', 'show', '--next']));
