import { squeezeSpaces } from '../domain/text.js';

/**
 * Presenter lines: "Föredragande: Jeanette Hjortsberg", "Hans Liljeberg, Region Dalarna",
 * "Anna Berg (Falu kommun)", and several presenters joined by "och" or ";".
 */
export const PRESENTER_LABEL = /^(föredragande|föredragare|presentatör|ansvarig|presenter)\s*:?\s*(.*)$/i;

export interface Presenter {
  name: string;
  organisation: string | null;
}

function parseOne(text: string): Presenter {
  const parenthesised = /^(.+?)\s*\((.+)\)\s*\.?$/.exec(text);
  if (parenthesised)
    return {
      name: squeezeSpaces(parenthesised[1] ?? ''),
      organisation: squeezeSpaces(parenthesised[2] ?? ''),
    };
  const comma = text.indexOf(',');
  if (comma > 0) {
    return {
      name: squeezeSpaces(text.slice(0, comma)),
      organisation: squeezeSpaces(text.slice(comma + 1).replace(/\.$/, '')) || null,
    };
  }
  return { name: squeezeSpaces(text.replace(/\.$/, '')), organisation: null };
}

/**
 * Parses what follows "Föredragande:". Several presenters become one name string ("Anna Berg och
 * Per Ek") with their organisations listed once each. A split on "och" needs a capitalised name after
 * it, so "Hälso- och sjukvård" stays one organisation.
 */
export function parsePresenter(text: string): Presenter | null {
  const cleaned = squeezeSpaces(text);
  if (cleaned === '') return null;
  const people = cleaned
    .split(/\s*;\s*|\s+(?:och|samt|&)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u)
    .filter((part) => part.trim() !== '')
    .map(parseOne);
  const organisations = [...new Set(people.map((p) => p.organisation).filter((o): o is string => !!o))];
  return {
    name: people.map((p) => p.name).join(' och '),
    organisation: organisations.length > 0 ? organisations.join(', ') : null,
  };
}
