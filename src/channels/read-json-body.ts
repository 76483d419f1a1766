import type { IncomingMessage } from 'node:http';
import { jsonDepth } from '../domain/json-value.js';

/** A Bot Framework activity is a few kB; a card action's data a few more. Nothing real needs more. */
export const MAX_BODY_BYTES = 512 * 1024;
/** Activities nest a handful of levels (entities, attachments, card data); anything deeper is not one. */
export const MAX_BODY_DEPTH = 32;

export type BodyResult =
  { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; reason: string };

/**
 * Reads a request's JSON body with limits, before anything else looks at it: a body larger than
 * MAX_BODY_BYTES is refused (413) as soon as it is announced or read, never parsed; one that is not
 * a JSON object, or nests deeper than MAX_BODY_DEPTH, is refused (400). So nothing a sender puts in
 * a request can reach the conversation or the store unbounded.
 */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    request.resume();
    return { ok: false, status: 415, reason: 'expected application/json' };
  }
  const announced = Number(request.headers['content-length'] ?? NaN);
  if (announced > limit) {
    request.resume();
    return { ok: false, status: 413, reason: `larger than ${limit} bytes` };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      // Once too large, the rest is read and dropped, so the answer reaches the sender.
      if (!tooLarge) chunks.push(chunk);
    }
  } catch {
    return { ok: false, status: 400, reason: 'the request was cut off' };
  }
  if (tooLarge) return { ok: false, status: 413, reason: `larger than ${limit} bytes` };
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
  } catch {
    return { ok: false, status: 400, reason: 'not JSON' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, status: 400, reason: 'not a JSON object' };
  }
  if (jsonDepth(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
    return { ok: false, status: 400, reason: `nested deeper than ${MAX_BODY_DEPTH} levels` };
  }
  return { ok: true, body: body as Record<string, unknown> };
}
