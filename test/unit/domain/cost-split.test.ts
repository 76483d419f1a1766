import { describe, expect, it } from 'vitest';
import {
  apportion,
  compareSplits,
  splitBetweenMunicipalities,
  splitCost,
} from '../../../src/domain/cost-split.js';
import { PopulationFileSchema, principalsFromPopulation } from '../../../src/domain/principal.js';
import { POPULATION_FILE, readText } from '../../helpers/paths.js';

const principals = principalsFromPopulation(
  PopulationFileSchema.parse(JSON.parse(readText(POPULATION_FILE))),
);
const sum = (values: readonly { amount: number }[]) => values.reduce((s, v) => s + v.amount, 0);
const share = (split: { shares: { name: string; amount: number }[] }, name: string) =>
  split.shares.find((s) => s.name === name)?.amount;

describe('splitting a joint cost', () => {
  it('splits 4 000 000 kr into 2 000 000 for the region and 2 000 000 for the municipalities', () => {
    const split = splitCost(4_000_000, principals);
    expect(split.shares).toHaveLength(16);
    expect(share(split, 'Region Dalarna')).toBe(2_000_000);
    expect(sum(split.shares.filter((s) => s.kind === 'municipality'))).toBe(2_000_000);
    expect(sum(split.shares)).toBe(4_000_000);
  });

  it('gives each municipality its share of 1 300 000 kr by population, adding up exactly', () => {
    const split = splitBetweenMunicipalities(1_300_000, principals);
    expect(sum(split.shares)).toBe(1_300_000);
    const total = 288_382; // the municipalities' population, June 2021
    for (const s of split.shares) {
      const exact = (1_300_000 * (s.population ?? 0)) / total;
      expect(Math.abs(s.amount - exact)).toBeLessThan(1);
    }
    expect(share(split, 'Falun')).toBe(269_357);
    expect(share(split, 'Vansbro')).toBe(30_609);
  });

  it('adds up exactly for any amount, odd ones included', () => {
    for (const amount of [0, 1, 15, 16, 17, 999, 1_000_001, 2_600_000, 123_456_789, 9_007_199_254_740]) {
      expect(sum(splitCost(amount, principals).shares)).toBe(amount);
      expect(sum(splitBetweenMunicipalities(amount, principals).shares)).toBe(amount);
    }
  });

  it('gives the odd krona of an odd amount to the region', () => {
    const split = splitCost(1_000_001, principals);
    expect(share(split, 'Region Dalarna')).toBe(500_001);
  });

  it('compares two amounts per principal', () => {
    const rows = compareSplits(
      splitBetweenMunicipalities(2_000_000, principals),
      splitBetweenMunicipalities(1_300_000, principals),
    );
    expect(sum(rows.map((r) => ({ amount: r.difference })))).toBe(700_000);
    const falun = rows.find((r) => r.name === 'Falun');
    expect(falun).toMatchObject({ amount: 414_395, compareAmount: 269_357, difference: 145_038 });
  });

  it('refuses amounts that are not whole, non-negative kronor', () => {
    expect(() => splitCost(10.5, principals)).toThrow(RangeError);
    expect(() => splitCost(-1, principals)).toThrow(RangeError);
  });
});

describe('largest-remainder apportionment', () => {
  it('breaks ties by the larger weight, then by position, the same every time', () => {
    expect(apportion(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(apportion(2, [1, 2, 1])).toEqual([1, 1, 0]);
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(10, [1, 1, 1])).toEqual(apportion(10, [1, 1, 1]));
  });

  it('gives each part the floor or the ceiling of its exact quota', () => {
    const weights = [22986, 52460, 59752, 10455, 6790];
    for (let amount = 0; amount < 5000; amount += 37) {
      const total = weights.reduce((a, b) => a + b, 0);
      const parts = apportion(amount, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
      parts.forEach((part, i) => {
        const quota = (amount * (weights[i] ?? 0)) / total;
        expect(part === Math.floor(quota) || part === Math.ceil(quota)).toBe(true);
      });
    }
  });
});
