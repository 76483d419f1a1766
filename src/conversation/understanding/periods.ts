import { addDays, toIsoDate, weekdayIndex } from '../../domain/calendar-date.js';

/**
 * Days and periods as members write them, in Swedish and English, with or without å/ä/ö: "i
 * morgon", "på torsdag", "nästa vecka", "om tre veckor", "i mars", "i våras", "3 april 2020",
 * "december 4", "next month", "2020". Read from folded text (lower case, no diacritics) and
 * resolved against today, so that "i mars" in November is next March, and in a question in the
 * past tense ("vad beslutade vi i mars?") the last one.
 *
 * Written here rather than taken from a date library: members type without diacritics ("pa
 * torsdag", "nasta vecka"), which the libraries' Swedish does not read, and a period ("i våras",
 * "nästa vecka") matters here as much as a day.
 */
export interface Period {
  from: string;
  to: string;
  grain: 'day' | 'week' | 'month' | 'season' | 'year';
}

export interface FoundPeriod {
  period: Period;
  /** The words that named it, to be taken out of the question. */
  match: string;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augusti: 8,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const WEEKDAYS: Record<string, number> = {
  mandag: 0,
  mandags: 0,
  monday: 0,
  tisdag: 1,
  tisdags: 1,
  tuesday: 1,
  onsdag: 2,
  onsdags: 2,
  wednesday: 2,
  torsdag: 3,
  torsdags: 3,
  thursday: 3,
  fredag: 4,
  fredags: 4,
  friday: 4,
  lordag: 5,
  lordags: 5,
  saturday: 5,
  sondag: 6,
  sondags: 6,
  sunday: 6,
};
const WEEKDAY = Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const COUNTS: Record<string, number> = {
  en: 1,
  ett: 1,
  one: 1,
  a: 1,
  tva: 2,
  two: 2,
  tre: 3,
  three: 3,
  fyra: 4,
  four: 4,
  fem: 5,
  five: 5,
  sex: 6,
  six: 6,
};
const COUNT = `\\d{1,2}|${Object.keys(COUNTS).join('|')}`;
const count = (word: string): number => (/^\d+$/.test(word) ? Number(word) : (COUNTS[word] ?? 1));

/** Words that put a question in the past: "vad beslutade vi", "what did we decide". */
const PAST_TENSE =
  /\b(beslutade|beslot|beslots|beslutades|beslutat|tog|togs|tagit|hade|hölls|holls|blev|sade|antog|antogs|skickades|did|was|were|decided|had|took|went|last|forra|forrige|senaste)\b/;

export function isPastTense(folded: string): boolean {
  return PAST_TENSE.test(folded);
}

function monthPeriod(year: number, month: number): Period {
  const from = toIsoDate(year, month, 1) ?? `${year}-01-01`;
  const next = month === 12 ? toIsoDate(year + 1, 1, 1) : toIsoDate(year, month + 1, 1);
  return { from, to: addDays(next ?? from, -1), grain: 'month' };
}

function weekOf(day: string, weeks: number): Period {
  const monday = addDays(day, -weekdayIndex(day) + 7 * weeks);
  return { from: monday, to: addDays(monday, 6), grain: 'week' };
}

const dayPeriod = (day: string): Period => ({ from: day, to: day, grain: 'day' });

/** Spring is March–May, summer June–August, autumn September–November, winter December–February. */
const SEASONS: Record<string, number> = {
  var: 3,
  varen: 3,
  varas: 3,
  spring: 3,
  sommar: 6,
  sommaren: 6,
  somras: 6,
  summer: 6,
  host: 9,
  hosten: 9,
  hostas: 9,
  autumn: 9,
  fall: 9,
  vinter: 12,
  vintern: 12,
  vintras: 12,
  winter: 12,
};

function seasonPeriod(year: number, startMonth: number): Period {
  const from = toIsoDate(year, startMonth, 1) ?? `${year}-01-01`;
  const end = monthPeriod(startMonth === 12 ? year + 1 : year, startMonth === 12 ? 2 : startMonth + 2);
  return { from, to: end.to, grain: 'season' };
}

/**
 * The season meant: "i våras" is the last one (past form), "i vår", "this spring" the coming or
 * current one, "förra våren"/"last spring" the last one.
 */
function season(today: string, startMonth: number, past: boolean): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // The season that includes today, as a start year (winter starts in December).
  const startYearOf = (y: number) => (startMonth === 12 && month <= 2 ? y - 1 : y);
  let candidate = seasonPeriod(startYearOf(year), startMonth);
  if (past) {
    while (candidate.from > today)
      candidate = seasonPeriod(Number(candidate.from.slice(0, 4)) - 1, startMonth);
    if (candidate.to >= today && candidate.from <= today) return candidate;
    return candidate;
  }
  while (candidate.to < today) candidate = seasonPeriod(Number(candidate.from.slice(0, 4)) + 1, startMonth);
  return candidate;
}

interface Rule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, today: string, past: boolean) => Period | null;
}

const RULES: Rule[] = [
  // ISO dates: 2026-12-04
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    resolve: (m) => {
      const day = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      return day ? dayPeriod(day) : null;
    },
  },
  // "3 april 2020", "den 4:e december", "4 dec"
  {
    pattern: new RegExp(
      `\\b(?:den\\s+)?(\\d{1,2})(?::e|:a|e|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b(?:\\s+(\\d{4}))?`,
    ),
    resolve: (m, today, past) => dayInMonth(today, past, Number(m[1]), MONTHS[m[2] ?? ''] ?? 0, m[3]),
  },
  // "december 4", "december 4th 2026"
  {
    pattern: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`),
    resolve: (m, today, past) => dayInMonth(today, past, Number(m[2]), MONTHS[m[1] ?? ''] ?? 0, m[3]),
  },
  // "4/12" (Swedish day/month)
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\b(?:\s+(\d{4}))?/,
    resolve: (m, today, past) => dayInMonth(today, past, Number(m[1]), Number(m[2]), m[3]),
  },
  {
    pattern:
      /\b(?:i ?dag|idag|todays?|tonight|i kvall|ikvall|dagens|i morse|imorse|i eftermiddag|this (?:morning|afternoon|evening))\b/,
    resolve: (_m, today) => dayPeriod(today),
  },
  {
    pattern: /\b(?:i ?overmorgon|day after tomorrow)\b/,
    resolve: (_m, today) => dayPeriod(addDays(today, 2)),
  },
  {
    pattern: /\b(?:i ?morgon|imorn|i morn|tomorrow)\b/,
    resolve: (_m, today) => dayPeriod(addDays(today, 1)),
  },
  { pattern: /\b(?:i ?gar|yesterday)\b/, resolve: (_m, today) => dayPeriod(addDays(today, -1)) },
  // "om tre veckor", "in two weeks"
  {
    pattern: new RegExp(`\\b(?:om|in)\\s+(${COUNT})\\s+(?:veckor|vecka|weeks?)\\b`),
    resolve: (m, today) => weekOf(today, count(m[1] ?? '')),
  },
  // "om tio dagar", "in 3 days"
  {
    pattern: new RegExp(`\\b(?:om|in)\\s+(${COUNT})\\s+(?:dagar|dag|days?)\\b`),
    resolve: (m, today) => dayPeriod(addDays(today, count(m[1] ?? ''))),
  },
  // "om en månad", "in two months"
  {
    pattern: new RegExp(`\\b(?:om|in)\\s+(${COUNT})\\s+(?:manader|manad|months?)\\b`),
    resolve: (m, today) => {
      const ahead = Number(today.slice(5, 7)) - 1 + count(m[1] ?? '');
      return monthPeriod(Number(today.slice(0, 4)) + Math.floor(ahead / 12), (ahead % 12) + 1);
    },
  },
  {
    pattern: /\b(?:nasta|kommande|next|coming)\s+(?:vecka|veckan|week)\b/,
    resolve: (_m, today) => weekOf(today, 1),
  },
  {
    pattern: /\b(?:forra|last|previous)\s+(?:vecka|veckan|week)\b/,
    resolve: (_m, today) => weekOf(today, -1),
  },
  {
    pattern: /\b(?:denna|den har|this|i)\s+(?:vecka|veckan|week)\b/,
    resolve: (_m, today) => weekOf(today, 0),
  },
  {
    pattern: /\b(?:nasta|kommande|next|coming)\s+(?:manad|month)\b/,
    resolve: (_m, today) => shiftMonth(today, 1),
  },
  {
    pattern: /\b(?:forra|last|previous)\s+(?:manad|manaden|month)\b/,
    resolve: (_m, today) => shiftMonth(today, -1),
  },
  {
    pattern: /\b(?:denna|den har|this)\s+(?:manad|manaden|month)\b/,
    resolve: (_m, today) => shiftMonth(today, 0),
  },
  // A weekday in next week: "på fredag nästa vecka", "friday next week", "next week on friday"
  {
    pattern: new RegExp(
      `\\b(?:(?:pa|on)\\s+)?(${WEEKDAY})\\s+(?:[a-z]+\\s+)?(?:nasta|next)\\s+(?:vecka|week)\\b|\\b(?:nasta|next)\\s+(?:vecka|week)\\s+(?:pa|on)?\\s*(${WEEKDAY})\\b`,
    ),
    resolve: (m, today) => {
      const target = WEEKDAYS[m[1] ?? m[2] ?? ''] ?? 0;
      return dayPeriod(addDays(weekOf(today, 1).from, target));
    },
  },
  // Weekdays: "på torsdag", "nästa fredag", "i torsdags" (last), "on friday"
  {
    pattern: new RegExp(`\\b(?:(pa|nasta|next|on|this|forra|last|i)\\s+)?(${WEEKDAY})\\b`),
    resolve: (m, today) => {
      const word = m[2] ?? '';
      const target = WEEKDAYS[word] ?? 0;
      const lead = m[1] ?? '';
      const current = weekdayIndex(today);
      // "i fredags" is last Friday; "fredags" alone is a genitive ("fredagsmötet"): the coming one.
      const pastForm = (word.endsWith('dags') && lead === 'i') || lead === 'forra' || lead === 'last';
      if (pastForm) {
        const back = (current - target + 7) % 7 || 7;
        return dayPeriod(addDays(today, -back));
      }
      // The coming one; today's weekday means the one a week on ("på måndag" said on a Monday).
      const ahead = (target - current + 7) % 7 || 7;
      return dayPeriod(addDays(today, ahead));
    },
  },
  // Seasons: "i våras", "i höst", "this spring", "last autumn"
  {
    pattern: new RegExp(
      `\\b(?:(i|this|last|forra|nasta|next|in the|in)\\s+)?(${Object.keys(SEASONS).join('|')})\\b(?:\\s+(\\d{4}))?`,
    ),
    resolve: (m, today, past) => {
      const word = m[2] ?? '';
      const start = SEASONS[word] ?? 3;
      if (m[3]) return seasonPeriod(Number(m[3]), start);
      const lead = m[1] ?? '';
      // "var" alone is a common word ("where", "was"): a season only after "i"/"this"/... .
      if (word === 'var' && lead !== 'i' && lead !== 'nasta') return null;
      const pastForm = word.endsWith('as') || lead === 'last' || lead === 'forra';
      if (
        !lead &&
        !['spring', 'summer', 'autumn', 'winter', 'varen', 'sommaren', 'hosten', 'vintern'].includes(word) &&
        !pastForm
      )
        return null;
      return season(today, start, pastForm || (past && lead !== 'next' && lead !== 'nasta'));
    },
  },
  // "i mars", "in march 2027", "april 2020", "mars"
  {
    pattern: new RegExp(`\\b(?:(?:i|in|under|during)\\s+)?(${MONTH})\\b(?:\\s+(\\d{4}))?`),
    resolve: (m, today, past) => {
      const word = m[1] ?? '';
      const month = MONTHS[word] ?? 0;
      // Short forms that are also words ("mar", "jan"...) only with a year or after "i"/"in".
      if (word.length <= 3 && !m[2] && !/^(?:i|in|under|during)\s/.test(m[0])) return null;
      if (word === 'maj' || word === 'may') {
        if (!m[2] && !/^(?:i|in|under|during)\s/.test(m[0])) return null;
      }
      if (m[2]) return monthPeriod(Number(m[2]), month);
      const year = Number(today.slice(0, 4));
      const current = Number(today.slice(5, 7));
      if (past) return monthPeriod(month <= current ? year : year - 1, month);
      return monthPeriod(month >= current ? year : year + 1, month);
    },
  },
  // Month ranges: "jan-mars", "januari till mars 2027", "from march to may"
  {
    pattern: new RegExp(
      `\\b(?:(?:fran|from|mellan|between|under|i|in)\\s+)?(${MONTH})\\s*(?:-|–|till|to|och|and|through|until|t o m|tom)\\s*(${MONTH})\\b(?:\\s+(\\d{4}))?`,
    ),
    resolve: (m, today, past) => {
      const first = MONTHS[m[1] ?? ''] ?? 1;
      const last = MONTHS[m[2] ?? ''] ?? first;
      const year = m[3] ? Number(m[3]) : (monthStartYear(today, past, first) ?? Number(today.slice(0, 4)));
      const endYear = last < first ? year + 1 : year;
      return { from: monthPeriod(year, first).from, to: monthPeriod(endYear, last).to, grain: 'season' };
    },
  },
  // The rest of the year, month, week: "resten av året", "rest of the year"
  {
    pattern: /\b(?:resten av|rest of)\s+(?:the\s+)?(aret|year|manaden|month|veckan|week)\b/,
    resolve: (m, today) => {
      const unit = m[1] ?? '';
      const to =
        unit === 'aret' || unit === 'year'
          ? `${today.slice(0, 4)}-12-31`
          : unit === 'manaden' || unit === 'month'
            ? shiftMonth(today, 0).to
            : weekOf(today, 0).to;
      return { from: today, to, grain: 'season' };
    },
  },
  // "200403", "20200403": a date written as digits (year, month, day)
  {
    pattern: /\b(20)?([1-3]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b(?!\s*(?:kr|kronor|sek|k\b|mkr|tkr))/,
    resolve: (m) => {
      const date = toIsoDate(2000 + Number(m[2]), Number(m[3]), Number(m[4]));
      return date ? dayPeriod(date) : null;
    },
  },
  // Half-years: "första halvåret 2027", "first half of 2027", "andra halvåret", "H1 2027"
  {
    pattern:
      /\b(?:(?:under|i|in|during)\s+)?(?:(?:the\s+)?(forsta|first|andra|second|sista|last)\s+(?:halvaret|halvar|half(?:\s+of)?(?:\s+the\s+year)?)|h([12]))(?:\s+(?:ar\s+)?((?:19|20)\d{2}))?\b/,
    resolve: (m, today, past) => {
      const second = m[1] ? ['andra', 'second', 'sista', 'last'].includes(m[1]) : m[2] === '2';
      const month = Number(today.slice(5, 7));
      const thisYear = Number(today.slice(0, 4));
      const inSecondHalf = month > 6;
      // Without a year: the coming half (the last one in the past tense), or the one we are in.
      const year = m[3]
        ? Number(m[3])
        : past
          ? second
            ? inSecondHalf
              ? thisYear
              : thisYear - 1
            : thisYear
          : second || !inSecondHalf
            ? thisYear
            : thisYear + 1;
      return second
        ? { from: `${year}-07-01`, to: `${year}-12-31`, grain: 'season' }
        : { from: `${year}-01-01`, to: `${year}-06-30`, grain: 'season' };
    },
  },
  // Quarters: "första kvartalet 2027", "Q1 2027", "first quarter"
  {
    pattern:
      /\b(?:(?:under|i|in|during)\s+)?(?:(?:the\s+)?(forsta|first|andra|second|tredje|third|fjarde|fourth|sista|last)\s+(?:kvartalet|kvartal|quarter(?:\s+of)?)|q([1-4])|kvartal\s+([1-4]))(?:\s+((?:19|20)\d{2}))?\b/,
    resolve: (m, today, past) => {
      const words: Record<string, number> = {
        forsta: 1,
        first: 1,
        andra: 2,
        second: 2,
        tredje: 3,
        third: 3,
        fjarde: 4,
        fourth: 4,
        sista: 4,
        last: 4,
      };
      const quarter = m[1] ? (words[m[1]] ?? 1) : Number(m[2] ?? m[3]);
      const thisYear = Number(today.slice(0, 4));
      const current = Math.ceil(Number(today.slice(5, 7)) / 3);
      const year = m[4]
        ? Number(m[4])
        : past
          ? quarter <= current
            ? thisYear
            : thisYear - 1
          : quarter >= current
            ? thisYear
            : thisYear + 1;
      const firstMonth = (quarter - 1) * 3 + 1;
      const last = monthPeriod(year, firstMonth + 2);
      return { from: monthPeriod(year, firstMonth).from, to: last.to, grain: 'season' };
    },
  },
  // The year we are in, the last, the next: "i år", "this year", "i fjol", "förra året", "nästa år"
  {
    pattern:
      /\b(i ar|iar|this year|detta ar|det har aret|innevarande ar|i fjol|ifjol|forra aret|forra ar|last year|nasta ar|nasta year|next year|kommande ar)\b/,
    resolve: (m, today) => {
      const words = m[1] ?? '';
      const by = /fjol|forra|last/.test(words) ? -1 : /nasta|next|kommande/.test(words) ? 1 : 0;
      const year = Number(today.slice(0, 4)) + by;
      return { from: `${year}-01-01`, to: `${year}-12-31`, grain: 'year' };
    },
  },
  // A year alone: "2020", "år 2027", "in 2019"
  {
    pattern:
      /\b(?:(?:ar|year|in|under|during)\s+)?((?:19|20)\d{2})\b(?!\s*(?:kr|kronor|sek|msek|mkr|tkr|k\b|miljon|million))/,
    resolve: (m) => {
      const year = Number(m[1]);
      return { from: `${year}-01-01`, to: `${year}-12-31`, grain: 'year' };
    },
  },
];

/** The year a month named without one falls in: the coming one, or the last one in the past tense. */
function monthStartYear(today: string, past: boolean, month: number): number {
  const year = Number(today.slice(0, 4));
  const current = Number(today.slice(5, 7));
  if (past) return month <= current ? year : year - 1;
  return month >= current ? year : year + 1;
}

function shiftMonth(today: string, by: number): Period {
  const index = Number(today.slice(5, 7)) - 1 + by;
  const year = Number(today.slice(0, 4)) + Math.floor(index / 12);
  return monthPeriod(year, (((index % 12) + 12) % 12) + 1);
}

/** A day in a month: with a year as written; without, the coming one (the last one in the past tense). */
function dayInMonth(
  today: string,
  past: boolean,
  day: number,
  month: number,
  yearText?: string,
): Period | null {
  if (yearText) {
    const date = toIsoDate(Number(yearText), month, day);
    return date ? dayPeriod(date) : null;
  }
  const year = Number(today.slice(0, 4));
  const thisYear = toIsoDate(year, month, day);
  if (!thisYear) return null;
  if (past) return dayPeriod(thisYear <= today ? thisYear : (toIsoDate(year - 1, month, day) ?? thisYear));
  return dayPeriod(thisYear >= today ? thisYear : (toIsoDate(year + 1, month, day) ?? thisYear));
}

/**
 * The first day or period the folded text names, or null. When several rules match, the one that
 * starts first wins; at the same place, the longer match (so "3 april 2020" beats "april 2020").
 */
export function findPeriod(folded: string, today: string, past = isPastTense(folded)): FoundPeriod | null {
  let best: { found: FoundPeriod; index: number } | null = null;
  for (const rule of RULES) {
    const m = rule.pattern.exec(folded);
    if (!m) continue;
    const period = rule.resolve(m, today, past);
    if (!period) continue;
    const candidate = { found: { period, match: m[0] }, index: m.index };
    if (
      !best ||
      candidate.index < best.index ||
      (candidate.index === best.index && candidate.found.match.length > best.found.match.length)
    ) {
      best = candidate;
    }
  }
  // "friday 4 dec": a weekday next to a date names that date.
  if (best && !/\d/.test(best.found.match)) {
    const end = best.index + best.found.match.length;
    for (const rule of RULES) {
      const m = rule.pattern.exec(folded);
      if (!m || !/\d/.test(m[0]) || m.index > end + 2 || m.index < best.index) continue;
      const period = rule.resolve(m, today, past);
      if (period && period.from === period.to)
        return { period, match: folded.slice(best.index, m.index + m[0].length) };
    }
  }
  return best?.found ?? null;
}

/**
 * A date written so that it is no date ("32 december", "31/02", "2026-13-45", "år 99999"), found
 * when no real day or period is: the member is told so rather than given the next meeting.
 */
export function findImpossibleDate(folded: string, written = folded): string | null {
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:\\s+|\\.)(${MONTH})\\b(?:\\s+(\\d{4}))?`).exec(folded);
  if (dayMonth && !validDay(Number(dayMonth[1]), MONTHS[dayMonth[2] ?? ''] ?? 0, dayMonth[3]))
    return dayMonth[0];
  const slashed = /\b(\d{1,2})\/(\d{1,2})\b(?:\s+(\d{4}))?/.exec(folded);
  if (slashed && !validDay(Number(slashed[1]), Number(slashed[2]), slashed[3])) return slashed[0];
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(folded);
  if (iso && !toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return iso[0];
  const week = /\b(?:vecka|week|v)\s*(\d{1,3})\b/.exec(folded);
  if (week && (Number(week[1]) < 1 || Number(week[1]) > 53)) return week[0].trim();
  // "år 99999", read from the text as written: folded, "år" is also "är" ("kostnaden är 1,2 …").
  const year = /(?:^|[^\p{L}])(?:år|året|year)\s+(\d+)\b/u.exec(written.toLowerCase());
  if (year && (Number(year[1]) < 1900 || Number(year[1]) > 2200)) return year[0].trim();
  return null;
}

/** Whether a day of a month is a real date (in the year given, or in some year: 29 February is). */
function validDay(day: number, month: number, yearText?: string): boolean {
  if (yearText) return toIsoDate(Number(yearText), month, day) !== null;
  return toIsoDate(2028, month, day) !== null;
}
