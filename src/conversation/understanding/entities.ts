import { foldText } from '../../domain/text.js';
import { writeOut } from './colloquial.js';
import type { FuzzyLookup, LookupMatch } from './fuzzy-lookup.js';
import { findAmount } from './amounts.js';
import { findPeriod, type Period } from './periods.js';
import { indexTerm } from './text-terms.js';

/**
 * The things a question names: an agenda item number, a date, an amount, a principal, a body, a
 * joint cost. Each is taken out of the question and replaced by a placeholder word (XITEM, XDATE,
 * ...) so that the intent can be recognised whatever the names were.
 */
export interface Entities {
  item?: number;
  /** A day or a period ("i morgon", "nästa vecka", "i mars", "april 2020"), resolved against today. */
  period?: Period;
  /** Kronor. */
  amount?: number;
  /** The principal named first; `principals` has them all when more than one is named. */
  principal?: string;
  principals?: string[];
  body?: string;
  cost?: string;
  role?: 'chair' | 'secretary';
  /** "endast kommunerna", "municipalities only": a cost shared by the municipalities alone. */
  scope?: 'municipalities';
  /** The language the words around an entity were in ("item 6" is English, "punkt 6" Swedish). */
  languageHint?: 'sv' | 'en';
  /** "the following one", "nästa då": the meeting after this one (a follow-up's). */
  afterMeeting?: string;
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
const ITEM_BEFORE = new RegExp(
  `(?:^|\\s)${ITEM_WORD}(?:\\.?\\s*(\\d{1,2})|\\s+([a-z]+))(?=[\\s,;!?]|\\.(?!\\d)|$)`,
  'g',
);
/** "femte punkten", "5:e punkten". */
const ITEM_AFTER =
  /(?:^|\s)(\d{1,2}(?::e|:a|:an)?|forsta|andra|tredje|fjarde|femte|sjatte|sjunde|attonde|nionde|tionde|elfte|tolfte|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:punkt(?:en)?|arende(?:t)?|item)(?=[\s,.;!?]|$)/g;

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

const ROLES: [RegExp, 'chair' | 'secretary'][] = [
  [/\b(ordforande\w*|ordf|leder|ledare|chairs?|chairman|chairperson|leads?|head)\b/, 'chair'],
  [
    /\b(sekreterar\w*|sekr|secretary|protokoll\w*|minutes|minnesanteckning\w*|anteckningar\w*|notes|notetaker)\b/,
    'secretary',
  ],
];
/** Whether a word names a role ("sekr", "ordförande", "chair"), as the question reader finds them. */
export function isRoleWord(word: string): boolean {
  return ROLES.some(([pattern]) => pattern.test(word));
}

const MUNICIPALITIES_ONLY =
  /\b((endast|bara|enbart|only)\s+(?:\w+\s+){0,3}?(kommunerna|the municipalities)\s+(som\s+)?(betalar|delar|pay|share)|(endast|bara|enbart|only)\s+(pa\s+|mellan\s+|for\s+)?(kommunerna|kommuner|kommunernas|the municipalities|municipalities)|kommunernas (del|andel)|(the )?municipalities only|between the municipalities only|utan regionen|without the region)\b/;

/** Words after which a body's name is what is talked about, not who: "om styrgruppen", "bilda GNV". */
const SUBJECT_WORDS = new Set([
  'om',
  'about',
  'on',
  'regarding',
  'angaende',
  'kring',
  'bilda',
  'bildandet',
  'inratta',
  'inrattandet',
  'tillsatta',
  'form',
  'forming',
  'create',
  'creating',
  'establish',
  'establishing',
]);

/** Words that put a body in relation to another ("från chnv", "till vfr"): a body, not a subject. */
const RELATIONAL = new Set([
  'fran',
  'from',
  'till',
  'to',
  'at',
  'pa',
  'i',
  'in',
  'hos',
  'med',
  'with',
  'och',
  'and',
  'eller',
  'or',
]);

/**
 * Words after a body's name that make it the subject: "styrgruppen föreslår" (the body proposes,
 * it is not the one asked about), "the steering group decision" (a decision about it).
 */
const PROPOSES =
  /^(foreslar|foreslog|foreslagit|proposes|proposed|recommends|rekommenderar|tycker|decision|decisions|beslut|beslutet|item|punkten|arendet|issue|matter|recommendation|rekommendationen)$/;

/** Finds the entities in a question and returns them with the question's words, placeholders put in. */
export function extractEntities(
  question: string,
  lookups: Lookups,
  today: string,
): {
  entities: Entities;
  text: string;
  topicText: string;
  /** When a body was named: the topic text with its words still in, for when it is the subject. */
  subjectText?: string;
  /** How the body was named: as what is talked about ("om styrgruppen"), next to another body or a
   * place ("till vfr"), or neither ("var tas god och nära vård upp"). */
  bodyMention?: { asSubject: boolean; related: boolean; words: string[] };
} {
  const entities: Entities = {};
  const folded = writeOut(foldText(question));
  let text = ` ${folded
    .replace(/§\s*/g, 'paragraf ')
    .replace(/[^a-z0-9#:/\-,. ]+/g, ' ')
    .replace(/\s+/g, ' ')} `;

  const itemMatch = [...overlappingMatches(ITEM_BEFORE, text), ...overlappingMatches(ITEM_AFTER, text)]
    .map((m) => ({ whole: m[0], number: numberFrom(m[1] ?? m[2] ?? '') }))
    .find((m) => m.number !== undefined);
  // "femman", "sexan": an item by its colloquial number alone (Swedish only; "ettan" is rarely one).
  const colloquial = itemMatch
    ? null
    : /\s(tvaan|trean|fyran|femman|sexan|sjuan|attan|nian|tian|elvan|tolvan)\s/.exec(text);
  if (colloquial) {
    entities.item = NUMBER_WORDS[colloquial[1] ?? ''];
    entities.languageHint = 'sv';
    text = text.replace(colloquial[0], ' xitem ');
  }
  if (itemMatch) {
    entities.item = itemMatch.number;
    entities.languageHint = /\b(item|point|decision)\b/.test(itemMatch.whole) ? 'en' : 'sv';
    text = text.replace(itemMatch.whole, ' xitem ');
  }

  const period = findPeriod(text, today);
  if (period) {
    entities.period = period.period;
    text = text.replace(period.match, ' xdate ');
  }

  const amount = findAmount(text);
  if (amount) {
    entities.amount = amount.kronor;
    text = text.replace(amount.match, ' xamount ');
  }

  if (MUNICIPALITIES_ONLY.test(text)) entities.scope = 'municipalities';
  const role = ROLES.find(([pattern]) => pattern.test(text));
  if (role) entities.role = role[1];

  text = text
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const principals = lookups.principals
    .findAll(text)
    .map((match) => ({ match, at: firstIndexOf(text, match.matchedWords) }))
    .sort((a, b) => a.at - b.at);
  if (principals.length > 0) {
    entities.principal = principals[0]?.match.id;
    if (principals.length > 1) entities.principals = principals.map((p) => p.match.id);
    for (const { match } of principals) text = replaceTerms(text, match.matchedWords, 'xprincipal');
  }
  // Every body named is taken out ("gick vidare till vfr från chnv"); the first named is the one
  // asked about. A body named as the subject ("beslutet om att bilda styrgruppen") may be a topic
  // instead: the reader decides once it knows the intent, so the words are kept for that.
  const textWithBodies = text;
  const bodies = lookups.bodies
    .findAll(text)
    .map((match) => ({ match, at: firstIndexOf(text, match.matchedWords) }))
    .sort((a, b) => a.at - b.at);
  const first = bodies[0];
  let bodyMention: { asSubject: boolean; related: boolean; words: string[] } | undefined;
  if (first) {
    entities.body = first.match.id;
    const words = text.split(' ');
    const before = words[first.at - 1] ?? '';
    const after = words[first.at + first.match.matchedWords.length] ?? '';
    // "om styrgruppen", and "styrgruppen föreslår": the body that proposes is not the one asked about.
    bodyMention = {
      // "styrgruppen föreslår", and with the verb first, "vad föreslår styrgruppen".
      asSubject: SUBJECT_WORDS.has(before) || PROPOSES.test(after) || PROPOSES.test(before),
      related: RELATIONAL.has(before),
      words: first.match.matchedWords,
    };
    for (const { match } of bodies) text = replaceTerms(text, match.matchedWords, 'xbody');
  }
  // A body named after the first is the subject rather than who ("tar vfr upp god och nära vård?"):
  // the topic keeps its words. So does a joint cost's name ("var står beslutet om utvecklingsledare?").
  const topicText = first ? keptBodies(textWithBodies, bodies) : text;
  const cost = lookups.costs.find(text);
  if (cost) {
    entities.cost = cost.id;
    text = replaceTerms(text, cost.matchedWords, 'xcost');
  }
  return {
    entities,
    text,
    topicText,
    ...(bodyMention ? { subjectText: keptBodies(textWithBodies, bodies.slice(1)), bodyMention } : {}),
  };
}

/**
 * The text with the bodies named in relation ("från chnv") or first among them taken out, and
 * the others' words kept as the subject they are ("tar vfr upp god och nära vård").
 */
function keptBodies(text: string, bodies: { match: LookupMatch; at: number }[]): string {
  const words = text.split(' ');
  return bodies
    .filter(({ at }, i) => i === 0 || RELATIONAL.has(words[at - 1] ?? ''))
    .reduce((kept, { match }) => replaceTerms(kept, match.matchedWords, 'xbody'), text);
}

/** Where the first of some words stands in the text (by word), for putting names in the order written. */
function firstIndexOf(text: string, words: readonly string[]): number {
  const all = text.split(' ').map((w) => indexTerm(w));
  const wanted = new Set(words);
  const index = all.findIndex((w) => w !== null && wanted.has(w));
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}
