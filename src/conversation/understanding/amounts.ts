/**
 * Amounts of money as members write them: "3,5 miljoner", "750k", "750 tkr", "1,3 mkr", "4 MSEK",
 * "four million", "fyra miljoner", "2 000 000 kr", "1.2 million". Read from folded text. A year
 * ("2025", "2027") is not an amount unless money words say so ("2025 kr").
 */
export interface FoundAmount {
  kronor: number;
  /** The words that named it, to be taken out of the question. */
  match: string;
}

const NUMBER_WORDS: Record<string, number> = {
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
  sju: 7,
  seven: 7,
  atta: 8,
  eight: 8,
  nio: 9,
  nine: 9,
  tio: 10,
  ten: 10,
  halv: 0.5,
  half: 0.5,
};

const MILLION = '(?:miljoner|miljon|milj|mkr|mnkr|msek|mio|million|millions|m)';
const THOUSAND = '(?:tusen|tkr|ksek|k|thousand)';
const CURRENCY = '(?:kr|kronor|sek|kronor|:-)';
const DECIMAL = '\\d+(?:[.,]\\d+)?';
const GROUPED = '\\d{1,3}(?:[ .]\\d{3})+';

const PATTERNS: { pattern: RegExp; value: (m: RegExpExecArray) => number | null }[] = [
  {
    pattern: new RegExp(`\\b(${DECIMAL})\\s*${MILLION}\\b(?:\\s*${CURRENCY})?`),
    value: (m) => decimal(m[1]) * 1_000_000,
  },
  {
    pattern: new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:och en halv\\s+)?${MILLION}\\b`),
    value: (m) => (NUMBER_WORDS[m[1] ?? ''] ?? 0) * 1_000_000 + (/och en halv/.test(m[0]) ? 500_000 : 0),
  },
  {
    pattern: new RegExp(`\\b(${DECIMAL})\\s*${THOUSAND}\\b(?:\\s*${CURRENCY})?`),
    value: (m) => decimal(m[1]) * 1000,
  },
  {
    pattern: new RegExp(`\\b(${GROUPED})(?:\\s*${CURRENCY})?(?=\\s|$|[?!.,])`),
    value: (m) => Number((m[1] ?? '').replace(/[ .]/g, '')),
  },
  {
    pattern: new RegExp(`\\b(\\d+)\\s*${CURRENCY}(?=\\s|$|[?!.,])`),
    value: (m) => Number(m[1]),
  },
  // A bare number of five digits or more is an amount; four digits may be a year.
  { pattern: /\b(\d{5,})\b/, value: (m) => Number(m[1]) },
];

function decimal(text: string | undefined): number {
  return Number((text ?? '0').replace(',', '.'));
}

/** The first amount the folded text names, or null. */
const MAX_KRONOR = 1e12;

export function findAmount(folded: string): FoundAmount | null {
  let best: { found: FoundAmount; index: number } | null = null;
  for (const { pattern, value } of PATTERNS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    // The tail of a longer number ("9,007,199,254,740,993 kr" read as 993) is no amount.
    if (/\d[ ,.]?$/.test(folded.slice(0, m.index))) continue;
    const kronor = value(m);
    // Larger than any joint cost could be (a thousand billion kronor) is no amount but a mistake,
    // and would not be a whole number of kronor anyway.
    if (kronor === null || !Number.isFinite(kronor) || kronor <= 0 || kronor > MAX_KRONOR) continue;
    if (!best || m.index < best.index)
      best = { found: { kronor: Math.round(kronor), match: m[0] }, index: m.index };
  }
  return best?.found ?? null;
}
