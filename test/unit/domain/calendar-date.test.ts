import { describe, expect, it } from 'vitest';
import {
  findDateInText,
  findTimeRange,
  isValidIsoDate,
  parseYymmdd,
  swedishTimeOfDay,
  swedishToday,
} from '../../../src/domain/calendar-date.js';

describe('Swedish dates and times', () => {
  it.each([
    ['Länsnätverket för förvaltningschefer 3 april 2020', '2020-04-03'],
    ['fredag den 8 maj 2020', '2020-05-08'],
    ['Möte 28 aug. 2020', '2020-08-28'],
    ['Minnesanteckningar 200306', '2020-03-06'],
    ['Datum: 2021-11-30', '2021-11-30'],
  ])('finds the date in %j', (text, date) => {
    expect(findDateInText(text)?.date).toBe(date);
  });

  it('finds no date where there is none or where it is impossible', () => {
    expect(findDateInText('Kalendarium 2020 ÄNDRING')).toBeNull();
    expect(findDateInText('31 februari 2020')).toBeNull();
    expect(parseYymmdd('201332')).toBeNull();
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
  });

  it.each([
    ['Tid: kl. 9.30-12', { start: '09:30', end: '12:00' }],
    ['Kl. 13.00 – 15.30', { start: '13:00', end: '15:30' }],
    ['kl 9-12', { start: '09:00', end: '12:00' }],
    ['Tid: 09:00–11:30', { start: '09:00', end: '11:30' }],
    ['kl. 13', { start: '13:00', end: null }],
    ['kl. 14-12', { start: '14:00', end: null }],
  ])('reads the time in %j', (text, range) => {
    expect(findTimeRange(text)).toEqual(range);
  });

  it('tells today and the time in Sweden, whatever the machine’s time zone', () => {
    expect(swedishToday(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(swedishTimeOfDay(new Date('2026-07-01T10:05:00Z'))).toBe('12:05');
  });
});
