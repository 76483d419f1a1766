import { foldText } from '../../domain/text.js';
import { writeOut } from './colloquial.js';

/**
 * Whether a question asks for a yes or a no: it starts with a verb ("har vi möte i morgon?", "är
 * mötet inställt?", "finns det något om …?", "do we …", "is there …", "has Mora adopted …").
 * Such a question gets its answer first, as "Ja, …" or "Nej, …", before what shows it.
 */
const YES_NO_START =
  /^(?:(?:hej|hi|ok|okej|och|and|men|but|sa|so)[,!]?\s+)?(har|hade|ar|var|finns|fanns|blir|blev|ska|skall|kommer|tar|tas|handlar|betalar|gick|skickades|antog|antogs|beslutades|beslots|fick|kan|do|does|did|is|are|was|were|has|have|had|will|any|anything|can|could|should|shall|nagot|nagon|nagra)\b/;

export function isYesNoQuestion(question: string): boolean {
  const folded = writeOut(foldText(question))
    .replace(/[^a-z0-9 ,;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Hur går nomineringen, är alla platser tillsatta?": a clause of its own may ask it.
  const clauses = folded.split(/\s*(?:,|;|\boch\b|\band\b)\s*/).map((clause) => clause.trim());
  return clauses.some(startsYesNo) || YES_NO_ANYWHERE.test(folded.replace(/[,;]/g, ' '));
}

function startsYesNo(clause: string): boolean {
  // "var är mötet?" asks where; "var" is only "was" when a question word does not follow.
  if (/^var (ar|ligger|hittar|finns|hals|halls|blir)\b/.test(clause)) return false;
  return YES_NO_START.test(clause);
}

/** Yes/no questions not starting with their verb: "chnv 5 feb, blir det av?". */
const YES_NO_ANYWHERE = /\b(blir (det|motet) av|is it (on|going ahead|cancelled)|ar det (installt|av))\b/;
