import type { SamradData } from '../../domain/samrad-data.js';
import { COMMON_WORDS } from './common-words.js';
import { glossaryWords } from './topic-glossary.js';
import { terms } from './text-terms.js';

/**
 * Every word samrad can make sense of: the words of its intents' examples, the glossary, and what
 * the record names (agenda items, people, bodies, principals, joint costs). A question whose words
 * are mostly outside it ("hur gör jag en pivottabell i excel?", "how old is Zlatan?") is about
 * something else, and is told so instead of being given the nearest card.
 */
export class KnownWords {
  readonly #words = new Set<string>();
  /** The same words, sorted, for finding one that an abbreviation starts. */
  readonly #sorted: string[];
  /** Known words by length, for the forgiving look-up of a typo. */
  readonly #byLength = new Map<number, string[]>();

  constructor(data: SamradData, exampleTexts: Iterable<string>) {
    const texts: string[] = [...exampleTexts, ...glossaryWords(), ...COMMON_WORDS];
    for (const item of data.agendaItems) {
      texts.push(item.title, item.note ?? '', item.presenter ?? '', item.background, ...item.proposal);
      texts.push(...item.decision);
    }
    for (const person of data.people) texts.push(person.name);
    for (const body of data.bodies) texts.push(body.name, ...body.aliases);
    for (const principal of data.principals) texts.push(principal.name);
    for (const cost of data.jointCosts) texts.push(cost.name, ...cost.aliases);
    for (const text of texts) for (const term of terms(text)) this.#add(term);
    this.#sorted = [...this.#words].sort();
  }

  #add(term: string): void {
    if (this.#words.has(term)) return;
    this.#words.add(term);
    const list = this.#byLength.get(term.length) ?? [];
    list.push(term);
    this.#byLength.set(term.length, list);
  }

  /** Whether a term (as `indexTerm` makes it) is known, allowing one typo in a word of six letters or more. */
  knows(term: string): boolean {
    if (this.#words.has(term)) return true;
    // An abbreviation of a known word: "dagordn", "sekr", "ordf" (three letters say too little:
    // "tåg" is not "tagit").
    if (term.length >= 4 && /^[a-z]+$/.test(term) && startsLongerWord(this.#sorted, term)) return true;
    // Short words are too near each other for a typo to tell ("taget" is not "tagit").
    if (term.length < 6) return false;
    for (const length of [term.length - 1, term.length, term.length + 1]) {
      for (const known of this.#byLength.get(length) ?? []) if (withinOneEdit(term, known)) return true;
    }
    // A compound of two known words, with or without the joining s ("nominerings|tiden").
    for (let cut = 4; cut <= term.length - 3; cut++) {
      if (!this.#words.has(term.slice(0, cut))) continue;
      const rest = term.slice(cut);
      if (this.#words.has(rest) || (rest.startsWith('s') && this.#words.has(rest.slice(1)))) return true;
    }
    return false;
  }
}

/** Whether some word of a sorted list is longer than `prefix` and starts with it (a binary search). */
export function startsLongerWord(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? '') <= prefix) low = middle + 1;
    else high = middle;
  }
  // Past every word equal to or sorting before the prefix, the first is the nearest longer one.
  return (sorted[low] ?? '').startsWith(prefix);
}

/** Whether two words differ by at most one letter inserted, removed or replaced. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
