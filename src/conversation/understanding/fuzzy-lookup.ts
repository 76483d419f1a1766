import MiniSearch from 'minisearch';
import { indexTerm, terms, tokenize } from './text-terms.js';

/**
 * Finds a named thing (a body, a principal, a joint cost) mentioned in a question, forgiving typos
 * and endings: "valfärdsrådet", "Chefsnätverkets", "Malung Sälen". Built on MiniSearch's fuzzy and
 * prefix search; a name counts as mentioned when at least half of its words are in the question.
 */
export interface NamedEntry {
  id: string;
  names: readonly string[];
}

export interface LookupMatch {
  id: string;
  /** The words of the question that matched, so they can be taken out of the rest of it. */
  matchedWords: string[];
  score: number;
}

interface NameDocument {
  key: string;
  entryId: string;
  name: string;
  termCount: number;
}

/** Words that many names share, as `indexTerm` makes them. */
const GENERIC = new Set(
  [
    'natverk',
    'natverket',
    'grupp',
    'gruppen',
    'styrgrupp',
    'styrgruppen',
    'arbetsgrupp',
    'kommun',
    'region',
    'network',
    'group',
    'steering',
    'kommuner',
    'dalarna',
  ].map((w) => indexTerm(w) ?? w),
);

export class FuzzyLookup {
  readonly #index: MiniSearch<NameDocument>;

  constructor(entries: readonly NamedEntry[]) {
    this.#index = new MiniSearch<NameDocument>({
      idField: 'key',
      fields: ['name'],
      storeFields: ['entryId', 'termCount'],
      tokenize,
      processTerm: indexTerm,
    });
    this.#index.addAll(
      entries.flatMap((entry) =>
        entry.names.map((name, i) => ({
          key: `${entry.id}#${i}`,
          entryId: entry.id,
          name,
          termCount: terms(name).length,
        })),
      ),
    );
  }

  /** The best-matching entry mentioned in the text, or null. */
  find(text: string): LookupMatch | null {
    return this.findAll(text)[0] ?? null;
  }

  /** Every entry mentioned in the text, best first, each entry once. */
  findAll(text: string): LookupMatch[] {
    const results = this.#index.search(text, {
      // Two typos only in long names: "bordlägg" must not be taken for "Borlänge"; none in words of
      // five letters ("säker" is not "Säter").
      fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 6 ? 1 : 0),
      // Five letters at least: "chef" is not the start of "Chefsnätverket".
      prefix: (term) => term.length >= 5,
      combineWith: 'OR',
    });
    const best = new Map<string, LookupMatch>();
    for (const result of results) {
      const matchedNameTerms = Object.keys(result.match).length;
      const termCount = Number(result['termCount']) || 1;
      if (matchedNameTerms / termCount < 0.5) continue;
      // Half of a name is not enough when that half is a word every such name has ("nätverk",
      // "gruppen"): "nåt nätverk" names no network.
      if (matchedNameTerms < termCount && Object.keys(result.match).every((t) => GENERIC.has(t))) continue;
      const entryId = String(result['entryId']);
      const score = result.score * (matchedNameTerms / termCount);
      const previous = best.get(entryId);
      if (!previous || score > previous.score) {
        best.set(entryId, { id: entryId, matchedWords: result.queryTerms, score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }
}
