import MiniSearch from 'minisearch';
import type { AgendaItem } from '../../domain/agenda-item.js';
import { recordByKey, versionOf } from '../../domain/data-index.js';
import { roundOfItem } from '../../domain/nomination.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { indexTerm, tokenize } from './text-terms.js';

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
  return (
    indexFor(data)
      .search(query, {
        boost: { title: 3, clauses: 2, note: 1, background: 1, presenter: 1 },
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length >= 6 ? 0.2 : 0),
        combineWith: 'AND',
      })
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
