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

/**
 * Roughly how many bytes a JSON-like value takes written out (strings counted in UTF-16 units),
 * without writing it; stops counting past `limit`.
 */
export function jsonSize(value: unknown, limit = MAX_JSON_BYTES): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const current = stack.pop();
    if (typeof current === 'string') size += current.length + 2;
    else if (current === null || typeof current !== 'object') size += String(current).length;
    else {
      const entries = Object.entries(current);
      size += 2 + entries.length;
      for (const [key, child] of entries) {
        size += key.length + 3;
        stack.push(child);
      }
    }
  }
  return size;
}

/** A JSON object bounded in depth and size (a cycle counts as too deep). */
export const BoundedJsonObjectSchema = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  if (jsonDepth(value) > MAX_JSON_DEPTH) {
    ctx.addIssue({ code: 'custom', message: `nested deeper than ${MAX_JSON_DEPTH} levels` });
    return;
  }
  if (jsonSize(value) > MAX_JSON_BYTES) {
    ctx.addIssue({ code: 'custom', message: `larger than ${MAX_JSON_BYTES} bytes` });
  }
});
