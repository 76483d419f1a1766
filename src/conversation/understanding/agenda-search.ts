import MiniSearch from 'minisearch';
import type { AgendaItem } from '../../domain/agenda-item.js';
import { recordByKey, versionOf } from '../../domain/data-index.js';
import { roundOfItem } from '../../domain/nomination.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { indexTerm, terms, tokenize } from './text-terms.js';
import { inAgendaWords } from './topic-glossary.js';

/**
 * Full-text search over every agenda item ("hjärtsvikt", "tillnyktring"): MiniSearch with the same
 * word handling as the rest of the conversation, prefix matching so "tillnyktring" finds
 * "tillnyktringsplatser", and a little fuzziness for typos. Titles weigh most.
 */
export interface SearchHit {
  item: AgendaItem;
  score: number;
}

type ItemDocument = AgendaItem & { clauses: string };

const indexes = new WeakMap<SamradData, { version: string; index: MiniSearch<ItemDocument> }>();

/** The search index, built again only when the agenda items have changed since it was built. */
function indexFor(data: SamradData): MiniSearch<ItemDocument> {
  const version = versionOf(data, ['agendaItems']);
  const known = indexes.get(data);
  if (known && version !== null && known.version === version) return known.index;
  {
    const index = new MiniSearch<ItemDocument>({
      fields: ['title', 'clauses', 'background', 'presenter', 'note'],
      storeFields: ['id'],
      tokenize,
      processTerm: indexTerm,
      extractField: (doc, field) => String((doc as unknown as Record<string, unknown>)[field] ?? ''),
    });
    index.addAll(
      data.agendaItems.map((item) => ({ ...item, clauses: [...item.proposal, ...item.decision].join(' ') })),
    );
    if (version !== null) indexes.set(data, { version, index });
    return index;
  }
}

/** Items matching a query, best first; `filter` narrows them (e.g. to past meetings). */
export function searchAgendaItems(
  data: SamradData,
  query: string,
  filter: (item: AgendaItem) => boolean = () => true,
): SearchHit[] {
  const index = indexFor(data);
  const agendaWords = inAgendaWords(query);
  const options = {
    boost: { title: 3, clauses: 2, note: 1, background: 1, presenter: 1 },
    prefix: (term: string) => term.length >= 4,
    fuzzy: (term: string) => (term.length >= 6 ? 0.2 : 0),
  };
  // Every word, when some item has them all; otherwise the items with most of them ("the heart
  // failure programme" finds the heart-failure care programme though no item says "programme").
  const all = index.search(agendaWords, { ...options, combineWith: 'AND' });
  const wanted = terms(agendaWords).length;
  const results =
    all.length > 0 || wanted < 2
      ? all
      : index
          .search(agendaWords, { ...options, combineWith: 'OR' })
          .filter((r) => r.queryTerms.length * 2 >= wanted);
  return (
    results
      // The clauses (and, sent on, the background) of an item that puts a nomination round to
      // decision name the nominees, whom only members may see: the index is everyone's, so such an
      // item is found by its title, presenter and note alone.
      .filter((result) => !foundOnlyInQuoted(result.match) || !roundOfItem(data, String(result.id)))
      .map((result) => ({
        item: recordByKey(data, 'agendaItems', 'id', String(result.id)),
        score: result.score,
      }))
      .filter((hit): hit is SearchHit => hit.item !== undefined && filter(hit.item))
  );
}

/** Whether some word of the query matched only an item's clauses or background. */
function foundOnlyInQuoted(match: Record<string, string[]>): boolean {
  return Object.values(match).some((fields) => fields.every((f) => f === 'clauses' || f === 'background'));
}
