import http from 'node:http';

/** What one run of load against one bot gave. */
export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  /** Milliseconds per request, sorted. */
  latencies: number[];
}

export interface LoadPlan {
  url: string;
  connections: number;
  seconds: number;
  /** The JSON body of the n-th request on a connection. */
  body: (connection: number, n: number) => unknown;
  /** Whether a response is a right answer (not only a 200). */
  ok: (status: number, body: string) => boolean;
}

/**
 * Closed-loop load: each connection (kept alive) sends its next request as soon as the last one is
 * answered, for a fixed time. Errors are counted, never retried.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.connections });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + plan.seconds * 1000;
  await Promise.all(
    Array.from({ length: plan.connections }, async (_, connection) => {
      for (let n = 0; performance.now() < end; n++) {
        const t0 = performance.now();
        const answer = await post(agent, plan.url, JSON.stringify(plan.body(connection, n))).catch(
          () => null,
        );
        latencies.push(performance.now() - t0);
        if (!answer || !plan.ok(answer.status, answer.body)) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: latencies.length, errors, seconds, latencies: latencies.sort((a, b) => a - b) };
}

function post(agent: http.Agent, url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/**
 * A stand-in for the Bot Framework connector, where both bots send their replies: answers every
 * POST (a new message) and PUT (an updated card) at once, as the real service does.
 */
export async function startFakeConnector(): Promise<{
  url: string;
  received: () => number;
  close: () => Promise<void>;
}> {
  let received = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received}` }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
