import type { AgendaProblem, AgendaProblemCode, ErrorCode, ErrorParams } from '../errors/samrad-error.js';
import type { Role } from '../domain/membership.js';
import { formatDate } from './format.js';
import { ROLE_LABELS } from './labels.js';
import type { Bilingual, Lang } from './lang.js';

/**
 * The message a member in a chat reads. The store's own troubles (a full disk, a busy or broken
 * file) are the operator's business: the member gets a plain sentence, never a path or an operating
 * system's error; the details are in the server's log.
 */
export function memberMessage(code: ErrorCode, params: ErrorParams, lang: Lang): string {
  if (code.startsWith('store.')) return STORE_TROUBLE[lang];
  return errorMessage(code, params, lang);
}

const STORE_TROUBLE: Record<Lang, string> = {
  sv: 'Det gick inte att spara just nu, så ingenting har ändrats. Försök igen om en stund; kvarstår felet, säg till nätverkets sekreterare.',
  en: "Saving is not possible right now, so nothing was changed. Try again in a moment; if it goes on, tell the network's secretary.",
};

/**
 * What a person reads for each error code, in Swedish and English. The one place error text lives;
 * a test checks that every code has both.
 */
type Message = (p: ErrorParams) => string;

const s = (p: ErrorParams, key: string): string => String(p[key] ?? '');

/** Why a lock file cannot be used: a folder stands in its place, no permission, or the system's code. */
function lockProblem(p: ErrorParams, lang: 'sv' | 'en'): string {
  const reason = s(p, 'reason');
  if (reason === 'folder')
    return lang === 'sv' ? 'det är en mapp, inte en fil' : 'it is a folder, not a file';
  if (reason === 'permission') return lang === 'sv' ? 'behörighet saknas' : 'no permission to open it';
  return reason;
}

export const ERROR_MESSAGES: Record<ErrorCode, Bilingual<Message>> = {
  'input.invalid': {
    sv: (p) => `Ogiltig uppgift: ${s(p, 'detail')}`,
    en: (p) => `Invalid input: ${s(p, 'detail')}`,
  },
  'input.unknown-body': {
    sv: (p) => `Det finns inget organ som heter "${s(p, 'body')}". Se \`samrad body list\`.`,
    en: (p) => `There is no body called "${s(p, 'body')}". See \`samrad body list\`.`,
  },
  'input.unknown-principal': {
    sv: (p) =>
      `"${s(p, 'principal')}" är inte en huvudman. Ange en av Dalarnas kommuner eller Region Dalarna.`,
    en: (p) =>
      `"${s(p, 'principal')}" is not a principal. Give one of Dalarna's municipalities or Region Dalarna.`,
  },
  'input.unknown-meeting': {
    sv: (p) => `Det finns inget möte med id "${s(p, 'meeting')}". Se \`samrad meeting list\`.`,
    en: (p) => `There is no meeting with id "${s(p, 'meeting')}". See \`samrad meeting list\`.`,
  },
  'input.unknown-member': {
    sv: (p) => `Hittade ingen ledamot "${s(p, 'member')}" i ${s(p, 'body')}.`,
    en: (p) => `Found no member "${s(p, 'member')}" in ${s(p, 'body')}.`,
  },
  'input.bad-date': {
    sv: (p) => `"${s(p, 'value')}" är inget giltigt datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-05-08.`,
    en: (p) => `"${s(p, 'value')}" is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-05-08.`,
  },
  'input.bad-time': {
    sv: (p) => `"${s(p, 'value')}" är ingen giltig tid. Skriv den som TT:MM, t.ex. 09:30.`,
    en: (p) => `"${s(p, 'value')}" is not a valid time. Write it as HH:MM, e.g. 09:30.`,
  },
  'input.bad-amount': {
    sv: (p) =>
      `"${s(p, 'value')}" är inget giltigt belopp. Ange hela kronor, t.ex. 2000000 eller "2 000 000".`,
    en: (p) => `"${s(p, 'value')}" is not a valid amount. Give whole kronor, e.g. 2000000 or "2 000 000".`,
  },
  'input.file-not-found': {
    sv: (p) => `Filen ${s(p, 'file')} finns inte.`,
    en: (p) => `The file ${s(p, 'file')} does not exist.`,
  },
  'input.file-unreadable': {
    sv: (p) => `Kunde inte läsa filen ${s(p, 'file')}: ${s(p, 'reason')}.`,
    en: (p) => `Could not read the file ${s(p, 'file')}: ${s(p, 'reason')}.`,
  },
  'agenda.unparsable': {
    sv: (p) =>
      `Dagordningen ${s(p, 'file')} kunde inte läsas in (${problemCount(p, 'sv')}); inget har sparats.`,
    en: (p) =>
      `The agenda ${s(p, 'file')} could not be imported (${problemCount(p, 'en')}); nothing was stored.`,
  },
  'agenda.meeting-has-agenda': {
    sv: (p) => `Mötet ${s(p, 'meeting')} har redan en dagordning. Använd --replace för att ersätta den.`,
    en: (p) => `The meeting ${s(p, 'meeting')} already has an agenda. Use --replace to replace it.`,
  },
  'agenda.has-decisions': {
    sv: (p) =>
      `Dagordningen för ${s(p, 'meeting')} kan inte ersättas: beslut är redan registrerade på dess punkter.`,
    en: (p) =>
      `The agenda of ${s(p, 'meeting')} cannot be replaced: decisions are already recorded on its items.`,
  },
  'agenda.no-body': {
    sv: () => `Ange vilket organ dagordningen gäller med --body (t.ex. --body chefsnatverket).`,
    en: () => `Say which body the agenda belongs to with --body (e.g. --body chefsnatverket).`,
  },
  'meeting.exists': {
    sv: (p) => `Det finns redan ett möte ${s(p, 'meeting')}.`,
    en: (p) => `There is already a meeting ${s(p, 'meeting')}.`,
  },
  'meeting.already-cancelled': {
    sv: (p) => `Mötet ${s(p, 'meeting')} är redan inställt.`,
    en: (p) => `The meeting ${s(p, 'meeting')} is already cancelled.`,
  },
  'meeting.none-coming': {
    sv: (p) => `Det finns inget kommande möte${bodySuffix(p, 'sv')}.`,
    en: (p) => `There is no coming meeting${bodySuffix(p, 'en')}.`,
  },
  'member.exists': {
    sv: (p) => `${s(p, 'name')} finns redan i ${s(p, 'body')}.`,
    en: (p) => `${s(p, 'name')} is already in ${s(p, 'body')}.`,
  },
  'body.exists': {
    sv: (p) => `Det finns redan ett organ med id "${s(p, 'body')}".`,
    en: (p) => `There is already a body with id "${s(p, 'body')}".`,
  },
  'cost.no-principals': {
    sv: () => `Det finns inga huvudmän med befolkningssiffror att fördela på. Kör \`samrad demo\` först.`,
    en: () => `There are no principals with population figures to split between. Run \`samrad demo\` first.`,
  },
  'decision.not-chair': {
    sv: (p) => `Bara ordföranden eller sekreteraren i ${s(p, 'body')} kan göra det.`,
    en: (p) => `Only the chair or the secretary of ${s(p, 'body')} can do that.`,
  },
  'decision.no-item': {
    sv: (p) => `Dagordningen för ${s(p, 'meeting')} har ingen punkt ${s(p, 'number')}.`,
    en: (p) => `The agenda of ${s(p, 'meeting')} has no item ${s(p, 'number')}.`,
  },
  'decision.no-meeting': {
    sv: (p) => `${s(p, 'body')} har inget pågående eller kommande möte att besluta på.`,
    en: (p) => `${s(p, 'body')} has no current or coming meeting to decide at.`,
  },
  'decision.unknown': {
    sv: (p) => `Det finns inget beslut med id "${s(p, 'decision')}".`,
    en: (p) => `There is no decision with id "${s(p, 'decision')}".`,
  },
  'decision.already-closed': {
    sv: (p) => `Beslutet om punkt ${s(p, 'number')} är redan avslutat.`,
    en: (p) => `The decision on item ${s(p, 'number')} is already closed.`,
  },
  'decision.amendment-required': {
    sv: () => `Skriv in ändringen när beslutet fattas med ändring.`,
    en: () => `Write the amendment when the decision is adopted with an amendment.`,
  },
  'decision.amendment-not-used': {
    sv: () =>
      `Du har skrivit en ändring men inte valt "Bifall med ändring". Välj det, eller ta bort ändringen; beslutet är inte avslutat.`,
    en: () =>
      `You wrote an amendment but did not choose "Adopted with amendment". Choose it, or remove the amendment; the decision is not closed.`,
  },
  'decision.not-recommendation': {
    sv: (p) => `Beslutet ${s(p, 'decision')} är ingen antagen rekommendation till huvudmännen.`,
    en: (p) => `The decision ${s(p, 'decision')} is not an adopted recommendation to the principals.`,
  },
  'decision.no-condition': {
    sv: (p) => `Beslutet ${s(p, 'decision')} har inget villkor som väntar.`,
    en: (p) => `The decision ${s(p, 'decision')} has no pending condition.`,
  },
  'nomination.unknown-group': {
    sv: (p) => `Det finns ingen arbetsgrupp som heter "${s(p, 'group')}".`,
    en: (p) => `There is no working group called "${s(p, 'group')}".`,
  },
  'nomination.no-round': {
    sv: (p) => `Det pågår ingen nominering till ${s(p, 'group')}.`,
    en: (p) => `There is no nomination round for ${s(p, 'group')}.`,
  },
  'nomination.round-exists': {
    sv: (p) => `Det finns redan en nomineringsomgång till ${s(p, 'group')} (${s(p, 'status')}).`,
    en: (p) => `There is already a nomination round for ${s(p, 'group')} (${s(p, 'status')}).`,
  },
  'nomination.round-paused': {
    sv: (p) =>
      `Nomineringen till ${s(p, 'group')} är pausad (${s(p, 'reason')}). Ingen nominering har sparats.`,
    en: (p) => `Nominations for ${s(p, 'group')} are paused (${s(p, 'reason')}). Nothing was stored.`,
  },
  'nomination.round-closed': {
    sv: (p) => `Nomineringen till ${s(p, 'group')} är stängd. Ingen nominering har sparats.`,
    en: (p) => `Nominations for ${s(p, 'group')} are closed. Nothing was stored.`,
  },
  'nomination.not-allowed': {
    sv: (p) => `Bara ledamöter i ${s(p, 'body')} kan nominera. Ingen nominering har sparats.`,
    en: (p) => `Only members of ${s(p, 'body')} can nominate. Nothing was stored.`,
  },
  'nomination.own-principal': {
    sv: (p) =>
      `Du kan bara nominera för din egen huvudman (${s(p, 'principal')}); ordföranden och sekreteraren kan nominera för alla.`,
    en: (p) =>
      `You can only nominate for your own principal (${s(p, 'principal')}); the chair and the secretary can nominate for all.`,
  },
  'nomination.email-taken': {
    sv: (p) =>
      `E-postadressen ${s(p, 'email')} hör till en annan person i ledamotsregistret. Ange den nominerades egen adress, eller ingen.`,
    en: (p) =>
      `The e-mail address ${s(p, 'email')} belongs to someone else on the roster. Give the nominee's own address, or none.`,
  },
  'nomination.name-invalid': {
    sv: () => `Skriv den nominerades namn, med bokstäver (högst 120 tecken, inga kontrolltecken).`,
    en: () => `Write the nominee's name, in letters (at most 120 characters, no control characters).`,
  },
  'nomination.email-invalid': {
    sv: (p) => `"${s(p, 'email')}" är ingen giltig e-postadress. Skriv den nominerades adress, eller ingen.`,
    en: (p) => `"${s(p, 'email')}" is not a valid e-mail address. Give the nominee's address, or none.`,
  },
  'nomination.motivation-invalid': {
    sv: () => `Motiveringen får vara högst 1 000 tecken.`,
    en: () => `The motivation may be at most 1,000 characters.`,
  },
  'nomination.side-mismatch': {
    sv: (p) => `${s(p, 'principal')} hör till ${s(p, 'side')}; välj den sidan för platsen.`,
    en: (p) => `${s(p, 'principal')} belongs to the ${s(p, 'side')} side; choose that side for the seat.`,
  },
  'nomination.unknown': {
    sv: (p) => `Det finns ingen nominering med id "${s(p, 'nomination')}".`,
    en: (p) => `There is no nomination with id "${s(p, 'nomination')}".`,
  },
  'nomination.already-answered': {
    sv: (p) =>
      `Du har redan ${p['accepted'] === 'yes' ? 'tackat ja' : 'tackat nej'} till ${p['group']}. Vill du ändra dig, kontakta sekreteraren.`,
    en: (p) =>
      `You have already ${p['accepted'] === 'yes' ? 'accepted' : 'declined'} the nomination to ${p['group']}. To change your mind, contact the secretary.`,
  },
  'nomination.not-nominee': {
    sv: () => `Bara den nominerade själv kan tacka ja eller nej.`,
    en: () => `Only the nominee can accept or decline.`,
  },
  'nomination.nothing-to-decide': {
    sv: (p) => `Det finns inga nominerade till ${s(p, 'group')} att besluta om.`,
    en: (p) => `There are no nominees for ${s(p, 'group')} to decide on.`,
  },
  'nomination.already-on-agenda': {
    sv: (p) =>
      `Nomineringen till ${s(p, 'group')} står redan på dagordningen: punkt ${s(p, 'item')} på mötet ${formatDate(s(p, 'date'), 'sv')}. Ingen ny punkt har lagts till.`,
    en: (p) =>
      `The nominations for ${s(p, 'group')} are already on the agenda: item ${s(p, 'item')} of the meeting on ${formatDate(s(p, 'date'), 'en')}. No new item was added.`,
  },
  'vote.closed': {
    sv: () => `Beslutet är avslutat; det går inte längre att rösta. Din röst har inte registrerats.`,
    en: () => `The decision is closed; voting has ended. Your vote was not recorded.`,
  },
  'vote.not-member': {
    sv: (p) => `Du finns inte bland ledamöterna i ${s(p, 'body')} och kan inte rösta här.`,
    en: (p) => `You are not among the members of ${s(p, 'body')} and cannot vote here.`,
  },
  'dissent.not-member': {
    sv: (p) => `Du finns inte bland ledamöterna i ${s(p, 'body')} och kan inte reservera dig mot beslutet.`,
    en: (p) =>
      `You are not among the members of ${s(p, 'body')} and cannot record a dissent from the decision.`,
  },
  'vote.not-allowed': {
    sv: (p) => `Som ${roleLabel(p, 'sv')} i ${s(p, 'body')} röstar du inte i det här beslutet.`,
    en: (p) => `As ${roleLabel(p, 'en')} of ${s(p, 'body')} you do not vote in this decision.`,
  },
  'config.invalid': {
    sv: (p) => `Felaktig inställning ${s(p, 'variable')}: ${s(p, 'problem')}.`,
    en: (p) => `Bad setting ${s(p, 'variable')}: ${s(p, 'problem')}.`,
  },
  'store.missing': {
    sv: (p) =>
      `Datafilen ${s(p, 'file')} finns inte. Skapa den med demodata genom \`npx samrad demo\`, eller starta boten (\`npm start\`), eller ange en annan fil i SAMRAD_DB. Ingenting har ändrats.`,
    en: (p) =>
      `The data file ${s(p, 'file')} does not exist. Create it with demo data with \`npx samrad demo\`, or start the bot (\`npm start\`), or set another file in SAMRAD_DB. Nothing was changed.`,
  },
  'store.corrupt': {
    sv: (p) =>
      `Datafilen ${s(p, 'file')} är trasig: ${s(p, 'path')}: ${s(p, 'problem')}. Filen har inte ändrats.`,
    en: (p) =>
      `The data file ${s(p, 'file')} is broken: ${s(p, 'path')}: ${s(p, 'problem')}. The file was not changed.`,
  },
  'store.unreadable': {
    sv: (p) => `Kunde inte läsa datafilen ${s(p, 'file')}: ${s(p, 'reason')}.`,
    en: (p) => `Could not read the data file ${s(p, 'file')}: ${s(p, 'reason')}.`,
  },
  'store.newer-version': {
    sv: (p) =>
      `Datafilen ${s(p, 'file')} har schemaversion ${s(p, 'version')}, nyare än den här versionen av samrad klarar (${s(p, 'supported')}). Uppdatera samrad. Filen har inte ändrats.`,
    en: (p) =>
      `The data file ${s(p, 'file')} has schema version ${s(p, 'version')}, newer than this samrad supports (${s(p, 'supported')}). Update samrad. The file was not changed.`,
  },
  'store.write-failed': {
    sv: (p) => `Kunde inte spara till ${s(p, 'file')}: ${s(p, 'reason')}. Ändringen är inte sparad.`,
    en: (p) => `Could not save to ${s(p, 'file')}: ${s(p, 'reason')}. The change was not saved.`,
  },
  'store.invalid-change': {
    sv: () => `Ändringen kunde inte sparas: uppgifterna håller inte samrads format. Ingenting har ändrats.`,
    en: () => `The change could not be saved: the data does not fit samrad's format. Nothing was changed.`,
  },
  'store.locked': {
    sv: (p) =>
      `Datafilen är upptagen av ett annat program (väntade ${s(p, 'waited')} ms på ${s(p, 'file')}). Ingenting har ändrats; försök igen om en stund.`,
    en: (p) =>
      `The data file is busy in another program (waited ${s(p, 'waited')} ms for ${s(p, 'file')}). Nothing was changed; try again in a moment.`,
  },
  'store.lock-unusable': {
    sv: (p) =>
      `Låsfilen ${s(p, 'file')} går inte att använda: ${lockProblem(p, 'sv')}. Ta bort eller rätta den; ingenting har ändrats.`,
    en: (p) =>
      `The lock file ${s(p, 'file')} cannot be used: ${lockProblem(p, 'en')}. Remove or fix it; nothing was changed.`,
  },
  internal: {
    sv: () => `Något gick fel i samrad. Ingenting har ändrats; försök igen eller kontakta förvaltaren.`,
    en: () => `Something went wrong in samrad. Nothing was changed; try again or contact the administrator.`,
  },
};

export const AGENDA_PROBLEM_MESSAGES: Record<AgendaProblemCode, Bilingual<(text: string) => string>> = {
  'agenda.no-date': {
    sv: () => `hittade inget mötesdatum i huvudet (t.ex. "3 april 2020" eller 200403)`,
    en: () => `found no meeting date in the header (e.g. "3 april 2020" or 200403)`,
  },
  'agenda.no-time': {
    sv: () => `hittade ingen mötestid i huvudet (t.ex. "Tid: kl. 9.30-12")`,
    en: () => `found no meeting time in the header (e.g. "Tid: kl. 9.30-12")`,
  },
  'agenda.no-items': {
    sv: () => `hittade inga numrerade punkter ("1. Mötets öppnande")`,
    en: () => `found no numbered items ("1. Mötets öppnande")`,
  },
  'agenda.unplaced-text': {
    sv: (t) => `texten "${t}" står under förslag/beslut men är ingen att-sats`,
    en: (t) => `the text "${t}" stands under a proposal/decision but is not an "att" clause`,
  },
  'agenda.clause-outside-item': {
    sv: (t) => `att-satsen "${t}" står före första punkten`,
    en: (t) => `the clause "${t}" stands before the first item`,
  },
  'agenda.empty-title': {
    sv: () => `punkten saknar rubrik`,
    en: () => `the item has no title`,
  },
  'agenda.numbering-gap': {
    sv: (t) => `numreringen hoppar över ${t}`,
    en: (t) => `the numbering skips ${t}`,
  },
};

function roleLabel(p: ErrorParams, lang: Lang): string {
  const role = String(p['role'] ?? '') as Role;
  return ROLE_LABELS[role]?.[lang] ?? role;
}

function problemCount(p: ErrorParams, lang: Lang): string {
  const problems = (p['problems'] as readonly AgendaProblem[] | undefined) ?? [];
  const n = problems.length;
  if (lang === 'sv') return n === 1 ? '1 problem' : `${n} problem`;
  return n === 1 ? '1 problem' : `${n} problems`;
}

function bodySuffix(p: ErrorParams, lang: Lang): string {
  const body = p['body'];
  if (!body) return '';
  return lang === 'sv' ? ` för ${String(body)}` : ` for ${String(body)}`;
}

/** The message for an error code in a language. */
export function errorMessage(code: ErrorCode, params: ErrorParams, lang: Lang): string {
  return ERROR_MESSAGES[code][lang](params);
}

/** One agenda problem as a line: "rad 12: texten ... ". */
export function agendaProblemLine(problem: AgendaProblem, lang: Lang): string {
  const where = lang === 'sv' ? `rad ${problem.line}` : `line ${problem.line}`;
  return `${where}: ${AGENDA_PROBLEM_MESSAGES[problem.code][lang](problem.text)}`;
}
