import { foldText } from '../../domain/text.js';

/**
 * How samrad reads words, for every index it searches (intents, agenda items, names): folded to
 * lower case without diacritics (so "mote" finds "möte"), with common Swedish and English endings
 * cut (so "dagordningen" finds "dagordning"), and without words that carry no meaning here.
 */

/** Words that say nothing about what is asked. Question words stay: they tell "when" from "where". */
const STOP_WORDS = new Set(
  [
    'ar',
    'en',
    'ett',
    'och',
    'i',
    'pa',
    'for',
    'om',
    'det',
    'den',
    'de',
    'som',
    'till',
    'av',
    'med',
    'jag',
    'du',
    'vi',
    'kan',
    'ska',
    'skall',
    'har',
    'blir',
    'bli',
    'var',
    'sa',
    'nu',
    'da',
    'mig',
    'oss',
    'er',
    'ni',
    'lite',
    'snalla',
    'garna',
    'ju',
    'val',
    'alltsa',
    'hos',
    'fran',
    'vid',
    'at',
    'an',
    'the',
    'a',
    'is',
    'are',
    'of',
    'to',
    'in',
    'on',
    'and',
    'me',
    'us',
    'please',
    'can',
    'you',
    'i',
    'do',
    'does',
    'be',
    'there',
    'it',
    'about',
    'for',
    'this',
    'that',
    'tell',
  ].map((w) => w),
);

/** "Var" means "where" in a question and is kept out of the stop words for that reason. */
const QUESTION_WORDS = new Set([
  'var',
  'nar',
  'vem',
  'vilka',
  'vilken',
  'hur',
  'vad',
  'where',
  'when',
  'who',
  'what',
  'how',
  'which',
]);

const SUFFIXES = [
  'arnas',
  'ernas',
  'ornas',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'heten',
  'het',
  'ens',
  'ets',
  'en',
  'et',
  'na',
  'ar',
  'er',
  'or',
  'es',
  's',
  'e',
  'a',
];

/** Cuts one common ending off a word of six letters or more, leaving at least four. */
export function stem(word: string): string {
  if (word.length < 6 || /\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The words of a text, folded, without punctuation. */
export function words(text: string): string[] {
  return foldText(text)
    .replace(/[^a-z0-9#]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

/** A word as every index stores it, or null for a word that carries no meaning. */
export function indexTerm(word: string): string | null {
  const folded = foldText(word).replace(/[^a-z0-9#]/g, '');
  if (folded === '') return null;
  if (QUESTION_WORDS.has(folded)) return folded;
  if (STOP_WORDS.has(folded)) return null;
  return stem(folded);
}

/**
 * Words that tell one kind of question from another though they say nothing of its subject: "vad
 * kan du" is not "vad handlar punkt 5 om", "who are you" not "who presents item 5". Kept when
 * questions are matched against intents; searches of names and items drop them.
 */
const INTENT_WORDS = new Set([
  'du',
  'dig',
  'you',
  'your',
  'jag',
  'mig',
  'me',
  'my',
  'kan',
  'can',
  'har',
  'is',
  'are',
  'do',
  'does',
  'tack',
  'there',
  'om',
  'about',
  // "vad sa vi om": said, not so.
  'sa',
]);

/** A word as the intent index stores it: as `indexTerm`, keeping the words that tell intents apart. */
export function intentTerm(word: string): string | null {
  const folded = foldText(word).replace(/[^a-z0-9#]/g, '');
  if (INTENT_WORDS.has(folded)) return folded;
  return indexTerm(word);
}

/** The meaningful terms of a text. */
export function terms(text: string): string[] {
  return words(text)
    .map(indexTerm)
    .filter((t): t is string => t !== null);
}

/** Splits a text into words for MiniSearch (it then passes each through `indexTerm`). */
export function tokenize(text: string): string[] {
  return words(text);
}
