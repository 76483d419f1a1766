import MiniSearch from 'minisearch';
import type { Lang } from '../../domain/lang.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { extractEntities, type Entities, type Lookups } from './entities.js';
import { FuzzyLookup } from './fuzzy-lookup.js';
import { INTENT_EXAMPLES, INTENT_NAMES, OUT_OF_SCOPE_EXAMPLES, type IntentName } from './intent-examples.js';
import { foldText } from '../../domain/text.js';
import { writeOut } from './colloquial.js';
import { INTENT_TABLE, type Intent } from './intent-table.js';
import { indexTerm, intentTerm, terms, tokenize, words } from './text-terms.js';

/**
 * Understanding a question: the entities it names are replaced by placeholders, then the question
 * is matched against the example phrasings of every intent in a MiniSearch index with fuzzy and
 * prefix matching, so typos, endings and word order matter little. What is left of the question
 * once the intent's own words are taken out is its topic ("tillnyktringsplatser").
 */
export interface Understanding {
  /** The question as it was written. */
  question: string;
  intent: IntentName | 'unknown';
  entities: Entities;
  /** Content words that are neither entities nor the intent's own words. */
  topic: string;
  /** The question's words with what it names replaced by placeholders ("och xprincipal"). */
  placeheld: string;
  /** The language the question was written in, when it says so clearly. */
  lang: Lang | null;
  confidence: number;
}

interface ExampleDocument {
  id: number;
  /** 'unknown' for the examples of what samrad does not answer. */
  intent: IntentName | 'unknown';
  lang: Lang;
  text: string;
}

const PLACEHOLDERS = new Set(['xitem', 'xbody', 'xprincipal', 'xcost', 'xdate', 'xamount']);
/** How close to the best match an intent that fits a named item number must come to be preferred. */
const ITEM_FIT = 0.5;

function usesItem(intent: string): boolean {
  return (INTENT_TABLE[intent as Intent]?.slots as readonly string[] | undefined)?.includes('item') ?? false;
}

/** Intents about an item or a decision, whose subject may be named by a body's name. */
const TOPIC_INTENTS = new Set<string>([
  'past-decision',
  'decision-journey',
  'search',
  'item',
  'item-presenter',
  'item-attachments',
  'item-proposal',
]);

/** A best match scoring below this is no match: the question is treated as a search or not understood. */
const MIN_SCORE = 2.5;

const ENGLISH_WORDS = new Set([
  'when',
  'where',
  'who',
  'what',
  'which',
  'how',
  'next',
  'meeting',
  'meetings',
  'show',
  'please',
  'does',
  'item',
  'attachments',
  'decided',
  'pay',
  'the',
  'is',
  'english',
  'hello',
  'help',
  'calendar',
  'upcoming',
  'search',
  'find',
  'tell',
  'about',
  'my',
]);
const SWEDISH_WORDS = new Set([
  'nar',
  'var',
  'vem',
  'vad',
  'vilka',
  'vilken',
  'hur',
  'nasta',
  'mote',
  'motet',
  'punkt',
  'punkten',
  'arende',
  'bilagor',
  'betalar',
  'dagordning',
  'dagordningen',
  'hjalp',
  'hej',
  'svenska',
  'mina',
  'kalendarium',
  'ar',
  'om',
  'och',
  'for',
  'till',
  'sok',
]);

/**
 * The language a question is written in, when its words say so clearly; null when they do not.
 * It reads the question with the names taken out: "Välfärdsrådet" in an English question is a name.
 */
export function detectLanguage(textWithoutNames: string): Lang | null {
  const all = words(textWithoutNames);
  const en = all.filter((w) => ENGLISH_WORDS.has(w)).length;
  const sv = all.filter((w) => SWEDISH_WORDS.has(w)).length;
  if (en > sv) return 'en';
  if (sv > en) return 'sv';
  return null;
}

export class QuestionReader {
  readonly #index: MiniSearch<ExampleDocument>;
  readonly #intentTerms = new Map<IntentName, Set<string>>();
  readonly #lookups: Lookups;

  constructor(data: SamradData) {
    this.#index = new MiniSearch<ExampleDocument>({
      fields: ['text'],
      storeFields: ['intent', 'lang', 'text'],
      // Each word once: an example that names two bodies is not twice as much about bodies.
      tokenize: (text) => [...new Set(tokenize(text))],
      processTerm: intentTerm,
    });
    let id = 0;
    for (const intent of INTENT_NAMES) {
      const vocabulary = new Set<string>();
      for (const lang of ['sv', 'en'] as const) {
        for (const text of INTENT_EXAMPLES[intent][lang]) {
          this.#index.add({ id: id++, intent, lang, text: writeOut(foldText(text)) });
          for (const term of terms(writeOut(foldText(text)))) vocabulary.add(term);
        }
      }
      this.#intentTerms.set(intent, vocabulary);
    }
    for (const lang of ['sv', 'en'] as const) {
      for (const text of OUT_OF_SCOPE_EXAMPLES[lang]) {
        this.#index.add({ id: id++, intent: 'unknown', lang, text: writeOut(foldText(text)) });
      }
    }
    this.#lookups = buildLookups(data);
  }

  #match(placeheld: string) {
    return this.#index.search(placeheld, {
      fuzzy: (term) => (PLACEHOLDERS.has(term) ? 0 : term.length >= 7 ? 0.25 : term.length >= 4 ? 1 : 0),
      prefix: (term) => !PLACEHOLDERS.has(term) && term.length >= 4,
      combineWith: 'OR',
      boostTerm: (term) => (PLACEHOLDERS.has(term) ? 1.5 : 1),
    });
  }

  /** The closest examples to a question, best first: for tuning the examples, never for answering. */
  explain(question: string, today: string, count = 5): { intent: string; text: string; score: number }[] {
    const { text } = extractEntities(question, this.#lookups, today);
    return this.#match(text)
      .slice(0, count)
      .map((r) => ({ intent: String(r['intent']), text: String(r['text']), score: r.score }));
  }

  /** Reads a question asked on `today` (a Swedish calendar date: "i morgon" is the day after). */
  read(question: string, today: string): Understanding {
    const {
      entities,
      text,
      topicText: plainTopicText,
      subjectText,
    } = extractEntities(question, this.#lookups, today);
    const results = this.#match(text);
    // A command is understood only when the question is worded as one: a question that merely
    // resembles it ("har beslutet om styrgruppen registrerats?") is answered, never carried out.
    const folded = foldText(question);
    const allowed = byAgreement(
      results.filter((r) => r['intent'] === 'unknown' || isCommandWorded(r['intent'] as IntentName, folded)),
    );
    // The entities must fit the intent: a question naming an item number is about an item when an
    // intent about items matches nearly as well ("punkt 9 4 december" is not "när är mötet").
    const top = allowed[0];
    const fitting =
      top && entities.item !== undefined && !usesItem(top['intent'] as string)
        ? allowed.find((r) => usesItem(r['intent'] as string) && r.score >= top.score * ITEM_FIT)
        : undefined;
    const best = fitting ?? top;
    const detected = detectLanguage(text) ?? entities.languageHint ?? null;
    if (!best || best.score < MIN_SCORE) {
      return {
        question,
        intent: 'unknown',
        entities,
        placeheld: text,
        topic: topicOf(plainTopicText, new Set()),
        lang: detected,
        confidence: best?.score ?? 0,
      };
    }
    const found = best['intent'] as IntentName | 'unknown';
    // "beslutade vi något om styrgrupp för god och nära vård": a body named as what a decision or
    // an item is about is the subject of the question, not the body asked about.
    const bodyIsTopic = subjectText !== undefined && TOPIC_INTENTS.has(found);
    if (bodyIsTopic) delete entities.body;
    const topicText = bodyIsTopic ? subjectText : plainTopicText;
    if (found === 'unknown') {
      return {
        question,
        intent: 'unknown',
        entities,
        placeheld: text,
        topic: '',
        lang: detected ?? (best['lang'] as Lang),
        confidence: best.score,
      };
    }
    // A subject of its own turns a listing into a search: "are detox beds on the agenda?" asks
    // about one thing, not for the agenda; "har beslutet om X skickats vidare?" about one decision.
    const topic = topicOf(topicText, this.#intentTerms.get(found) ?? new Set());
    const intent = withSubject(found, topic);
    return {
      question,
      intent,
      entities,
      placeheld: text,
      topic: intent === found ? topic : topicOf(topicText, this.#intentTerms.get(intent) ?? new Set()),
      lang: detected ?? (best['lang'] as Lang),
      confidence: best.score,
    };
  }
}

/** How many other close examples of the same intent count towards a match, and what each adds. */
const AGREEING = 8;
const AGREEMENT_BONUS = 0.03;

/**
 * Re-ranks the closest examples so that an intent several examples agree on wins over one example
 * of another intent that matches as well ("vilka är med i XBODY" is like four ways of asking who
 * the members are, and like one way of asking for the meeting dates).
 */
function byAgreement<T extends { intent?: unknown; score: number }>(results: T[]): T[] {
  const head = results.slice(0, 60);
  const rescored = head.map((r) => {
    const agreeing = head.filter(
      (o) => o !== r && o['intent'] === r['intent'] && o.score >= r.score * 0.9,
    ).length;
    return { ...r, score: r.score * (1 + AGREEMENT_BONUS * Math.min(AGREEING, agreeing)) };
  });
  return rescored.sort((a, b) => b.score - a.score);
}

/** The words of a question that are not placeholders, stop words or the intent's own vocabulary. */
function topicOf(text: string, intentTerms: Set<string>): string {
  return words(text)
    .filter((w) => !PLACEHOLDERS.has(w))
    .filter((w) => {
      const term = indexTerm(w);
      return (
        term !== null &&
        !intentTerms.has(term) &&
        ![
          'nar',
          'var',
          'vem',
          'vad',
          'hur',
          'vilka',
          'vilken',
          'what',
          'when',
          'where',
          'who',
          'how',
          'which',
        ].includes(term)
      );
    })
    .join(' ');
}

function buildLookups(data: SamradData): Lookups {
  return {
    bodies: new FuzzyLookup(data.bodies.map((b) => ({ id: b.id, names: [b.name, ...b.aliases] }))),
    principals: new FuzzyLookup(
      data.principals.map((p) => ({
        id: p.id,
        // Not "<name> kommun": "kommun" in a question would then point at every municipality.
        names: p.kind === 'region' ? [p.name, 'Regionen', 'Region'] : [p.name],
      })),
    ),
    costs: new FuzzyLookup(data.jointCosts.map((c) => ({ id: c.id, names: [c.name, ...c.aliases] }))),
  };
}

/** Words that may come before a command: "kan du", "snälla", "please", "could you". */
const POLITE =
  '(?:(?:hej|hi|ok|okej|samrad)[,!]?\\s+)?(?:(?:kan du|kan ni|skulle du kunna|vill du|snalla|jag vill|vi vill|please|could you|can you|would you|kindly|i want to|let s|lets)\\s+)*';

/** How each command starts: its verb, first (after politeness), as an imperative. */
const COMMAND_WORDING: Partial<Record<IntentName, RegExp>> = {
  'open-decision': new RegExp(`^${POLITE}(?:oppna|starta|borja|open|start|begin)\\b`),
  'close-decision': new RegExp(
    `^${POLITE}(?:stang|avsluta|avgor|close|end|finish|bifall|bifalla|avsla|bordlagg|aterremittera|adopt|reject|table)\\b`,
  ),
  nominate: new RegExp(`^${POLITE}(?:nominera|nominerar|foresla|nominate|propose)\\b`),
  'nomination-decide': new RegExp(`^${POLITE}(?:lagg|gor|satt|skapa|put|make|turn|add|create)\\b`),
  'link-chat': new RegExp(`^${POLITE}(?:koppla|lanka|knyt|link|connect|attach)\\b`),
};

/** Whether a question is worded as the command an intent is, when it is one; other intents pass. */
export function isCommandWorded(intent: IntentName, folded: string): boolean {
  const wording = COMMAND_WORDING[intent];
  return (
    wording === undefined ||
    wording.test(
      folded
        .replace(/[^a-z0-9 ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
  );
}

/** Listings that become a question about one thing when the question names a subject. */
const WITH_SUBJECT: Partial<Record<IntentName, IntentName>> = {
  agenda: 'search',
  forwarded: 'decision-journey',
};

/** Words that name no subject though they are not the intent's own ("meeting", "next", "all"). */
const NO_SUBJECT = new Set([
  'mote',
  'motet',
  'moten',
  'meeting',
  'meetings',
  'nasta',
  'next',
  'alla',
  'all',
  'allt',
  'hela',
  'nagot',
  'nagon',
  'nagra',
  'any',
  'some',
  'vara',
  'our',
  'idag',
  'today',
  'please',
  'tack',
  'visa',
  'show',
  'nu',
  'now',
  'whole',
  'full',
  'fullstandig',
  'vi',
  'we',
  'us',
  'har',
  'have',
]);

function withSubject(intent: IntentName, topic: string): IntentName {
  const becomes = WITH_SUBJECT[intent];
  if (!becomes) return intent;
  const subject = topic.split(' ').filter((w) => w.length > 2 && !NO_SUBJECT.has(w));
  return subject.length > 0 ? becomes : intent;
}
