/** Small text helpers shared by the domain: Swedish-aware folding for ids and forgiving comparisons. */

/** Folded short texts (names, aliases, titles are folded again for every question): a pure function's results. */
const folded = new Map<string, string>();
const FOLD_CACHE_SIZE = 10_000;
const FOLD_CACHE_LENGTH = 200;

/** Lower-cases and removes diacritics (å→a, ä→a, ö→o, é→e) so "Älvdalen" and "alvdalen" compare equal. */
export function foldText(text: string): string {
  if (text.length > FOLD_CACHE_LENGTH) return fold(text);
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
  const result = fold(text);
  folded.set(text, result);
  return result;
}

function fold(text: string): string {
  return (
    text
      // Invisible characters (zero-width, direction marks) would split a word: "Fa\u200blun".
      .replace(/[\p{Default_Ignorable_Code_Point}\u061c\u180e]/gu, '')
      .normalize('NFKD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Turns a name into a stable, readable id: "Styrgrupp CHNV" → "styrgrupp-chnv". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Collapses runs of white space (including no-break spaces) into single spaces. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Returns `base`, or `base-2`, `base-3`, ... whichever is not taken yet. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
