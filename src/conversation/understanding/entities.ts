import { swedishMonthNumber } from '../../domain/calendar-date.js';
import { foldText } from '../../domain/text.js';
import type { FuzzyLookup } from './fuzzy-lookup.js';
import { indexTerm } from './text-terms.js';

/**
 * The things a question names: an agenda item number, a date, an amount, a principal, a body, a
 * joint cost. Each is taken out of the question and replaced by a placeholder word (XITEM, XDATE,
 * ...) so that the intent can be recognised whatever the names were.
 */
export interface Entities {
  itemNumber?: number;
  date?: { day: number; month: number; year?: number };
  amount?: number;
  principalId?: string;
  bodyId?: string;
  costId?: string;
  /** The language the words around an entity were in ("item 6" is English, "punkt 6" Swedish). */
  languageHint?: 'sv' | 'en';
}

export interface Lookups {
  bodies: FuzzyLookup;
  principals: FuzzyLookup;
  costs: FuzzyLookup;
}

const NUMBER_WORDS: Record<string, number> = {
  ett: 1,
  en: 1,
  ettan: 1,
  forsta: 1,
  one: 1,
  first: 1,
  tva: 2,
  tvaan: 2,
  andra: 2,
  two: 2,
  second: 2,
  tre: 3,
  trean: 3,
  tredje: 3,
  three: 3,
  third: 3,
  fyra: 4,
  fyran: 4,
  fjarde: 4,
  four: 4,
  fourth: 4,
  fem: 5,
  femman: 5,
  femte: 5,
  five: 5,
  fifth: 5,
  sex: 6,
  sexan: 6,
  sjatte: 6,
  six: 6,
  sixth: 6,
  sju: 7,
  sjuan: 7,
  sjunde: 7,
  seven: 7,
  seventh: 7,
  atta: 8,
  attan: 8,
  attonde: 8,
  eight: 8,
  eighth: 8,
  nio: 9,
  nian: 9,
  nionde: 9,
  nine: 9,
  ninth: 9,
  tio: 10,
  tian: 10,
  tionde: 10,
  ten: 10,
  tenth: 10,
  elva: 11,
  elvan: 11,
  elfte: 11,
  eleven: 11,
  tolv: 12,
  tolvan: 12,
  tolfte: 12,
  twelve: 12,
  tretton: 13,
  trettonde: 13,
  thirteen: 13,
  fjorton: 14,
  fjortonde: 14,
  fourteen: 14,
  femton: 15,
  femtonde: 15,
  fifteen: 15,
};

const ITEM_WORD =
  '(?:punkt(?:en)?|pkt|p|arende(?:t)?|agendapunkt(?:en)?|item|point|nr|nummer|paragraf|beslut(?:et)?|decision|#)';
/** "punkt 5", "p.5", "ärende fem", "item 5": a number right after the word, or a number word after a space. */
const ITEM_BEFORE = new RegExp(`(?:^|\\s)${ITEM_WORD}(?:\\.?\\s*(\\d{1,2})|\\s+([a-z]+))(?=\\s|$)`, 'g');
/** "femte punkten", "5:e punkten". */
const ITEM_AFTER = /(?:^|\s)(\d{1,2}(?::e|:a|:an)?|[a-z]+)\s+(?:punkt(?:en)?|arende(?:t)?|item)(?=\s|$)/g;

/** Every match, overlapping ones too: "beslut punkt 5" must still find "punkt 5" after "beslut punkt". */
function overlappingMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const regex = new RegExp(pattern.source, 'g');
  const found: RegExpExecArray[] = [];
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    found.push(match);
    regex.lastIndex = match.index + 1;
  }
  return found;
}

function numberFrom(token: string): number | undefined {
  const digits = /^(\d{1,2})(?::e|:a|:an)?$/.exec(token);
  if (digits) return Number(digits[1]);
  return NUMBER_WORDS[token];
}

const MONTH_WORDS =
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec|january|february|march|may|june|july|august|october';
const ENGLISH_MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};

/** Replaces the words of a match with a placeholder, in folded text made of single-spaced words. */
function replaceTerms(folded: string, matchedTerms: readonly string[], placeholder: string): string {
  const wanted = new Set(matchedTerms);
  const out: string[] = [];
  for (const word of folded.split(' ')) {
    const term = indexTerm(word);
    const isMatch = term !== null && wanted.has(term);
    if (isMatch && out[out.length - 1] === placeholder) continue;
    out.push(isMatch ? placeholder : word);
  }
  return out.join(' ');
}

/** Finds the entities in a question and returns them with the question's words, placeholders put in. */
export function extractEntities(
  question: string,
  lookups: Lookups,
): { entities: Entities; text: string; topicText: string } {
  const entities: Entities = {};
  let text = ` ${foldText(question)
    .replace(/§\s*/g, 'paragraf ')
    .replace(/[^a-z0-9#:\- ]+/g, ' ')
    .replace(/\s+/g, ' ')} `;

  const itemMatch = [...overlappingMatches(ITEM_BEFORE, text), ...overlappingMatches(ITEM_AFTER, text)]
    .map((m) => ({ whole: m[0], number: numberFrom(m[1] ?? m[2] ?? '') }))
    .find((m) => m.number !== undefined);
  if (itemMatch) {
    entities.itemNumber = itemMatch.number;
    entities.languageHint = /\b(item|point)\b/.test(itemMatch.whole) ? 'en' : 'sv';
    text = text.replace(itemMatch.whole, ' xitem ');
  }

  const date = new RegExp(`\\b(\\d{1,2})(?::e|:a)?\\s+(${MONTH_WORDS})\\b(?:\\s+(\\d{4}))?`).exec(text);
  if (date) {
    const monthWord = date[2] ?? '';
    const month = swedishMonthNumber(monthWord) ?? ENGLISH_MONTHS[monthWord];
    if (month) {
      entities.date = { day: Number(date[1]), month, ...(date[3] ? { year: Number(date[3]) } : {}) };
      text = text.replace(date[0], ' xdate ');
    }
  }

  const amount =
    /\b(\d{1,3}(?:[ .]\d{3})+|\d{4,})(?:\s*(kr|kronor|sek))?\b|\b(\d+(?:[.,]\d+)?)\s*(msek|mkr|mnkr|miljoner|miljon|million|millions)\b/.exec(
      text,
    );
  if (amount) {
    entities.amount = amount[1]
      ? Number((amount[1] ?? '').replace(/[ .]/g, ''))
      : Math.round(Number((amount[3] ?? '').replace(',', '.')) * 1_000_000);
    text = text.replace(amount[0], ' xamount ');
  }

  text = text
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const principal = lookups.principals.find(text);
  if (principal) {
    entities.principalId = principal.id;
    text = replaceTerms(text, principal.matchedWords, 'xprincipal');
  }
  const body = lookups.bodies.find(text);
  if (body) {
    entities.bodyId = body.id;
    text = replaceTerms(text, body.matchedWords, 'xbody');
  }
  // A joint cost's name is also a topic ("var står beslutet om utvecklingsledare?"): the topic
  // keeps those words.
  const topicText = text;
  const cost = lookups.costs.find(text);
  if (cost) {
    entities.costId = cost.id;
    text = replaceTerms(text, cost.matchedWords, 'xcost');
  }
  return { entities, text, topicText };
}
