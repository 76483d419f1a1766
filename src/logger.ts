/**
 * The server's log: one JSON line per event on standard error, so a hosting platform can collect
 * it. Errors carry their stack here, and only here.
 */
export interface Logger {
  info(event: string, details?: Record<string, unknown>): void;
  warn(event: string, details?: Record<string, unknown>): void;
  error(event: string, error: unknown, details?: Record<string, unknown>): void;
}

function write(level: string, event: string, details: Record<string, unknown>): void {
  process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), level, event, ...details })}\n`);
}

export const jsonLogger: Logger = {
  info: (event, details = {}) => write('info', event, details),
  warn: (event, details = {}) => write('warn', event, details),
  error: (event, error, details = {}) =>
    write('error', event, {
      ...details,
      error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
    }),
};

/** A logger that keeps quiet, for tests that check other things. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
