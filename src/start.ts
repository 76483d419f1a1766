import { loadConfig } from './config.js';
import { errorMessage } from './i18n/error-messages.js';
import { isSamradError } from './errors/samrad-error.js';
import { jsonLogger } from './logger.js';
import { prefetchFile } from './store/prefetch.js';
import { STARTUP_TEXTS } from './i18n/startup-texts.js';

/** `npm start`: starts the bot on its store (the first start fills it with demo data) and says how to reach it. */
async function main(): Promise<void> {
  const config = loadConfig();
  // Read the store's snapshot while the bot's libraries load: the two overlap instead of adding up.
  const prefetched = prefetchFile(config.storeFile);
  const { startServer } = await import('./server.js');
  const server = await startServer(config, jsonLogger, { prefetched });
  const t = STARTUP_TEXTS[config.lang];
  const lines = [t.listening(server.url, config.storeFile)];
  if (server.localMode) {
    const only = ['127.0.0.1', 'localhost', '::1'].includes(config.host);
    lines.push(t.localMode, t.reach(config.host, only));
    lines.push(
      t.chatPage(`${server.url}/chat`),
      t.panelPage(`${server.url}/tab`),
      t.emulator(`${server.url}/api/messages`),
    );
  } else lines.push(t.registered);
  lines.push(t.slack(server.slack, server.url));
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // One clear line for a bad setting or a broken store; the details of anything else go to the log.
  if (isSamradError(error)) process.stderr.write(`${errorMessage(error.code, error.params, loadLang())}\n`);
  else jsonLogger.error('start.failed', error);
  process.exit(isSamradError(error) && error.code !== 'internal' ? 2 : 1);
});

function loadLang() {
  return process.env['SAMRAD_LANG'] === 'en' ? 'en' : 'sv';
}
