import MiniSearch, { type SearchResult } from 'minisearch';
import type { Lang } from '../../domain/lang.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { extractEntities, type Entities, type Lookups } from './entities.js';
import { FuzzyLookup } from './fuzzy-lookup.js';
import { COMMON_WORDS } from './common-words.js';
import { KnownWords, startsLongerWord, withinOneEdit } from './known-words.js';
import { glossaryWords } from './topic-glossary.js';
import { findImpossibleDate, isPastTense } from './periods.js';
import { isYesNoQuestion } from './question-form.js';
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
  /** Whether it asks for a yes or a no ("har vi möte i morgon?"), answered so first. */
  yesNo: boolean;
  /**
   * For a command: whether it is the command and nothing else ("öppna beslut punkt 4"). One with
   * more around it ("öppna inte beslut punkt 4", "… — just kidding", "… imorgon") is not carried
   * out: the member is asked to write it plainly.
   */
  plainCommand: boolean;
  /** A date written so that it is no date ("32 december"): what was written, to say so. */
  impossibleDate?: string;
  confidence: number;
}

/** How many different terms an example has, as the intent index reads it. */
function termCountOf(text: string): number {
  return new Set(
    tokenize(text)
      .map((w) => intentTerm(w))
      .filter((t) => t !== null),
  ).size;
}

interface ExampleDocument {
  id: number;
  /** 'unknown' for the examples of what samrad does not answer. */
  intent: IntentName | 'unknown';
  lang: Lang;
  text: string;
  termCount: number;
}

const PLACEHOLDERS = new Set(['xitem', 'xbody', 'xprincipal', 'xcost', 'xdate', 'xamount']);
/** How close to the best match an intent that fits a named item number must come to be preferred. */
const ITEM_FIT = 0.5;

function usesItem(intent: string): boolean {
  return (INTENT_TABLE[intent as Intent]?.slots as readonly string[] | undefined)?.includes('item') ?? false;
}

/** In how many agenda titles at most a word may stand to say what an item is about. */
const DISTINCT_TITLES = 5;

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

/** Words of the glossary's phrases ("steering group"): part of a subject, though everyday words. */
const GLOSSARY_WORDS = new Set(glossaryWords());

/** Question words, which every intent has and which say nothing of the subject. */
const QUESTION_TERMS = new Set([
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
]);

/** A best match scoring below this is no match: the question is treated as a search or not understood. */
const MIN_SCORE = 2.5;

const ENGLISH_WORDS = new Set(
  `when where who what which how next meeting meetings show please does did item items attachments
  attachment decided decision decisions pay pays paid the is are was were english hello help calendar
  upcoming search find tell about my thanks thank you and or of for at it its this that there have has
  had will would could should can we our us me do any anything someone is am be been presenter
  presents presenting proposal proposed agenda's documents papers link join online person cost costs
  share much many members member chair chairs secretary represents adopted adopt principals sent
  forwarded council network steering group nominated nominations nominate seats left deadline hi hey
  good morning afternoon evening cheers send text translate switch language answer reply pls plz`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
const SWEDISH_WORDS = new Set(
  `nar var vem vad vilka vilken vilket hur nasta mote motet moten punkt punkten arende arenden bilagor
  bilaga betalar betala dagordning dagordningen hjalp hej svenska mina min mitt kalendarium ar om och
  for till sok idag imorgon igar tack vi jag du det den har ska skall finns fanns blir blev kan kommer
  mig oss nagot nagon nagra inte ocksa med pa av fran efter innan sedan nu da eller men sa beslut
  beslutet beslutade beslutades foredrar foredragande forslag forslaget underlag handlingar lanken
  lank kostnad kostar andel sitter leder ordforande sekreterare representerar antagit antog huvudman
  huvudmannen skickades skickats vidare natverket radet styrgruppen nominerade nominering nomineringen
  platser sista tjena hallå halla`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

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
  readonly #known: KnownWords;
  /** Words of the intents' examples and everyday words: what a question's subject is not made of. */
  readonly #generalWords = new Set<string>();
  /** The same, sorted, for finding a word an abbreviation is the start of. */
  readonly #generalWordsSorted: string[];
  /** The words of agenda items' titles: a body whose name is made of them may be a subject. */
  readonly #titleTerms = new Set<string>();

  constructor(data: SamradData) {
    this.#index = new MiniSearch<ExampleDocument>({
      fields: ['text'],
      storeFields: ['intent', 'lang', 'text', 'termCount'],
      // Each word once: an example that names two bodies is not twice as much about bodies.
      tokenize: (text) => [...new Set(tokenize(text))],
      processTerm: intentTerm,
    });
    let id = 0;
    const writtenExamples: string[] = [];
    for (const intent of INTENT_NAMES) {
      const vocabulary = new Set<string>();
      for (const lang of ['sv', 'en'] as const) {
        for (const text of INTENT_EXAMPLES[intent][lang]) {
          const written = writeOut(foldText(text));
          writtenExamples.push(written);
          this.#index.add({ id: id++, intent, lang, text: written, termCount: termCountOf(written) });
          for (const term of terms(written)) vocabulary.add(term);
        }
      }
      this.#intentTerms.set(intent, vocabulary);
    }
    for (const lang of ['sv', 'en'] as const) {
      for (const text of OUT_OF_SCOPE_EXAMPLES[lang]) {
        const written = writeOut(foldText(text));
        this.#index.add({
          id: id++,
          intent: 'unknown',
          lang,
          text: written,
          termCount: termCountOf(written),
        });
      }
    }
    this.#lookups = buildLookups(data);
    for (const terms of this.#intentTerms.values()) for (const term of terms) this.#generalWords.add(term);
    for (const word of COMMON_WORDS) {
      const term = indexTerm(word);
      if (term) this.#generalWords.add(term);
    }
    // Words that name few items are what they are about ("kalendarium"); words in many titles
    // ("mötets öppnande", "beslut om") are the agenda's own.
    const titlesWith = new Map<string, number>();
    for (const item of data.agendaItems)
      for (const term of new Set(terms(item.title))) titlesWith.set(term, (titlesWith.get(term) ?? 0) + 1);
    for (const [term, count] of titlesWith) if (count <= DISTINCT_TITLES) this.#titleTerms.add(term);
    this.#known = new KnownWords(data, writtenExamples);
    this.#generalWordsSorted = [...this.#generalWords].sort();
  }

  /**
   * Whether a question is mostly about something samrad does not know: more of its words are
   * unknown to samrad than are words of the intent it resembles ("vad kostar en tågresa till
   * Stockholm?" resembles a cost question by one word and is about two others). Commands carry
   * free text (a nominee's name) and are judged by their wording instead.
   */
  #aboutSomethingElse(intent: IntentName, placeheld: string): boolean {
    if (INTENT_TABLE[intent].mode === 'write') return false;
    const own = this.#intentTerms.get(intent) ?? new Set<string>();
    const content = words(placeheld)
      .filter((w) => !PLACEHOLDERS.has(w) && w.length >= 3 && !/\d/.test(w))
      .map((w) => indexTerm(w))
      .filter((t): t is string => t !== null && !QUESTION_TERMS.has(t));
    // A typo of the intent's own words ("motes" for "möts") is one of its words.
    // In a short word only a letter left out or added is taken for a typo: "taget" is not "läget".
    const isOwn = (t: string) =>
      own.has(t) ||
      (t.length >= 4 &&
        [...own].some((o) => (t.length >= 6 || o.length !== t.length) && withinOneEdit(t, o)));
    const unknown = content.filter((t) => !isOwn(t) && !this.#known.knows(t));
    const explained = content.filter(isOwn);
    return unknown.length > 0 && unknown.length >= Math.max(1, explained.length);
  }

  #match(placeheld: string): SearchResult[] {
    const asked = new Set(
      tokenize(placeheld)
        .map((w) => intentTerm(w))
        .filter((t): t is string => t !== null),
    );
    // How much of the question an example accounts for weighs too: "vem är föredragande på XITEM
    // XBODY XDATE" is about the presenter, though "XITEM XDATE XBODY" matches its names alone.
    return this.#index
      .search(placeheld, {
        fuzzy: (term) => (PLACEHOLDERS.has(term) ? 0 : term.length >= 7 ? 0.25 : term.length >= 4 ? 1 : 0),
        prefix: (term) => !PLACEHOLDERS.has(term) && term.length >= 4,
        combineWith: 'OR',
      })
      .map((r): SearchResult => {
        const covered = asked.size === 0 ? 1 : new Set(r.queryTerms).size / asked.size;
        // And how much of the example the question accounts for: an example naming an item
        // ("XITEM XDATE XBODY") fits a question that names none less well.
        const termCount = Number(r['termCount']) || 1;
        const fits = Math.min(1, new Set(r.terms).size / termCount);
        return {
          ...r,
          score:
            r.score *
            (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * covered) *
            (1 - EXAMPLE_COVERAGE_WEIGHT + EXAMPLE_COVERAGE_WEIGHT * fits),
        };
      })
      .sort((a, b) => b.score - a.score);
  }

  /** The closest examples to a question, best first: for tuning the examples, never for answering. */
  explain(question: string, today: string, count = 5): { intent: string; text: string; score: number }[] {
    const { text } = extractEntities(question, this.#lookups, today);
    return this.#match(text)
      .slice(0, count)
      .map((r) => ({ intent: String(r['intent']), text: String(r['text']), score: r.score }));
  }

  /**
   * What makes a command no plain command whatever its words: a question mark (it asks), a
   * condition ("om du vill", "ska vi", "kan vi"), two outcomes at once, letters of another script
   * or pictures (a "😂", "не надо" the reader cannot weigh), or more text than a command has.
   */
  #plainlyWritten(intent: IntentName, question: string): boolean {
    if (question.length > MAX_COMMAND_LENGTH) return false;
    // "öppna beslut punkt 4?" asks; "kan du öppna beslut punkt 4?" asks politely for it to be done.
    if (/\?\s*$/.test(question) && !POLITE_REQUEST.test(foldText(question))) return false;
    const folded = foldText(question);
    if (/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\s$+<=>^`|~]/u.test(folded)) return false;
    // Letters only: "–", "…" and „quotes" are punctuation, not another script.
    if (/[^\p{ASCII}]/u.test(folded.normalize('NFKD').replace(/[^\p{L}]/gu, ''))) return false;
    if (CONDITIONAL.test(folded)) return false;
    if (intent === 'close-decision' && OUTCOMES.filter((o) => o.test(folded)).length > 1) return false;
    return true;
  }

  /**
   * Whether a command's words are all the command's own: its examples' words, politeness, the
   * names it takes. A day in the past makes it unclear. A nomination carries the nominee's name
   * as free text, so only second thoughts and the way it is written count for it.
   */
  #isPlainCommand(
    intent: IntentName,
    question: string,
    placeheld: string,
    entities: Entities,
    today: string,
  ): boolean {
    // A day in the past is not when anything is done now; a coming one names the meeting.
    if (entities.period && entities.period.to < today) return false;
    // A close with an amendment carries the amended clause as free text after "ändring:".
    const all = words(placeheld);
    const amendment = all.findIndex((w) => /^(andring\w*|amendment\w*|amended)$/.test(w));
    const commandWords = intent === 'close-decision' && amendment >= 0 ? all.slice(0, amendment + 1) : all;
    if (commandWords.some((w) => SECOND_THOUGHTS.has(w))) return false;
    if (!this.#plainlyWritten(intent, question)) return false;
    if (intent === 'nominate') return true;
    const own = this.#intentTerms.get(intent) ?? new Set<string>();
    return commandWords.every((w) => {
      if (PLACEHOLDERS.has(w) || COMMAND_EXTRAS.has(w)) return true;
      // A number left over ("punkt 4.5") is not part of any command.
      if (/\d/.test(w)) return false;
      const term = intentTerm(w);
      // Words samrad knows may word a command freely ("gruppchatten", "connect"); a word it does
      // not know ("kinesiska", "teamskanalen") is about something else.
      return term === null || own.has(term) || COMMAND_EXTRAS.has(term) || this.#known.knows(term);
    });
  }

  /**
   * The words of a topic that name a subject, without everyday words and the words of questions
   * ("god morgon skulle vilja veta" is no subject); all of them when nothing else is left.
   */
  #subjectOf(topic: string, scoped: boolean): string {
    const subject = topic.split(' ').filter((w) => {
      const term = indexTerm(w);
      return (
        w !== '' &&
        term !== null &&
        // What an agenda item is called is a subject, everyday word or not ("kalendarium").
        (!this.#generalWords.has(term) || GLOSSARY_WORDS.has(w) || this.#titleTerms.has(term))
      );
    });
    // A question about a named meeting needs no subject ("what did chnv decide on 3 April 2020?").
    return subject.length > 0 ? subject.join(' ') : scoped ? '' : topic;
  }

  /** Reads a question asked on `today` (a Swedish calendar date: "i morgon" is the day after). */
  read(question: string, today: string): Understanding {
    const {
      entities,
      text,
      topicText: plainTopicText,
      subjectText,
      bodyMention,
    } = extractEntities(question, this.#lookups, today);
    // Checked whatever else was read: "32 december" must not pass for "december".
    const impossible = findImpossibleDate(writeOut(foldText(question)), question);
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
    // The words around the names, and failing that the whole question (courtesies included:
    // "agenda please").
    const detected = detectLanguage(text) ?? entities.languageHint ?? detectLanguage(foldText(question));
    if (!best || best.score < MIN_SCORE) {
      return {
        question,
        yesNo: isYesNoQuestion(question),
        plainCommand: true,
        ...(impossible ? { impossibleDate: impossible } : {}),
        intent: 'unknown',
        entities,
        placeheld: text,
        topic: asWritten(topicOf(plainTopicText, new Set()), question),
        lang: detected,
        confidence: best?.score ?? 0,
      };
    }
    const matched = fitToQuestion(best['intent'] as IntentName | 'unknown', entities, folded, allowed);
    const found =
      matched !== 'unknown' &&
      (isArithmetic(writeOut(folded)) ||
        asksWhoSomeoneIs(question) ||
        this.#aboutSomethingElse(matched, text))
        ? 'unknown'
        : matched;
    // "beslutade vi något om styrgrupp för god och nära vård": a body named as what a decision or
    // an item is about is the subject of the question, not the body asked about.
    // So is, in a search, a body whose name is also what agenda items are called ("var tas god och
    // nära vård upp?"), unless it is named as where ("på chnv").
    const bodyIsTopic =
      subjectText !== undefined &&
      TOPIC_INTENTS.has(found) &&
      bodyMention !== undefined &&
      (bodyMention.asSubject ||
        (found === 'search' &&
          !bodyMention.related &&
          bodyMention.words.every((w) => this.#titleTerms.has(w))));
    if (bodyIsTopic) delete entities.body;
    const topicText = bodyIsTopic ? subjectText : plainTopicText;
    if (found === 'unknown') {
      return {
        question,
        yesNo: isYesNoQuestion(question),
        plainCommand: true,
        ...(impossible ? { impossibleDate: impossible } : {}),
        intent: 'unknown',
        entities,
        placeheld: text,
        topic: '',
        lang: detected,
        confidence: best.score,
      };
    }
    // A subject of its own turns a listing into a search: "are detox beds on the agenda?" asks
    // about one thing, not for the agenda; "har beslutet om X skickats vidare?" about one decision.
    const scoped = entities.body !== undefined || entities.period !== undefined;
    const topic = this.#subjectOf(topicOf(topicText, this.#intentTerms.get(found) ?? new Set()), scoped);
    const intent = withSubject(found, topic, this.#generalWords, this.#generalWordsSorted);
    // "vem föredrar 5?": a bare number in a question about an item is the item.
    if (entities.item === undefined && usesItem(intent) && intent !== 'past-decision') {
      const bare = /(?:^|\s)(\d{1,2})(?:\s|$)/.exec(text);
      if (bare) entities.item = Number(bare[1]);
    }
    return {
      question,
      yesNo: isYesNoQuestion(question),
      plainCommand:
        INTENT_TABLE[intent].mode === 'read' || this.#isPlainCommand(intent, question, text, entities, today),
      ...(impossible ? { impossibleDate: impossible } : {}),
      intent,
      entities,
      placeheld: text,
      topic: asWritten(
        intent === found
          ? topic
          : this.#subjectOf(topicOf(topicText, this.#intentTerms.get(intent) ?? new Set()), scoped),
        question,
      ),
      lang: detected,
      confidence: best.score,
    };
  }
}

/** How much the share of the question's words an example matches counts, against its raw score. */
const COVERAGE_WEIGHT = 0.5;
const EXAMPLE_COVERAGE_WEIGHT = 0.5;

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

/**
 * A topic in the words the member wrote ("hjärtsvikt", not "hjartsvikt"): each folded word is
 * given back its letters from the question, in lower case; words the question does not have as
 * such (a written-out "nagot") stay as they are.
 */
function asWritten(topic: string, question: string): string {
  if (topic === '') return topic;
  const written = new Map<string, string>();
  for (const word of question.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word !== '' && !written.has(foldText(word))) written.set(foldText(word), word);
  }
  return topic
    .split(' ')
    .map((w) => written.get(w) ?? w)
    .join(' ');
}

/** The words of a question that are not placeholders, stop words or the intent's own vocabulary. */
function topicOf(text: string, intentTerms: Set<string>): string {
  return words(text)
    .filter((w) => !PLACEHOLDERS.has(w))
    .filter((w) => {
      const term = indexTerm(w);
      return term !== null && !intentTerms.has(term) && !QUESTION_TERMS.has(term);
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
        // With the genitive too ("Moras andel", "Leksands representant"), which no stemming gives.
        names:
          p.kind === 'region'
            ? [p.name, 'Regionen', 'Region', 'Regionens']
            : [p.name, ...(p.name.endsWith('s') ? [] : [`${p.name}s`])],
      })),
    ),
    costs: new FuzzyLookup(data.jointCosts.map((c) => ({ id: c.id, names: [c.name, ...c.aliases] }))),
  };
}

/** Longer than any command is written: what is beyond it is never read for second thoughts. */
const MAX_COMMAND_LENGTH = 300;

/** A condition put on a command: "om du vill", "ska vi", "kan vi", "när det är dags", "if you can". */
const CONDITIONAL =
  /\b(om (du|ni|vi|jag|det|ingen|han|hon|man)|ska vi|skall vi|kan vi|nar det ar dags|om det behovs|if (you|we|i|it|nobody|needed)|can we|shall we|should we|when it s time)\b|\b(vill ni|vill du|can you|kan du)\W*$/;

/** A command asked for politely, question mark and all: "kan du öppna beslut punkt 4?". */
const POLITE_REQUEST =
  /^(?:\W*(?:hej|hi|hello|samrad)\W+)?(kan du|kan ni|skulle du kunna|vill du|could you|can you|would you)\b/;

/** The outcomes a close may name: two at once is no plain command. */
const OUTCOMES = [
  /\b(bifall\w*|adopted|approved)\b/,
  /\b(avslag\w*|avsla|rejected)\b/,
  /\b(bordlag\w*|tabled)\b/,
  /\b(aterremi\w*|sent back|send back)\b/,
];

/** Words of not meaning a command, or not yet: "inte", "skämt", "vänta", "kanske", "just kidding". */
const SECOND_THOUGHTS = new Set(
  `inte ej icke aldrig not dont never skamt skamtar skojar skojade kidding joke joking jk lol haha vanta wait
  kanske maybe perhaps eller or senare later sen hold stopp stop avbryt cancel glom forget nej no
  undrar wonder if forresten angrar angra mind scratch second thought tycker think inget nothing`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Words a command may have besides its examples': politeness, outcomes, how a vote is held. */
const COMMAND_EXTRAS = new Set(
  `kan du ni skulle kunna vill snalla jag vi please could you can would kindly want to lets let us hej
  hi ok okej samrad tack thanks nu now direkt genast bifall avslag bifalla avsla andring andringar
  amendment adopted rejected tabled bordlagg bordlagd bordlagt aterremiss aterremittera sent back
  anonymt anonym anonymous ersattare substitutes med with utan without den har this det it for as
  bordlaggning bordlaggs aterremittering aterremitteras from fran och med nu now on mig me var vanlig
  igen again istallet instead kora connect link koppla lanka ihop samman together up knyt tie bind
  kanal kanalen channel team teamet grupp gruppen group mote motet meeting
  till to on om about beslut beslutet decision vote omrostning punkt punkten item the a an och and`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Words that may come before a command: "kan du", "snälla", "please", "could you". */
const POLITE =
  '(?:(?:hej|hi|hello|hallo|tjena|hejsan|ok|okej|god morgon|good morning|samrad)[,!]?\\s+){0,2}(?:(?:kan du|kan ni|skulle du kunna|vill du|snalla|jag vill|vi vill|please|could you|can you|would you|kindly|i want to|let s|lets)\\s+)*';

/** How each command starts: its verb, first (after politeness), as an imperative. */
const COMMAND_WORDING: Partial<Record<IntentName, RegExp>> = {
  // Opening or closing needs its object too: "öppna bilagorna till punkt 5" opens no vote.
  'open-decision': new RegExp(
    `^${POLITE}(?:oppna|starta|borja|open|start|begin)\\b.*\\b(?:beslut\\w*|omrostning\\w*|votering\\w*|rostning\\w*|decision\\w*|vote|voting)\\b`,
  ),
  'close-decision': new RegExp(
    `^${POLITE}(?:(?:stang|avsluta|avgor|close|end|finish)\\b.*\\b(?:beslut\\w*|omrostning\\w*|votering\\w*|rostning\\w*|decision\\w*|vote|voting|punkt\\w*|item|bifall|avslag|adopted|rejected)\\b|(?:bifall|bifalla|avsla|bordlagg|aterremittera|adopt|reject|table)\\b)`,
  ),
  nominate: new RegExp(`^${POLITE}(?:nominera|nominerar|foresla|nominate|propose)\\b`),
  // Putting a round on the agenda needs the nominations named: "lägg till punkt 8 på dagordningen" is not it.
  'nomination-decide': new RegExp(
    `^${POLITE}(?:lagg|gor|satt|skapa|put|make|turn|add|create)\\b.*\\b(?:nominer\\w*|nomination\\w*)\\b`,
  ),
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
  'decision-items': 'search',
  // "handlar punkt 7 om TN-platser?", "is item 6 about heart failure?": a yes or a no about the item.
  item: 'search',
  forwarded: 'decision-journey',
};

/**
 * "vad är 17 gånger 23?", "what's 15% of 4 million?": a sum and nothing else, which samrad does not
 * do ("vad innebär 3+3-modellen?" names a seat rule and is not one).
 */
const SUM_WORDS =
  /\b(vad|ar|blir|what|is|whats|how|much|rakna|ut|calculate|compute|please|tack|snalla|kan|du|can|you|equals|lika|med)\b/g;
const SUM =
  /^\d+(?:[.,]\d+)?\s*(?:\+|-|\*|\/|x|×|plus|minus|ganger|gange|times|multiplied by|divided by|delat med|%\s*(?:av|of)|procent av|percent of)\s*\d+(?:[.,]\d+)?\s*(?:miljoner|million|tusen|thousand|kr|kronor)?$/;

function isArithmetic(folded: string): boolean {
  const rest = folded.replace(/[?!=]/g, ' ').replace(SUM_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return SUM.test(rest);
}

/**
 * "Who is Johan Persson from Vansbro?", "vem är Anna Svensson?": who a person is, which samrad
 * does not answer (it knows roles, not people), whatever else the question names.
 */
function asksWhoSomeoneIs(question: string): boolean {
  return /\b(?:[Ww]ho is|[Ww]ho's|[Vv]em är|[Vv]em e)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(question);
}

/** Words that put a question about decisions in the time to come: "vad ska vi besluta om?". */
const FUTURE =
  /\b(ska|skall|kommer att|will|going to|nasta|next|kommande|upcoming|coming|forvantas|planeras|planerat|expected)\b/;

/**
 * The intent checked against what the question says besides its resemblance to examples: two
 * principals named in a cost question ask for a comparison; a question about decisions to come is
 * not one about decisions taken, and the other way round.
 */
function fitToQuestion(
  intent: IntentName | 'unknown',
  entities: Entities,
  folded: string,
  ranked: { intent?: unknown; score: number }[],
): IntentName | 'unknown' {
  if (intent === 'cost-share' && (entities.principals?.length ?? 0) >= 2) return 'cost-compare';
  // A cost question names who pays, how much, or which cost, or asks how it is split; "vad kostar
  // en tn-plats per dygn?" does none of that and is not about the joint costs.
  if (
    intent === 'cost-share' &&
    !entities.principal &&
    entities.amount === undefined &&
    !entities.cost &&
    !entities.scope &&
    !/\b(fordel\w*|andel\w*|split\w*|share\w*|dela\w*|betala\w*|pay\w*|kommun\w*|municipalit\w*|huvudm\w*|principal\w*|oss|vi|var|vart|us|we|our)\b/.test(
      folded,
    )
  )
    return 'unknown';
  // Adoptions are of a recommendation: "hur många invånare har Mora?" is not about them.
  if (
    intent === 'adoptions' &&
    !/\b(anta\w*|antog\w*|antag\w*|adopt\w*|rek\w*|recommend\w*|godkan\w*|approv\w*|sagt ja|said yes|beslut\w*|deadline|sista dag|late|sen[ae]?|efter|behind|missing|saknas|svarat|responded)\b/.test(
      folded,
    )
  )
    return 'unknown';
  // "har p6 från chnv skickats vidare?": one decision's way, not the list of what was sent on.
  if (intent === 'forwarded' && entities.item !== undefined) return 'decision-journey';
  const top = ranked[0]?.score ?? 0;
  const near = (other: IntentName) => ranked.some((r) => r['intent'] === other && r.score >= top * 0.5);
  const past = isPastTense(folded);
  const future = FUTURE.test(folded);
  if (intent === 'past-decision' && future && !past && near('decision-items')) return 'decision-items';
  if (intent === 'decision-items' && past && !future && near('past-decision')) return 'past-decision';
  return intent;
}

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

function withSubject(
  intent: IntentName,
  topic: string,
  generalWords: Set<string>,
  generalWordsSorted: readonly string[],
): IntentName {
  const becomes = WITH_SUBJECT[intent];
  if (!becomes) return intent;
  const subject = topic.split(' ').filter((w) => {
    const term = indexTerm(w);
    return (
      w.length >= 2 &&
      !NO_SUBJECT.has(w) &&
      term !== null &&
      !generalWords.has(term) &&
      // An abbreviation of an everyday word or an intent's ("dagordn") is no subject either.
      !(term.length >= 3 && startsLongerWord(generalWordsSorted, term))
    );
  });
  return subject.length > 0 ? becomes : intent;
}
