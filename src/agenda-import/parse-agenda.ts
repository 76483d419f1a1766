import { classifyItemKind, type ItemKind } from '../domain/agenda-item.js';
import { squeezeSpaces } from '../domain/text.js';
import type { AgendaProblem } from '../errors/samrad-error.js';
import { splitTitle } from './attachments.js';
import { stripBullet, stripMarkup } from './clean-line.js';
import { parseHeader, type AgendaHeader, type NumberedLine } from './header.js';
import { PRESENTER_LABEL, parsePresenter } from './presenter.js';

/**
 * Turns an agenda document, as the secretary's word processor exports it to text or Markdown, into a
 * meeting header and its numbered items. The parser walks the lines once with a small state machine
 * (title → background → proposal → decision) and reports, by line number, whatever it cannot place.
 */
export interface ParsedItem {
  number: number;
  title: string;
  kind: ItemKind;
  presenter: string | null;
  presenterOrganisation: string | null;
  attachments: number[];
  note: string | null;
  background: string;
  proposal: string[];
  decision: string[];
  /** First and last line of the item in the document. */
  lines: { from: number; to: number };
}

export interface ParsedAgenda extends Omit<AgendaHeader, 'date' | 'startTime' | 'dateLine'> {
  date: string;
  startTime: string;
  items: ParsedItem[];
  /** Things worth a look that did not stop the import, such as a gap in the numbering. */
  warnings: AgendaProblem[];
}

export type AgendaParseResult = { ok: true; agenda: ParsedAgenda } | { ok: false; problems: AgendaProblem[] };

type Section = 'title' | 'background' | 'proposal' | 'decision';

interface ItemDraft {
  number: number;
  titleLines: string[];
  presenterText: string | null;
  awaitingPresenter: boolean;
  background: string[][];
  proposal: string[];
  decision: string[];
  decisionAsProposed: boolean;
  section: Section;
  /** The clause list the last non-blank line added to, so wrapped clauses can continue it. */
  lastClauses: string[] | null;
  blankSinceLast: boolean;
  from: number;
  to: number;
}

const ITEM_HEADING = /^(?:(§)\s*)?(\d{1,3})\s*[.):]?\s+(.*)$|^(?:(§)\s*)?(\d{1,3})\s*[.):]\s*$/;
const PROPOSAL_HEADING = /^(?:förslag till beslut|beslutsförslag)\s*:?\s*(.*)$/i;
const DECISION_HEADING = /^(?:(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?s)\s+)?beslut\b\s*(:?)\s*(.*)$/iu;
const CLAUSE = /^(?:\d{1,2}\s*[.)]\s*)?(att\s+\S.*)$/i;
const AS_PROPOSED = /^(enligt|i enlighet med) (förslag(et)?|förslaget till beslut)\.?$/i;
const NOTE_LINE = /^(OBS|Obs|NB|Observera)\b/;
const MAX_NUMBER_JUMP = 5;

const OPEN_ENDING = /(,|[-–—]|\b(och|samt|för|om|av|till|i|med|inom|vid|mellan|enligt|avseende))$/i;

/**
 * A line right under an item's title belongs to the title when the title was cut mid-phrase, the
 * line goes on in lower case, or it carries the attachments or an "OBS!" remark; otherwise it starts
 * the background.
 */
function continuesTitle(titleSoFar: string, next: string): boolean {
  return (
    OPEN_ENDING.test(titleSoFar.trim()) ||
    /^\p{Ll}/u.test(next) ||
    NOTE_LINE.test(next) ||
    /^\(?\s*(bil|bilaga|bilagor)\b/i.test(next)
  );
}

function newItem(number: number, titleText: string, line: number): ItemDraft {
  return {
    number,
    titleLines: titleText === '' ? [] : [titleText],
    presenterText: null,
    awaitingPresenter: false,
    background: [],
    proposal: [],
    decision: [],
    decisionAsProposed: false,
    section: 'title',
    lastClauses: null,
    blankSinceLast: false,
    from: line,
    to: line,
  };
}

/** An item heading is the next number (a small gap is tolerated) and never an "att" clause. */
function readHeading(line: string, current: ItemDraft | null): { number: number; title: string } | null {
  // "Punkt 5. Beslut om ..." and "Ärende 5: ..." are headings written out in words.
  const text = line.replace(/^(?:punkt|ärende)\s+(?=\d{1,3}\s*[.):])/i, '');
  const match = ITEM_HEADING.exec(text);
  if (!match) return null;
  const paragraphSign = match[1] ?? match[4];
  const number = Number(match[2] ?? match[5]);
  const title = (match[3] ?? '').trim();
  if (/^att\b/i.test(title) || number === 0) return null;
  // "5 personer deltog" is prose: a heading without a dot needs the paragraph sign.
  if (!paragraphSign && !/^\d{1,3}\s*[.):]/.test(text)) return null;
  if (current === null) return paragraphSign || number === 1 ? { number, title } : null;
  if (number <= current.number || number > current.number + MAX_NUMBER_JUMP) return null;
  return { number, title };
}

function readDecisionHeading(text: string): { rest: string } | null {
  const match = DECISION_HEADING.exec(text);
  if (!match) return null;
  const [, , colon, rest = ''] = match;
  if (text.length > 80) return null;
  if (rest === '') return { rest };
  // Inline text after the heading must be a clause or "enligt förslag"; otherwise it is prose.
  if (colon && (CLAUSE.test(rest) || AS_PROPOSED.test(rest))) return { rest };
  return null;
}

function readProposalHeading(text: string): { rest: string } | null {
  const match = PROPOSAL_HEADING.exec(text);
  if (!match) return null;
  const rest = match[1] ?? '';
  return rest === '' || CLAUSE.test(rest) ? { rest } : null;
}

function addClauseLine(item: ItemDraft, clauses: string[], text: string): void {
  const clause = CLAUSE.exec(text)?.[1];
  if (clause) {
    clauses.push(clause);
  } else {
    const last = clauses.length - 1;
    clauses[last] = `${clauses[last] ?? ''} ${text}`;
  }
  item.lastClauses = clauses;
}

const LIST_LINE = /^(\d{1,2}[.)]|[-*•–])\s/;

/** Joins a paragraph's lines with spaces, but keeps numbered and bulleted lines on lines of their own. */
function joinParagraph(lines: readonly string[]): string {
  return lines
    .map((line, i) =>
      i > 0 && LIST_LINE.test(line) ? `\n${squeezeSpaces(line)}` : ` ${squeezeSpaces(line)}`,
    )
    .join('')
    .trim();
}

function finishItem(item: ItemDraft, problems: AgendaProblem[]): ParsedItem {
  const { title, attachments, note: titleNote } = splitTitle(squeezeSpaces(item.titleLines.join(' ')));
  if (title === '') problems.push({ line: item.from, code: 'agenda.empty-title', text: '' });
  const presenter = item.presenterText === null ? null : parsePresenter(item.presenterText);
  const background = item.background
    .map(joinParagraph)
    .filter((p) => p !== '')
    .join('\n\n');
  const proposal = item.proposal.map(squeezeSpaces);
  const decision = item.decisionAsProposed ? [...proposal] : item.decision.map(squeezeSpaces);
  return {
    number: item.number,
    title,
    kind: classifyItemKind(title, proposal.length > 0 ? proposal : decision, background),
    presenter: presenter?.name ?? null,
    presenterOrganisation: presenter?.organisation ?? null,
    attachments,
    note: titleNote,
    background,
    proposal,
    decision,
    lines: { from: item.from, to: item.to },
  };
}

/** Feeds one non-blank line of an item to its state machine; returns a problem when it cannot place it. */
function placeLine(item: ItemDraft, text: string, prose: string, line: number): AgendaProblem | null {
  const blankBefore = item.blankSinceLast;
  item.blankSinceLast = false;
  item.to = line;

  const presenter = PRESENTER_LABEL.exec(text);
  if (presenter) {
    item.presenterText = presenter[2] ?? '';
    item.awaitingPresenter = item.presenterText === '';
    if (item.section === 'title') item.section = 'background';
    item.lastClauses = null;
    return null;
  }
  if (item.awaitingPresenter) {
    item.presenterText = text;
    item.awaitingPresenter = false;
    return null;
  }

  const proposalHeading = readProposalHeading(text);
  if (proposalHeading) {
    item.section = 'proposal';
    item.lastClauses = null;
    if (proposalHeading.rest) addClauseLine(item, item.proposal, proposalHeading.rest);
    return null;
  }
  const decisionHeading = readDecisionHeading(text);
  if (decisionHeading) {
    // In an agenda the body's heading stands right under "Förslag till beslut" as a template for the
    // decision to come, so the clauses under it are still the proposal. Once the proposal has clauses,
    // or when there is no proposal heading at all, the clauses under it are the decision (minutes).
    if (!(item.section === 'proposal' && item.proposal.length === 0)) item.section = 'decision';
    item.lastClauses = null;
    const rest = decisionHeading.rest;
    if (AS_PROPOSED.test(rest)) item.decisionAsProposed = true;
    else if (rest) addClauseLine(item, item.section === 'decision' ? item.decision : item.proposal, rest);
    return null;
  }

  if (item.section === 'proposal' || item.section === 'decision') {
    const clauses = item.section === 'proposal' ? item.proposal : item.decision;
    if (CLAUSE.test(text)) {
      addClauseLine(item, clauses, text);
      return null;
    }
    if (item.section === 'decision' && AS_PROPOSED.test(text)) {
      item.decisionAsProposed = true;
      return null;
    }
    // A wrapped clause goes on right below, or after a page break in lower case.
    if (item.lastClauses && (!blankBefore || /^\p{Ll}/u.test(text))) {
      addClauseLine(item, item.lastClauses, text);
      return null;
    }
    return { line, code: 'agenda.unplaced-text', text: text.length > 60 ? `${text.slice(0, 57)}...` : text };
  }

  if (item.section === 'title' && CLAUSE.test(text) && item.titleLines.length > 0) {
    // A clause right under the heading, with no "Förslag till beslut" in between, is the proposal.
    item.section = 'proposal';
    addClauseLine(item, item.proposal, text);
    return null;
  }
  if (item.section === 'title') {
    const wrapsTitle =
      !blankBefore && (item.titleLines.length === 0 || continuesTitle(item.titleLines.join(' '), text));
    if (wrapsTitle) {
      item.titleLines.push(text);
      return null;
    }
    item.section = 'background';
  }
  if (blankBefore || item.background.length === 0) item.background.push([]);
  item.background[item.background.length - 1]?.push(prose);
  return null;
}

/** Parses an agenda document. Nothing is returned but problems when any line could not be placed. */
export function parseAgenda(source: string): AgendaParseResult {
  const rawLines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\f/);
  const problems: AgendaProblem[] = [];
  const warnings: AgendaProblem[] = [];
  const headerLines: NumberedLine[] = [];
  const items: ParsedItem[] = [];
  let current: ItemDraft | null = null;

  rawLines.forEach((raw, index) => {
    const line = index + 1;
    const prose = stripMarkup(raw);
    const text = stripBullet(prose);
    if (text === '') {
      if (current) current.blankSinceLast = true;
      return;
    }
    const heading = readHeading(text, current);
    if (heading) {
      if (current) {
        items.push(finishItem(current, problems));
        for (let missing = current.number + 1; missing < heading.number; missing++) {
          warnings.push({ line, code: 'agenda.numbering-gap', text: String(missing) });
        }
      }
      current = newItem(heading.number, heading.title, line);
      return;
    }
    if (current === null) {
      if (CLAUSE.test(text)) problems.push({ line, code: 'agenda.clause-outside-item', text });
      else headerLines.push({ line, text });
      return;
    }
    const problem = placeLine(current, text, prose, line);
    if (problem) problems.push(problem);
  });
  if (current) items.push(finishItem(current, problems));

  const header = parseHeader(headerLines);
  const firstLine = headerLines[0]?.line ?? 1;
  if (header.date === null) problems.push({ line: firstLine, code: 'agenda.no-date', text: '' });
  if (header.startTime === null)
    problems.push({ line: header.dateLine ?? firstLine, code: 'agenda.no-time', text: '' });
  if (items.length === 0) problems.push({ line: rawLines.length, code: 'agenda.no-items', text: '' });
  if (problems.length > 0 || header.date === null || header.startTime === null) {
    return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  }
  const { dateLine: _dateLine, ...rest } = header;
  return {
    ok: true,
    agenda: { ...rest, date: header.date, startTime: header.startTime, items, warnings },
  };
}
