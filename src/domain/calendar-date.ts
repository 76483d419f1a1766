import { z } from 'zod';

/**
 * Calendar dates and wall-clock times as the networks write them. Dates are plain `YYYY-MM-DD`
 * strings and times `HH:MM` in Swedish local time: a meeting "3 april 2020 kl. 9.30" is a date and a
 * time on the wall, not an instant, so no time-zone arithmetic is needed to store it.
 */

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isValidIsoDate, 'not a real date');

export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

export const SWEDISH_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function toIsoDate(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** The month number (1–12) for a Swedish month name or common abbreviation ("april", "apr.", "sept"). */
export function swedishMonthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = SWEDISH_MONTHS.indexOf(w as (typeof SWEDISH_MONTHS)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[w] ?? null;
}

/** "200306" → "2020-03-06". Source documents write dates as YYMMDD; all of them are from 2000 on. */
export function parseYymmdd(value: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!match) return null;
  return toIsoDate(2000 + Number(match[1]), Number(match[2]), Number(match[3]));
}

const MONTH_WORD =
  '(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?';

/**
 * Finds the first date in a piece of Swedish text: "3 april 2020", "den 8 maj 2020", "2020-04-03"
 * or YYMMDD ("200403"). Returns the ISO date and where it was found, or null.
 */
export function findDateInText(text: string): { date: string; index: number; length: number } | null {
  const words = new RegExp(`(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4})`, 'i').exec(text);
  if (words) {
    const month = swedishMonthNumber(words[2] ?? '');
    const date = month ? toIsoDate(Number(words[3]), month, Number(words[1])) : null;
    if (date) return { date, index: words.index, length: words[0].length };
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    const date = toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return { date, index: iso.index, length: iso[0].length };
  }
  const short = /(?<![\d-])(\d{6})(?![\d-])/.exec(text);
  if (short) {
    const date = parseYymmdd(short[1] ?? '');
    if (date) return { date, index: short.index, length: short[0].length };
  }
  return null;
}

/** "9.30" / "09:30" / "9" → "09:30"; null when it is not a time of day. */
export function parseClockTime(value: string): string | null {
  const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * Finds a meeting time in text: "kl. 9.30-12" → 09:30–12:00, "09:00 – 11:30", "kl 13" → 13:00 with no end.
 * Returns null when the text holds no time.
 */
export function findTimeRange(text: string): { start: string; end: string | null } | null {
  const clock = '(\\d{1,2}(?:[.:]\\d{2})?)';
  const withKl = new RegExp(`\\bkl\\.?\\s*${clock}(?:\\s*[-–—]\\s*(?:kl\\.?\\s*)?${clock})?`, 'i').exec(text);
  const bare =
    withKl ?? new RegExp(`(?<![\\d.:])(\\d{1,2}[.:]\\d{2})(?:\\s*[-–—]\\s*${clock})?(?![\\d.:])`).exec(text);
  if (!bare) return null;
  const start = parseClockTime(bare[1] ?? '');
  if (!start) return null;
  const end = bare[2] === undefined ? null : parseClockTime(bare[2]);
  return { start, end: end !== null && end > start ? end : null };
}

/** Adds whole days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Day of week, 0 = Monday … 6 = Sunday (the Swedish week). */
export function weekdayIndex(isoDate: string): number {
  return (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
}

// Made once: building an Intl formatter costs more than a whole answer's other work.
const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const SWEDISH_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today's date in Sweden for an instant, whatever time zone the machine runs in. */
export function swedishToday(now: Date): string {
  return SWEDISH_DATE.format(now);
}

/** The time of day in Sweden for an instant, "HH:MM". */
export function swedishTimeOfDay(now: Date): string {
  return SWEDISH_TIME.format(now);
}
