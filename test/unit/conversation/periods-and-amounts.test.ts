import { describe, expect, it } from 'vitest';
import { findAmount } from '../../../src/conversation/understanding/amounts.js';
import { findPeriod } from '../../../src/conversation/understanding/periods.js';
import { foldText } from '../../../src/domain/text.js';

/** Read on Monday 23 November 2026, as members write them, with and without å/ä/ö. */
const TODAY = '2026-11-23';
const period = (text: string) => {
  const found = findPeriod(foldText(text), TODAY);
  return found ? [found.period.from, found.period.to] : null;
};

describe('days and periods', () => {
  it.each([
    ['har vi möte i morgon?', ['2026-11-24', '2026-11-24']],
    ['har vi mote imorgon', ['2026-11-24', '2026-11-24']],
    ['is there a meeting tomorrow', ['2026-11-24', '2026-11-24']],
    ['vad händer i dag', ['2026-11-23', '2026-11-23']],
    ['på torsdag', ['2026-11-26', '2026-11-26']],
    ['pa mandag', ['2026-11-30', '2026-11-30']],
    ['on friday', ['2026-11-27', '2026-11-27']],
    ['i torsdags', ['2026-11-19', '2026-11-19']],
    ['nästa vecka', ['2026-11-30', '2026-12-06']],
    ['next week', ['2026-11-30', '2026-12-06']],
    ['den här veckan', ['2026-11-23', '2026-11-29']],
    ['om tre veckor', ['2026-12-14', '2026-12-20']],
    ['in 2 weeks', ['2026-12-07', '2026-12-13']],
    ['nästa månad', ['2026-12-01', '2026-12-31']],
    ['förra månaden', ['2026-10-01', '2026-10-31']],
    ['i mars', ['2027-03-01', '2027-03-31']],
    ['in February', ['2027-02-01', '2027-02-28']],
    ['i november', ['2026-11-01', '2026-11-30']],
    ['vad beslutade vi i mars', ['2026-03-01', '2026-03-31']],
    ['april 2020', ['2020-04-01', '2020-04-30']],
    ['i våras', ['2026-03-01', '2026-05-31']],
    ['this spring', ['2027-03-01', '2027-05-31']],
    ['last spring', ['2026-03-01', '2026-05-31']],
    ['3 april 2020', ['2020-04-03', '2020-04-03']],
    ['den 4:e december', ['2026-12-04', '2026-12-04']],
    ['agenda for december 4', ['2026-12-04', '2026-12-04']],
    ['4/12', ['2026-12-04', '2026-12-04']],
    ['2026-12-16', ['2026-12-16', '2026-12-16']],
    ['år 2020', ['2020-01-01', '2020-12-31']],
  ])('%s', (text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  it.each(['var är mötet?', 'vem föredrar punkt 5', 'kostar 2025 kr', 'hur mycket betalar mora'])(
    'finds none in "%s"',
    (text) => {
      expect(period(text)).toBeNull();
    },
  );
});

describe('amounts', () => {
  it.each([
    ['3,5 miljoner', 3_500_000],
    ['750k', 750_000],
    ['750 tkr', 750_000],
    ['1,3 mkr', 1_300_000],
    ['4 MSEK', 4_000_000],
    ['four million', 4_000_000],
    ['fyra miljoner', 4_000_000],
    ['2 000 000 kr', 2_000_000],
    ['1.2 million', 1_200_000],
    ['500 000 kr', 500_000],
    ['1500000', 1_500_000],
    ['2025 kr', 2025],
  ])('%s is %i kronor', (text, kronor) => {
    expect(findAmount(foldText(text))?.kronor).toBe(kronor);
  });

  it.each(['vad betalar mora 2027', 'punkt 5', 'i april 2020', 'vem representerar mora'])(
    'finds none in "%s"',
    (text) => {
      expect(findAmount(foldText(text))).toBeNull();
    },
  );
});
