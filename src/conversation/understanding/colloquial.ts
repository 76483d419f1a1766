/**
 * Chat shorthand written out before anything is read: English contractions ("what's" is "what
 * is", not "what" and an "s"), Swedish chat forms ("nåt", "va e"), and compounds on the words that
 * say what is asked ("hjärtsviktsbeslutet" is "hjärtsvikts beslutet", "chefsnätverksmöte" is
 * "chefsnätverks möte"), so that the subject and the kind of question are both seen. Works on
 * folded text (lower case, no diacritics).
 */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(what|who|where|when|how|it|that|there|here|which)\s*'\s*s\b/g, '$1 is'],
  [/\b(today|tomorrow|yesterday)\s*'\s*s\b/g, '$1'],
  // Genitives: "the council's", "vfr:s".
  [/([a-z0-9])\s*'\s*s\b/g, '$1'],
  [/([a-z0-9]):s\b/g, '$1'],
  [/\bi\s*'\s*m\b/g, 'i am'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|should|would)n\s*'\s*t\b/g, '$1 not'],
  [/\bcan\s*'\s*t\b/g, 'can not'],
  [/\bwon\s*'\s*t\b/g, 'will not'],
  [/\b(i|you|we|they)\s*'\s*(ll|ve|d|re)\b/g, '$1'],
];

/** "whats" written without its apostrophe. */
const RUN_TOGETHER: Record<string, string> = {
  whats: 'what is',
  wheres: 'where is',
  whos: 'who is',
  hows: 'how is',
  thats: 'that is',
  theres: 'there is',
  todays: 'today',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  // Swedish chat forms
  nat: 'nagot',
  nan: 'nagon',
  ngt: 'nagot',
  ngn: 'nagon',
  ngra: 'nagra',
  e: 'ar',
  va: 'vad',
  vart: 'var',
  mkt: 'mycket',
  tfn: 'telefon',
};

/** Words that end compounds and say what is asked about: the last part is split off. */
const HEADS = [
  'beslutet',
  'beslutets',
  'beslut',
  'motet',
  'motets',
  'moten',
  'mote',
  'punkten',
  'punkt',
  'arendet',
  'arende',
  'dagordningen',
  'dagordning',
  'agendan',
  'nomineringen',
  'nomineringar',
  'rekommendationen',
];

/** A compound ending in a head, with at least four letters before it: "hjartsvikts|beslutet". */
const COMPOUND = new RegExp(`\\b([a-z]{4,}?)(${HEADS.join('|')})\\b`, 'g');

/** Words that end in a head but are no compounds of it. */
const NOT_COMPOUNDS = new Set(['beslutsmote', 'motesplan', 'omrostning']);

/**
 * Courtesies around a question that say nothing of what is asked: "God morgon, jag skulle gärna
 * vilja veta …", "I would be grateful if you could show me …", "…, så att jag hinner läsa in mig".
 * Taken off so that the question's own words decide; a greeting alone is kept (it is one).
 */
const LEADING_COURTESY = new RegExp(
  [
    '^(?:(?:god (?:morgon|dag|eftermiddag|kvall)|hej(?: hej)?|hejsan|halla|tja|hello|hi|hey|good (?:morning|afternoon|evening)|dear samrad)[,.!]?\\s+)?',
    '(?:(?:jag (?:skulle|ville|vill) (?:garna |bara )?(?:vilja )?(?:veta|fraga|se|ha)(?: om)?|kan (?:du|ni) (?:beratta|tala om|saga|rakna upp|lista)(?: for mig)?|skulle (?:du|ni) kunna (?:beratta|tala om|saga|visa)(?: mig)?|i would (?:like to know|like to see|like|be grateful if you could)|i d like to know|could you (?:please )?(?:tell me|show me|let me know|list)|can you (?:please )?(?:tell me|list)|please (?:tell me|show me|let me know)|i wonder|jag undrar)[,:]?\\s+)?',
  ].join(''),
);
const TRAILING_COURTESY =
  /[,.]?\s+(?:sa att jag (?:hinner|kan) .*|so that i can .*|tack(?: pa forhand| sa mycket)?|thanks(?: in advance)?|thank you|please|pls)[.!?]*\s*$/;

/** Words of an apology or a hedge before the question: "ursäkta om det är en dum fråga men …". */
const HEDGE =
  /\b(ursakta|forlat|sorry|excuse|dum fraga|dumb question|not sure|inte saker|vet inte|new to|ny har|har missat|missat lite|remind me|quick one|snabb fraga|tjatar|undrar|wondering|hej|hi|hello|hallo|god morgon|good morning)\b/;
/** Where a hedge ends and the question begins: a dash, "men", "but", a colon. */
const HEDGE_END = /\s+[-–—:]\s+|,?\s+(?:men|but)\s+|\s*[–—]\s*/;
/** A clause after the question that only explains why it is asked: ", ifall jag behöver maila nån". */
const TRAILING_REASON =
  /,\s*(?:ifall|eftersom|for att|sa att|in case|because|since|so that|so i)\b.*$|\?\s+(?:har inte koll|vet inte|ingen aning|no idea|not sure)[.!]*\s*$/;

function withoutCourtesies(text: string): string {
  const trimmed = text.trim();
  let rest = trimmed.replace(LEADING_COURTESY, '').replace(TRAILING_COURTESY, '').trim();
  // "sorry if this is a dumb question – is there anything about …": the question is after the hedge.
  const end = HEDGE_END.exec(rest);
  if (end && HEDGE.test(rest.slice(0, end.index)) && rest.slice(end.index + end[0].length).trim() !== '')
    rest = rest.slice(end.index + end[0].length).trim();
  rest = rest.replace(TRAILING_REASON, '').trim();
  return rest.replace(/[^a-z0-9]/g, '') === '' ? trimmed : rest;
}

export function writeOut(folded: string): string {
  let text = folded.replace(/[’`´]/g, "'");
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  // Whole words only: the "e" of "5:e punkten" and of "e-post" stays.
  text = text.replace(/(?<![\w:'-])[a-z]+(?![\w:'-])/g, (word) => RUN_TOGETHER[word] ?? word);
  text = text.replace(COMPOUND, (whole: string, head: string, tail: string) =>
    NOT_COMPOUNDS.has(whole) ? whole : `${head} ${tail}`,
  );
  return withoutCourtesies(text);
}
