import { SWEDISH_MONTHS, weekdayIndex } from '../domain/calendar-date.js';
import type { Lang } from './lang.js';

/**
 * How dates, times and amounts are written for a member: the Swedish way by default
 * ("fredag 3 april 2020", "kl. 9.30–12", "2 000 000 kr"), the English way on request.
 */

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SWEDISH_WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const ENGLISH_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function dateParts(isoDate: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return { year, month, day };
}

/** "3 april 2020" / "3 April 2020"; with `weekday`, "fredag 3 april 2020" / "Friday 3 April 2020". */
export function formatDate(isoDate: string, lang: Lang, options: { weekday?: boolean } = {}): string {
  const { year, month, day } = dateParts(isoDate);
  const monthName = lang === 'sv' ? SWEDISH_MONTHS[month - 1] : ENGLISH_MONTHS[month - 1];
  const text = `${day} ${monthName} ${year}`;
  if (!options.weekday) return text;
  const weekdays = lang === 'sv' ? SWEDISH_WEEKDAYS : ENGLISH_WEEKDAYS;
  return `${weekdays[weekdayIndex(isoDate)]} ${text}`;
}

/** Swedish clock times drop ":00" and use a dot: "09:30" → "9.30", "12:00" → "12". */
function swedishClock(time: string): string {
  const [h = '0', m = '00'] = time.split(':');
  const hours = String(Number(h));
  return m === '00' ? hours : `${hours}.${m}`;
}

/** "kl. 9.30–12" / "9:30–12:00"; only the start when the end is not known. */
export function formatTimeRange(start: string, end: string | null, lang: Lang): string {
  if (lang === 'sv') return `kl. ${swedishClock(start)}${end ? `–${swedishClock(end)}` : ''}`;
  const english = (t: string) => t.replace(/^0(\d)/, '$1');
  return `${english(start)}${end ? `–${english(end)}` : ''}`;
}

/** Groups digits in threes with a space: 2000000 → "2 000 000"; a minus sign for negative numbers. */
export function groupDigits(value: number): string {
  const sign = value < 0 ? '−' : '';
  return sign + String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** "2 000 000 kr" / "SEK 2,000,000". */
export function formatAmount(kronor: number, lang: Lang): string {
  if (lang === 'sv') return `${groupDigits(kronor)} kr`;
  const sign = kronor < 0 ? '−' : '';
  return `${sign}SEK ${String(Math.abs(Math.trunc(kronor))).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** "+700 000 kr" for increases, "−50 kr" for decreases. */
export function formatAmountChange(kronor: number, lang: Lang): string {
  return kronor > 0 ? `+${formatAmount(kronor, lang)}` : formatAmount(kronor, lang);
}

const ENGLISH_COUNT = new Intl.NumberFormat('en-GB');

/** Swedish alphabetical order (å, ä, ö last), numbers by value: one collator, made once. */
export const compareSwedish = new Intl.Collator('sv', { numeric: true }).compare;

/** Whole numbers with thousands grouped: "59 752" / "59,752". */
export function formatCount(value: number, lang: Lang): string {
  return lang === 'sv' ? groupDigits(value) : ENGLISH_COUNT.format(value);
}

/** Attachment numbers as people write them: [3,4,5,6,7,8] → "3–8", [9,10,13] → "9, 10, 13". */
export function formatNumberList(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const first = sorted[i];
    const last = sorted[j];
    runs.push(j - i >= 2 ? `${first}–${last}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return runs.join(', ');
}

/**
 * How a period reads in an answer, as a member would say it: "4 december 2026", "i december 2026",
 * "under 2026", "30 november–6 december 2026" ("on 4 December 2026", "in December 2026", …).
 */
export function periodText(period: { from: string; to: string }, lang: Lang): string {
  const from = dateParts(period.from);
  const to = dateParts(period.to);
  const months = lang === 'sv' ? SWEDISH_MONTHS : ENGLISH_MONTHS;
  if (period.from === period.to) return `${lang === 'sv' ? 'den' : 'on'} ${formatDate(period.from, lang)}`;
  const lastDay = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate();
  const wholeMonths = from.day === 1 && to.day === lastDay;
  if (wholeMonths && from.year === to.year && from.month === 1 && to.month === 12)
    return `${lang === 'sv' ? 'under' : 'in'} ${from.year}`;
  if (wholeMonths && from.year === to.year && from.month === to.month)
    return `${lang === 'sv' ? 'i' : 'in'} ${months[from.month - 1]} ${from.year}`;
  if (wholeMonths && from.year === to.year)
    return `${lang === 'sv' ? 'under' : 'in'} ${months[from.month - 1]}–${months[to.month - 1]} ${from.year}`;
  const start =
    from.year === to.year ? `${from.day} ${months[from.month - 1]}` : formatDate(period.from, lang);
  return `${start}–${formatDate(period.to, lang)}`;
}
