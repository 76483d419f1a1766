/** Small text helpers shared by the domain: Swedish-aware folding for ids and forgiving comparisons. */

/** Lower-cases and removes diacritics (å→a, ä→a, ö→o, é→e) so "Älvdalen" and "alvdalen" compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
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
