import type { Lang } from './lang.js';

/**
 * The sentences of samrad's short factual answers (who chairs, how many items, who has adopted,
 * who pays more), in both languages; the interface makes the compiler check that both have all.
 */
export interface FactTexts {
  thanks: string;
  itemCount: (meeting: string, count: number, decisions: number) => string;
  noAgendaYet: (meeting: string) => string;
  decisionItems: (meeting: string) => string;
  noDecisionItems: (meeting: string) => string;
  role: (role: string, body: string, names: string) => string;
  noRole: (role: string, body: string) => string;
  whichBody: string;
  members: (body: string, list: string) => string;
  representative: (principal: string, list: string) => string;
  noRepresentative: (principal: string) => string;
  whichPrincipal: string;
  costCompare: (a: string, aAmount: string, b: string, bAmount: string, more: boolean | null) => string;
  costExtremes: (least: string, leastAmount: string, most: string, mostAmount: string) => string;
  noRecommendation: (topic: string) => string;
  adoptedBy: (principal: string, date: string, title: string) => string;
  yes: string;
  no: string;
  notAdoptedBy: (principal: string, title: string, deadline: string | null) => string;
  adoptionSummary: (title: string, adopted: number, total: number) => string;
  adoptionMissing: (list: string) => string;
  adoptionAll: string;
  adoptionDeadline: (date: string, overdue: boolean) => string;
  forwarded: (body: string, list: string) => string;
  noneForwarded: (body: string, when: string) => string;
  /** "Chefsnätverket skickade vidare till Välfärdsrådet: …" */
  forwardedFrom: (from: string, to: string, list: string) => string;
  /** How "from a body" reads where "to a body" would: "från Chefsnätverket". */
  fromBody: (body: string) => string;
}

export const FACT_TEXTS: Record<Lang, FactTexts> = {
  sv: {
    thanks: 'Varsågod! Fråga gärna igen när du undrar något om möten, dagordningar eller beslut.',
    itemCount: (m, n, d) =>
      `Dagordningen för ${m} har ${n} ${n === 1 ? 'punkt' : 'punkter'}, varav ${d} ${d === 1 ? 'beslutsärende' : 'beslutsärenden'}.`,
    noAgendaYet: (m) => `Det finns ingen dagordning för ${m} ännu.`,
    decisionItems: (m) => `Beslutsärenden på ${m}:`,
    noDecisionItems: (m) => `Det finns inga beslutsärenden på dagordningen för ${m}.`,
    role: (r, b, names) => `${capitalise(r)} i ${b} är ${names}.`,
    noRole: (r, b) => `${b} har ingen ${r} i ledamotsregistret.`,
    whichBody: 'Vilket nätverk eller råd menar du? Skriv till exempel "vem leder Chefsnätverket?".',
    members: (b, list) => `I ${b} sitter: ${list}.`,
    representative: (p, list) => `${p} representeras av ${list}.`,
    noRepresentative: (p) => `Jag hittar ingen som representerar ${p} i ledamotsregistret.`,
    whichPrincipal: 'Vilken kommun menar du? Skriv till exempel "vem representerar Mora?".',
    costCompare: (a, aa, b, ba, more) =>
      more === null
        ? `${a} och ${b} betalar lika mycket: ${aa}.`
        : `${more ? 'Ja' : 'Nej'}: ${a} betalar ${aa} och ${b} ${ba}.`,
    costExtremes: (l, la, m, ma) => `Minst betalar ${l} (${la}), mest ${m} (${ma}).`,
    noRecommendation: (topic) =>
      `Jag hittar ingen rekommendation till huvudmännen${topic ? ` om "${topic}"` : ''}.`,
    yes: 'Ja',
    no: 'Nej',
    adoptedBy: (p, d, title) => `Ja, ${p} antog rekommendationen om ${title} ${d}.`,
    notAdoptedBy: (p, title, deadline) =>
      `Nej, ${p} har inte antagit rekommendationen om ${title} ännu${deadline ? ` (sista dag ${deadline})` : ''}.`,
    adoptionSummary: (title, a, total) =>
      `${a} av ${total} huvudmän har antagit rekommendationen om ${title}.`,
    adoptionMissing: (list) => `Inte antagit: ${list}.`,
    adoptionAll: 'Alla har antagit den.',
    adoptionDeadline: (d, overdue) => (overdue ? `Sista dag var ${d}.` : `Sista dag är ${d}.`),
    forwarded: (b, list) => `Skickat vidare till ${b}: ${list}.`,
    noneForwarded: (b, when) =>
      `Inga beslut har skickats vidare ${b.startsWith('från ') ? b : `till ${b}`}${when ? ` ${when}` : ''}.`,
    forwardedFrom: (from, to, list) => `${from} skickade vidare till ${to}: ${list}.`,
    fromBody: (b) => `från ${b}`,
  },
  en: {
    thanks: "You're welcome! Ask again whenever you wonder about meetings, agendas or decisions.",
    itemCount: (m, n, d) =>
      `The agenda for ${m} has ${n} ${n === 1 ? 'item' : 'items'}, ${d} of them for decision.`,
    noAgendaYet: (m) => `There is no agenda for ${m} yet.`,
    decisionItems: (m) => `Items for decision at ${m}:`,
    noDecisionItems: (m) => `There are no items for decision on the agenda for ${m}.`,
    role: (r, b, names) => `The ${r} of ${b} is ${names}.`,
    noRole: (r, b) => `${b} has no ${r} on the roster.`,
    whichBody: 'Which network or council do you mean? Write for example "who chairs Chefsnätverket?".',
    members: (b, list) => `${b}: ${list}.`,
    representative: (p, list) => `${p} is represented by ${list}.`,
    noRepresentative: (p) => `I find no one on the roster who represents ${p}.`,
    whichPrincipal: 'Which municipality do you mean? Write for example "who represents Mora?".',
    costCompare: (a, aa, b, ba, more) =>
      more === null
        ? `${a} and ${b} pay the same: ${aa}.`
        : `${more ? 'Yes' : 'No'}: ${a} pays ${aa} and ${b} ${ba}.`,
    costExtremes: (l, la, m, ma) => `${l} pays the least (${la}), ${m} the most (${ma}).`,
    noRecommendation: (topic) =>
      `I find no recommendation to the principals${topic ? ` about "${topic}"` : ''}.`,
    yes: 'Yes',
    no: 'No',
    adoptedBy: (p, d, title) => `Yes, ${p} adopted the recommendation on ${title} on ${d}.`,
    notAdoptedBy: (p, title, deadline) =>
      `No, ${p} has not adopted the recommendation on ${title} yet${deadline ? ` (deadline ${deadline})` : ''}.`,
    adoptionSummary: (title, a, total) =>
      `${a} of ${total} principals have adopted the recommendation on ${title}.`,
    adoptionMissing: (list) => `Not adopted: ${list}.`,
    adoptionAll: 'All have adopted it.',
    adoptionDeadline: (d, overdue) => (overdue ? `The deadline was ${d}.` : `The deadline is ${d}.`),
    forwarded: (b, list) => `Sent on to ${b}: ${list}.`,
    noneForwarded: (b, when) =>
      `No decisions have been sent on ${b.startsWith('from ') ? b : `to ${b}`}${when ? ` ${when}` : ''}.`,
    forwardedFrom: (from, to, list) => `${from} sent on to ${to}: ${list}.`,
    fromBody: (b) => `from ${b}`,
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
