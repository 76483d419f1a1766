import { describe, expect, it } from 'vitest';
import { emptySamradData } from '../../../src/domain/samrad-data.js';
import { SamradError } from '../../../src/errors/samrad-error.js';
import { computeCostSplit, parseAmount } from '../../../src/services/cost-split.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { demoData } from '../../helpers/demo.js';

describe('the cost split use case', () => {
  it.each([
    ['2000000', 2_000_000],
    ['2 000 000', 2_000_000],
    ['2\u00a0000\u00a0000 kr', 2_000_000],
    ['2,6 MSEK', 2_600_000],
    ['1.3 miljoner', 1_300_000],
    ['850 tkr', 850_000],
    ['0', 0],
  ])('reads the amount %j as %i kr', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it.each(['', 'två miljoner', '-5', '10.5', '1,0000001 MSEK', '99999999999999999'])('refuses %j', (text) => {
    expect(() => parseAmount(text)).toThrow(SamradError);
  });

  it('puts the region first and compares with today’s cost', async () => {
    const data = await demoData(new FixedClock('2026-11-23T09:00:00Z'));
    const result = computeCostSplit(data, { amount: 4_000_000, compare: 2_600_000 });
    expect(result.shares[0]).toMatchObject({
      name: 'Region Dalarna',
      amount: 2_000_000,
      compareAmount: 1_300_000,
      difference: 700_000,
    });
    expect(result.shares).toHaveLength(16);
  });

  it('says there is nothing to split on an empty store', () => {
    expect(() => computeCostSplit(emptySamradData(), { amount: 100 })).toThrow(SamradError);
  });
});
