import { foldText } from '../../domain/text.js';

/**
 * The networks' subjects in the words members use for them, English and colloquial Swedish, with
 * the Swedish words the agendas are written in: "detox beds" is what the agenda calls
 * "tillnyktringsplatser", "heart failure" is "hjärtsvikt". Searches translate a topic with it before
 * looking, and the question reader counts these words as known. Folded forms (no å/ä/ö), longest
 * phrase first so "sobering-up beds" is taken whole. Add a line when members ask about a subject in
 * words the agendas do not use.
 */
const GLOSSARY: [string, string][] = [
  ['sobering up beds', 'tillnyktringsplatser'],
  ['sobering up places', 'tillnyktringsplatser'],
  ['sobering up', 'tillnyktring'],
  ['detox beds', 'tillnyktringsplatser'],
  ['detox places', 'tillnyktringsplatser'],
  ['detox', 'tillnyktring'],
  ['sobering', 'tillnyktring'],
  ['nyktring', 'tillnyktring'],
  ['nyktringsplatser', 'tillnyktringsplatser'],
  ['tn platser', 'tillnyktringsplatser'],
  ['tn', 'tillnyktringsplatser'],
  ['heart failure', 'hjartsvikt'],
  ['cardiac failure', 'hjartsvikt'],
  ['heart', 'hjartsvikt'],
  ['care programme', 'vardprogram'],
  ['care program', 'vardprogram'],
  ['discharge from hospital', 'utskrivning slutenvard'],
  ['hospital discharge', 'utskrivning slutenvard'],
  ['discharge', 'utskrivning'],
  ['safe return home', 'trygg hemgang'],
  ['development leaders', 'utvecklingsledare'],
  ['development leader', 'utvecklingsledare'],
  ['good and close care', 'god och nara vard'],
  ['good close care', 'god och nara vard'],
  ['close care', 'nara vard'],
  ['local health care', 'nara vard'],
  ['primary care reform', 'nara vard'],
  ['steering group', 'styrgrupp'],
  ['violence against women', 'kvinnofrid'],
  ['domestic violence', 'kvinnofrid'],
  ['mens vald mot kvinnor', 'kvinnofrid'],
  ['recommendation', 'rekommendation'],
  ['funding', 'finansiering'],
  ['financing', 'finansiering'],
  ['status report', 'lagesrapport'],
  ['progress report', 'lagesrapport'],
  ['agreement', 'overenskommelse'],
  ['evaluation', 'utvardering'],
  ['extension', 'forlangning'],
  ['knowledge management', 'kunskapsstyrning'],
  ['knowledge based management', 'kunskapsstyrning'],
  ['coronavirus', 'covid'],
  ['corona', 'covid'],
  ['pandemic', 'covid'],
  ['elderly care', 'aldreomsorg'],
  ['social services', 'socialtjanst'],
  ['health care', 'halso och sjukvard'],
  ['healthcare', 'halso och sjukvard'],
];

const ENTRIES = GLOSSARY.map(([phrase, agendaWords]) => ({
  pattern: new RegExp(`\\b${phrase.replace(/ /g, '[\\s-]+')}\\b`, 'g'),
  agendaWords,
})).sort((a, b) => b.pattern.source.length - a.pattern.source.length);

/** A topic in the agendas' words: the glossary's phrases replaced, everything else as written. */
export function inAgendaWords(topic: string): string {
  let text = foldText(topic);
  for (const { pattern, agendaWords } of ENTRIES) text = text.replace(pattern, agendaWords);
  return text;
}

/** Every word the glossary knows, on both sides, for counting a question's words as understood. */
export function glossaryWords(): string[] {
  return GLOSSARY.flatMap(([phrase, agendaWords]) => [...phrase.split(' '), ...agendaWords.split(' ')]);
}
