import { fdatasync, openSync, write } from 'node:fs';
import { promisify } from 'node:util';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import restify from 'restify';

/**
 * The yardstick for `npm run bench`: the least a Teams bot on botbuilder and restify can do for
 * the same requests. A message gets a one-line reply through the connector; a card action is
 * appended to a file and answered once it is on the disk, with one fdatasync for all actions that
 * arrived meanwhile (group commit): the floor for a vote that is durably recorded.
 */
const writeAsync = promisify(write);
const fdatasyncAsync = promisify(fdatasync);

class GroupCommitLog {
  readonly #fd: number;
  #pending: { line: string; done: (error?: unknown) => void }[] = [];
  #writing = false;

  constructor(file: string) {
    this.#fd = openSync(file, 'a', 0o600);
  }

  append(line: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ line, done: (error) => (error ? reject(error) : resolve()) });
      if (!this.#writing) void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    this.#writing = true;
    while (this.#pending.length > 0) {
      const batch = this.#pending.splice(0);
      try {
        const bytes = Buffer.from(batch.map((p) => p.line).join(''), 'utf8');
        let written = 0;
        while (written < bytes.length) {
          written += (await writeAsync(this.#fd, bytes, written, bytes.length - written)).bytesWritten;
        }
        await fdatasyncAsync(this.#fd);
        for (const p of batch) p.done();
      } catch (error) {
        for (const p of batch) p.done(error);
      }
    }
    this.#writing = false;
  }
}

class ReferenceBot extends ActivityHandler {
  constructor(readonly log: GroupCommitLog) {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Nästa möte: fredag 4 december 2026, kl. 9.30–12.`);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = invokeValue.action as { verb?: string; data?: unknown };
    await this.log.append(
      `${JSON.stringify({ at: new Date().toISOString(), from: context.activity.from.id, verb: action.verb, data: action.data })}\n`,
    );
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'Din röst är registrerad.' }],
      } as never,
    };
  }
}

const port = Number(process.env['PORT'] ?? 3979);
const logFile = process.env['REFERENCE_LOG'] ?? 'reference-actions.jsonl';
// No app id: requests are not authenticated, as samrad's local mode.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ReferenceBot(new GroupCommitLog(logFile));
const server = restify.createServer({ name: 'reference-bot' });
server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
  res.send(200, { status: 'ok' });
});
server.post(
  '/api/messages',
  restify.plugins.jsonBodyParser({ mapParams: false }),
  async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  },
);
server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
