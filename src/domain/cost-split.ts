import type { Principal } from './principal.js';

/**
 * Splitting joint costs between the principals. Amounts are whole kronor and the shares always add up
 * exactly to the amount split: the region and the municipalities take half each, and the
 * municipalities' half is divided by population with the largest-remainder method.
 */
export interface CostShare {
  name: string;
  kind: Principal['kind'];
  /** Population the share was computed from; null for the region. */
  population: number | null;
  amount: number;
}

export interface CostSplit {
  amount: number;
  shares: CostShare[];
}

export interface CostComparisonRow extends CostShare {
  compareAmount: number;
  /** amount − compareAmount: what the principal pays more (or less, when negative). */
  difference: number;
}

function assertWholeKronor(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`amount must be a whole, non-negative number of kronor, got ${amount}`);
  }
}

/**
 * Divides `amount` between weights in proportion, in whole units, so that the parts add up exactly.
 * Each part gets the floor of its exact quota; the kronor left over go one each to the largest
 * remainders. Ties go to the larger weight, then to the earlier position, so the result never
 * depends on anything but the input. Exact integer arithmetic (BigInt) avoids rounding drift.
 */
export function apportion(amount: number, weights: readonly number[]): number[] {
  assertWholeKronor(amount);
  const total = weights.reduce((sum, w) => sum + BigInt(w), 0n);
  if (weights.length === 0 || total === 0n)
    throw new RangeError('apportion needs at least one positive weight');
  const big = BigInt(amount);
  const parts = weights.map((w, index) => {
    const exact = big * BigInt(w);
    return { index, weight: w, floor: exact / total, remainder: exact % total };
  });
  let leftOver = big - parts.reduce((sum, p) => sum + p.floor, 0n);
  const byRemainder = [...parts].sort(
    (a, b) =>
      (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : 0) ||
      b.weight - a.weight ||
      a.index - b.index,
  );
  const result = parts.map((p) => p.floor);
  for (const p of byRemainder) {
    if (leftOver === 0n) break;
    result[p.index] = (result[p.index] ?? 0n) + 1n;
    leftOver -= 1n;
  }
  return result.map(Number);
}

function municipalitiesOf(principals: readonly Principal[]): Principal[] {
  const municipalities = principals.filter((p) => p.kind === 'municipality');
  if (municipalities.length === 0) throw new RangeError('there are no municipalities to split between');
  const missing = municipalities.find((m) => !m.population);
  if (missing) throw new RangeError(`${missing.name} has no population figure`);
  return municipalities;
}

/** Splits an amount between the municipalities alone, by population. */
export function splitBetweenMunicipalities(amount: number, principals: readonly Principal[]): CostSplit {
  const municipalities = municipalitiesOf(principals);
  const amounts = apportion(
    amount,
    municipalities.map((m) => m.population ?? 0),
  );
  return {
    amount,
    shares: municipalities.map((m, i) => ({
      name: m.name,
      kind: m.kind,
      population: m.population,
      amount: amounts[i] ?? 0,
    })),
  };
}

/**
 * Splits an amount 50/50 between the region and the municipalities, the municipalities' half by
 * population. With an odd amount the region's half is the larger by one krona: one payer rounding
 * up keeps every municipality's share a fair fraction of an exact half.
 */
export function splitCost(amount: number, principals: readonly Principal[]): CostSplit {
  assertWholeKronor(amount);
  const region = principals.find((p) => p.kind === 'region');
  if (!region) throw new RangeError('there is no region to split with');
  const regionAmount = Math.ceil(amount / 2);
  const municipal = splitBetweenMunicipalities(amount - regionAmount, principals);
  return {
    amount,
    shares: [
      { name: region.name, kind: region.kind, population: null, amount: regionAmount },
      ...municipal.shares,
    ],
  };
}

/**
 * Compares what each principal pays under two amounts, e.g. 1 300 000 kr today against 2 000 000 kr
 * proposed: both are split the same way and the difference is per principal.
 */
export function compareSplits(proposed: CostSplit, current: CostSplit): CostComparisonRow[] {
  return proposed.shares.map((share) => {
    const before = current.shares.find((s) => s.name === share.name)?.amount ?? 0;
    return { ...share, compareAmount: before, difference: share.amount - before };
  });
}
