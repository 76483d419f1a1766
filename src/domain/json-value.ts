import { z } from 'zod';

/**
 * Opaque JSON that samrad keeps for others: a channel's address of a message or a chat, an audit
 * entry's details. samrad never looks inside, but it bounds it, so that nothing a chat platform or
 * a person sends can make a record too deep to store or too large to write.
 */
export const MAX_JSON_DEPTH = 12;
export const MAX_JSON_BYTES = 16 * 1024;

/** The nesting depth of a JSON-like value, counted without recursion, stopping past `limit`. */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    // A value met twice on the way down is a cycle, or shared: either way deeper than allowed.
    if (seen.has(current)) return limit + 1;
    seen.add(current);
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push({ value: child, depth: level });
  }
  return deepest;
}

/** A JSON object bounded in depth and size. */
export const BoundedJsonObjectSchema = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  if (jsonDepth(value) > MAX_JSON_DEPTH) {
    ctx.addIssue({ code: 'custom', message: `nested deeper than ${MAX_JSON_DEPTH} levels` });
    return;
  }
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not JSON' });
    return;
  }
  if (new TextEncoder().encode(text).length > MAX_JSON_BYTES) {
    ctx.addIssue({ code: 'custom', message: `larger than ${MAX_JSON_BYTES} bytes` });
  }
});
