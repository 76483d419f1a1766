import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatNumberList, formatTimeRange } from '../../../src/i18n/format.js';

describe('writing dates, times and amounts the Swedish way', () => {
  it('writes dates in words, with the weekday when asked', () => {
    expect(formatDate('2020-04-03', 'sv')).toBe('3 april 2020');
    expect(formatDate('2020-04-03', 'sv', { weekday: true })).toBe('fredag 3 april 2020');
    expect(formatDate('2020-04-03', 'en', { weekday: true })).toBe('Friday 3 April 2020');
  });

  it('writes times as "kl. 9.30–12"', () => {
    expect(formatTimeRange('09:30', '12:00', 'sv')).toBe('kl. 9.30–12');
    expect(formatTimeRange('13:00', null, 'sv')).toBe('kl. 13');
    expect(formatTimeRange('09:30', '12:00', 'en')).toBe('9:30–12:00');
  });

  it('writes amounts with a space between thousands', () => {
    expect(formatAmount(2_000_000, 'sv')).toBe('2 000 000 kr');
    expect(formatAmount(999, 'sv')).toBe('999 kr');
    expect(formatAmount(-55_794, 'sv')).toBe('−55 794 kr');
    expect(formatAmount(2_000_000, 'en')).toBe('SEK 2,000,000');
  });

  it('writes attachment lists with ranges', () => {
    expect(formatNumberList([3, 4, 5, 6, 7, 8])).toBe('3–8');
    expect(formatNumberList([13, 14, 15, 2])).toBe('2, 13–15');
    expect(formatNumberList([9, 10])).toBe('9, 10');
  });
});
