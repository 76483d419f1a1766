import type { Command } from 'commander';
import { computeCostSplit, parseAmount } from '../../services/cost-split.js';
import { printJson } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';
import { costSplitJson } from '../json-views.js';
import { renderCostSplit } from '../render-text.js';

export function registerCostSplitCommand(program: Command, ctx: CommandContext): void {
  const t = ctx.texts.costSplit;
  program
    .command('cost-split')
    .description(t.command)
    .requiredOption('--amount <kr>', t.amount)
    .option('--municipalities-only', t.municipalitiesOnly)
    .option('--compare <kr>', t.compare)
    .option('--json', ctx.texts.jsonOption)
    .action(async (o: { amount: string; municipalitiesOnly?: boolean; compare?: string; json?: boolean }) => {
      const amount = parseAmount(o.amount);
      const compare = o.compare === undefined ? undefined : parseAmount(o.compare);
      const { store } = await ctx.app();
      const result = computeCostSplit(store.read(), {
        amount,
        compare,
        municipalitiesOnly: o.municipalitiesOnly,
      });
      if (o.json) printJson(ctx.io, costSplitJson(result));
      else ctx.io.out(renderCostSplit(result, ctx.lang));
    });
}
