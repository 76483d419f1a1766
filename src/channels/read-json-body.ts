import type { IncomingMessage } from 'node:http';
import { jsonDepth } from '../domain/json-value.js';

/** A Bot Framework activity is a few kB; a card action's data a few more. Nothing real needs more. */
export const MAX_BODY_BYTES = 512 * 1024;
/** Activities nest a handful of levels (entities, attachments, card data); anything deeper is not one. */
export const MAX_BODY_DEPTH = 32;

/**
 * How much of a too-large body is still read (and dropped) so that an honest sender, still writing,
 * receives the 413 rather than a reset connection. Past it the connection is closed: a sender that
 * never stops costs a bounded read, not a connection held for as long as it likes.
 */
export const MAX_DISCARDED_BYTES = 4 * 1024 * 1024;

export type BodyResult =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; status: 400 | 413 | 415; reason: string; closeConnection: boolean };

/**
 * Reads a request's JSON body with limits, before anything else looks at it: a body larger than
 * MAX_BODY_BYTES is refused (413) as soon as it is announced or read, never kept or parsed; one
 * that is not a JSON object, or nests deeper than MAX_BODY_DEPTH, is refused (400). So nothing a
 * sender puts in a request can reach the conversation or the store unbounded. When the rest of a
 * body is left unread, `closeConnection` says the answer must close the connection.
 */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    return refuseUnread(request, 415, 'expected application/json');
  }
  const announced = Number(request.headers['content-length'] ?? NaN);
  if (announced > limit + MAX_DISCARDED_BYTES) {
    return refuseUnread(request, 413, `larger than ${limit} bytes`);
  }
  const read = await readLimited(request, limit);
  if (read === 'cut-off') return refused(400, 'the request was cut off', true);
  if (read === 'too-large') return refused(413, `larger than ${limit} bytes`, !request.complete);
  let body: unknown;
  try {
    body = JSON.parse(read.toString('utf8'));
  } catch {
    return refused(400, 'not JSON', false);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return refused(400, 'not a JSON object', false);
  }
  if (jsonDepth(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
    return refused(400, `nested deeper than ${MAX_BODY_DEPTH} levels`, false);
  }
  return { ok: true, body: body as Record<string, unknown> };
}

export type RawBodyResult = { ok: true; body: Buffer } | Extract<BodyResult, { ok: false }>;

/**
 * Reads a request's body as the bytes that arrived, with the same limits, for a route that must
 * check a signature over exactly those bytes before it parses anything (Slack's).
 */
export async function readRawBody(request: IncomingMessage, limit: number): Promise<RawBodyResult> {
  const announced = Number(request.headers['content-length'] ?? NaN);
  if (announced > limit + MAX_DISCARDED_BYTES) {
    return refuseUnread(request, 413, `larger than ${limit} bytes`) as Extract<BodyResult, { ok: false }>;
  }
  const read = await readLimited(request, limit);
  if (read === 'cut-off') return refused(400, 'the request was cut off', true);
  if (read === 'too-large') return refused(413, `larger than ${limit} bytes`, !request.complete);
  return { ok: true, body: read };
}

function refused(
  status: 400 | 413 | 415,
  reason: string,
  closeConnection: boolean,
): Extract<BodyResult, { ok: false }> {
  return { ok: false, status, reason, closeConnection };
}

/** Refused from the headers alone: a small body is drained, a large one left for the closing connection. */
function refuseUnread(request: IncomingMessage, status: 413 | 415, reason: string): BodyResult {
  const announced = Number(request.headers['content-length'] ?? NaN);
  if (announced <= MAX_DISCARDED_BYTES) {
    request.resume();
    return refused(status, reason, false);
  }
  return refused(status, reason, true);
}

/**
 * The body's bytes, up to `limit`. Past the limit nothing is kept; past MAX_DISCARDED_BYTES more,
 * reading stops.
 */
function readLimited(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'cut-off'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | 'too-large' | 'cut-off') => {
      request.off('data', onData).off('end', onEnd).off('error', onCutOff).off('aborted', onCutOff);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit + MAX_DISCARDED_BYTES) {
        request.pause();
        done('too-large');
      }
    };
    const onEnd = () => done(size > limit ? 'too-large' : Buffer.concat(chunks, size));
    const onCutOff = () => done('cut-off');
    request.on('data', onData).on('end', onEnd).on('error', onCutOff).on('aborted', onCutOff);
  });
}
