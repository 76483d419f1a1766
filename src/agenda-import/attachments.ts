import { trimPunctuation } from './clean-line.js';

/**
 * Attachment references (bilagor) in item titles, in every form secretaries write them:
 * "Bil 2", "Bil. 5", "Bilaga 3-8", "Bilaga 2–4", "Bil 13,14,15", "Bil 6, 7", "Bilagor 4 och 5", "(bil 3)".
 */
const NUMBER_LIST = String.raw`\d{1,3}(?:\s*(?:[-–—]|,|och|&|\+|samt)\s*\d{1,3})*`;
const REFERENCE = new RegExp(
  String.raw`(?:^|[\s,(;:])\(?\s*(?:bilagor|bilaga|bil)\b\.?\s*(${NUMBER_LIST})\s*\)?`,
  'giu',
);
const MAX_RANGE = 50;

/** "3-8" → [3..8], "13,14,15" → [13,14,15], "4 och 5" → [4,5]. */
export function parseNumberList(text: string): number[] {
  const numbers: number[] = [];
  for (const part of text.split(/\s*(?:,|och|&|\+|samt)\s*/)) {
    const range = /^(\d+)\s*[-–—]\s*(\d+)$/.exec(part.trim());
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to >= from && to - from <= MAX_RANGE) for (let n = from; n <= to; n++) numbers.push(n);
      else numbers.push(from, to);
    } else if (/^\d+$/.test(part.trim())) {
      numbers.push(Number(part.trim()));
    }
  }
  return numbers.filter((n) => n > 0);
}

/** All attachment numbers referred to anywhere in a text, sorted and without repeats. */
export function findAttachmentNumbers(text: string): number[] {
  const numbers = [...text.matchAll(REFERENCE)].flatMap((m) => parseNumberList(m[1] ?? ''));
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/**
 * Splits a title into the title proper, its attachment numbers and a trailing note:
 * "Beslut om X (TN-platser), Bilaga 3-8. OBS! Bilaga 3 nytt underlag"
 * → title "Beslut om X (TN-platser)", attachments 3..8, note "OBS! Bilaga 3 nytt underlag".
 */
export function splitTitle(text: string): { title: string; attachments: number[]; note: string | null } {
  const titleParts: string[] = [];
  let cursor = 0;
  let note: string | null = null;
  for (const match of text.matchAll(REFERENCE)) {
    titleParts.push(text.slice(cursor, match.index));
    cursor = (match.index ?? 0) + match[0].length;
    const rest = text.slice(cursor);
    // A new sentence after the reference is a remark about the item, not part of its title.
    if (/^\s*[.;!]\s*\S/.test(rest) || /^\s*[,.;:]?\s*(OBS|Obs|NB|Observera)\b/.test(rest)) {
      note = trimPunctuation(rest);
      cursor = text.length;
      break;
    }
  }
  titleParts.push(text.slice(cursor));
  return {
    title: trimPunctuation(titleParts.join(' ').replace(/\s+/g, ' ')),
    attachments: findAttachmentNumbers(text),
    note: note === '' ? null : note,
  };
}
