import { formatPath } from './store-paths.js';

/**
 * The first key that appears twice in one object of a JSON text, with where it is, or null.
 * JSON.parse keeps the last of two equal keys without a word: a list pasted twice into a file, or a
 * field repeated by hand, would load as the last one and the other would be lost at the next write.
 * The text must already be valid JSON (this only walks it).
 */
export function findDuplicateKey(text: string): { path: string; key: string } | null {
  type Frame = { object: boolean; keys: Set<string>; expectKey: boolean; index: number; key: string };
  const stack: Frame[] = [];
  const pathOf = (frames: Frame[]) => formatPath(frames.map((f) => (f.object ? f.key : f.index)));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const frame = stack.at(-1);
      if (frame?.object && frame.expectKey) {
        const raw = text.slice(start, i + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (frame.keys.has(key)) {
          frame.key = key;
          return { path: pathOf(stack), key };
        }
        frame.keys.add(key);
        frame.key = key;
        frame.expectKey = false;
      }
    } else if (c === 0x7b /* { */) {
      stack.push({ object: true, keys: new Set(), expectKey: true, index: 0, key: '' });
    } else if (c === 0x5b /* [ */) {
      stack.push({ object: false, keys: new Set(), expectKey: false, index: 0, key: '' });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const frame = stack.at(-1);
      if (frame?.object) frame.expectKey = true;
      else if (frame) frame.index++;
    }
  }
  return null;
}

/** Where the first byte that is not part of valid UTF-8 text is, or null when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return null;
  } catch {
    // Rare, and only to name the place: find the shortest start that does not decode, by halving.
    const decodes = (length: number) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
        return true;
      } catch {
        return false;
      }
    };
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      if (decodes(middle)) good = middle;
      else bad = middle;
    }
    return bad - 1;
  }
}
