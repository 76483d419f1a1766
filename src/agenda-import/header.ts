import { findDateInText, findTimeRange } from '../domain/calendar-date.js';
import { squeezeSpaces } from '../domain/text.js';
import { stripBullet } from './clean-line.js';

/**
 * The lines above the first item: "Länsnätverket för förvaltningschefer 3 april 2020",
 * "Tid: kl. 9.30-12", "Plats: SKYPE", "Dessa handlingar finns att tillgå på: www.regiondalarna.se/lansnatverk".
 */
export interface AgendaHeader {
  /** The body's name as the document writes it, e.g. "Länsnätverket för förvaltningschefer". */
  bodyName: string | null;
  date: string | null;
  dateLine: number | null;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  documentsUrl: string | null;
  joinUrl: string | null;
  /** Header text that is none of the above ("Välkomna!"), kept so nothing is dropped. */
  preamble: string[];
}

export interface NumberedLine {
  line: number;
  text: string;
}

const URL_IN_TEXT = /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)/i;
const LABELLED =
  /^(tid|datum|plats|lokal|mötesplats|var|handlingar|länk|anslut|mötet?slänk|teamslänk)\b\.?\s*:?\s*(.*)$/i;
const TITLE_WORDS =
  /\b(dagordning|föredragningslista|kallelse( till)?|möte( med)?|sammanträde( med)?|måndag(en)?|tisdag(en)?|onsdag(en)?|torsdag(en)?|fredag(en)?|lördag(en)?|söndag(en)?|den)\b/gi;

/** "www.x.se/y." → "https://www.x.se/y": links in documents lack a scheme and pick up trailing punctuation. */
export function normaliseUrl(raw: string): string | null {
  const trimmed = raw.replace(/[.,;:)\]]+$/, '');
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme).toString().replace(/\/$/, withScheme.endsWith('/') ? '/' : '');
  } catch {
    return null;
  }
}

function isJoinLink(line: string, url: string): boolean {
  return (
    /teams\.microsoft\.com|teams\.live\.com|zoom\.us|meet\.|skype\.com|webex/i.test(url) ||
    /anslut|delta|länk till mötet|mötet?slänk|teamslänk/i.test(line)
  );
}

function bodyNameFrom(text: string): string | null {
  const name = squeezeSpaces(
    text
      .replace(TITLE_WORDS, ' ')
      .replace(/[,–—:-]+\s*$/, '')
      .replace(/^\s*[,–—:-]+/, ''),
  );
  return name === '' ? null : name;
}

export function parseHeader(lines: readonly NumberedLine[]): AgendaHeader {
  const header: AgendaHeader = {
    bodyName: null,
    date: null,
    dateLine: null,
    startTime: null,
    endTime: null,
    place: null,
    documentsUrl: null,
    joinUrl: null,
    preamble: [],
  };
  for (const { line, text: raw } of lines) {
    const text = stripBullet(raw);
    const labelled = LABELLED.exec(text);
    const label = labelled?.[1]?.toLowerCase();
    const url = URL_IN_TEXT.exec(text)?.[1];
    if (url) {
      const normalised = normaliseUrl(url);
      if (normalised && isJoinLink(text, normalised)) header.joinUrl ??= normalised;
      else if (normalised) header.documentsUrl ??= normalised;
      continue;
    }
    const date = header.date === null ? findDateInText(text) : null;
    const time = label === 'tid' || /\bkl\b/i.test(text) ? findTimeRange(text) : null;
    if (time && header.startTime === null) {
      header.startTime = time.start;
      header.endTime = time.end;
    }
    if (label && ['plats', 'lokal', 'mötesplats', 'var'].includes(label)) {
      header.place ??= squeezeSpaces(labelled?.[2] ?? '') || null;
      continue;
    }
    if (date) {
      header.date = date.date;
      header.dateLine = line;
      if (label !== 'tid' && label !== 'datum') {
        const withoutDate = text.slice(0, date.index) + ' ' + text.slice(date.index + date.length);
        const withoutTime = withoutDate.replace(/\bkl\.?\s*[\d.:]+(\s*[-–—]\s*[\d.:]+)?/i, ' ');
        header.bodyName ??= bodyNameFrom(withoutTime);
      }
      continue;
    }
    if (time || label === 'tid' || label === 'datum') continue;
    if (/^(dagordning|föredragningslista|kallelse)\s*:?$/i.test(text)) continue;
    if (
      header.bodyName === null &&
      header.date === null &&
      header.preamble.length === 0 &&
      text.length <= 80
    ) {
      // A title line without the date ("Chefsnätverket" on its own line above "Datum: 3 april 2020").
      header.bodyName = bodyNameFrom(text);
      continue;
    }
    header.preamble.push(text);
  }
  return header;
}
