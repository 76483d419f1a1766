import {
  compareSplits,
  splitBetweenMunicipalities,
  splitCost,
  type CostComparisonRow,
  type CostShare,
} from '../domain/cost-split.js';
import type { SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';

export interface CostSplitInput {
  amount: number;
  municipalitiesOnly?: boolean;
  /** An amount to compare with, e.g. today's cost when `amount` is the proposal. */
  compare?: number;
}

export interface CostSplitResult {
  amount: number;
  municipalitiesOnly: boolean;
  compareAmount: number | null;
  shares: (CostShare | CostComparisonRow)[];
}

/** Splits a joint cost between the principals on file, optionally comparing with another amount. */
export function computeCostSplit(data: SamradData, input: CostSplitInput): CostSplitResult {
  const hasRegion = data.principals.some((p) => p.kind === 'region');
  const municipalities = data.principals.filter((p) => p.kind === 'municipality');
  if (
    municipalities.length === 0 ||
    municipalities.some((m) => !m.population) ||
    (!input.municipalitiesOnly && !hasRegion)
  ) {
    throw new SamradError('cost.no-principals');
  }
  const split = (amount: number) =>
    input.municipalitiesOnly
      ? splitBetweenMunicipalities(amount, data.principals)
      : splitCost(amount, data.principals);
  const proposed = split(input.amount);
  return {
    amount: input.amount,
    municipalitiesOnly: input.municipalitiesOnly ?? false,
    compareAmount: input.compare ?? null,
    shares: input.compare === undefined ? proposed.shares : compareSplits(proposed, split(input.compare)),
  };
}

const MULTIPLIERS: Record<string, number> = {
  msek: 1_000_000,
  mkr: 1_000_000,
  mnkr: 1_000_000,
  miljoner: 1_000_000,
  tkr: 1_000,
};

/**
 * Reads an amount as people write it: "2000000", "2 000 000", "2 000 000 kr", "2,6 MSEK", "1,3 miljoner",
 * "850 tkr". The result must be whole kronor.
 */
export function parseAmount(text: string): number {
  const compact = text.replace(/[\s\u00a0]/g, '').toLowerCase();
  const plain = /^(\d{1,15})(kr|sek|kronor)?$/.exec(compact);
  const scaled = /^(\d{1,9}(?:[.,]\d{1,6})?)(msek|mkr|mnkr|miljoner|tkr)$/.exec(compact);
  let amount = NaN;
  if (plain) amount = Number(plain[1]);
  else if (scaled) {
    // Round away floating-point noise ("2,6" × 1 000 000) before checking that it is whole kronor.
    const exact = Number((scaled[1] ?? '').replace(',', '.')) * (MULTIPLIERS[scaled[2] ?? ''] ?? NaN);
    amount = Math.abs(exact - Math.round(exact)) < 1e-6 ? Math.round(exact) : NaN;
  }
  if (!Number.isSafeInteger(amount)) throw new SamradError('input.bad-amount', { value: text });
  return amount;
}
