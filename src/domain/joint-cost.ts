import { z } from 'zod';

/**
 * A joint cost the principals share, such as the development-leader posts of RSS Dalarna. Members
 * ask what their municipality pays for it; the split follows the cost-split rules.
 */
export const JointCostSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  /** Other words members use for it ("RSS", "utvecklingsledarna"). */
  aliases: z.array(z.string().min(1)),
  /** Kronor per year as proposed or decided. */
  amount: z.number().int().nonnegative(),
  /** Today's cost, when the amount is a proposed change, for comparison. */
  currentAmount: z.number().int().nonnegative().nullable(),
  /** Split between both principals (50/50, then by population) or between the municipalities only. */
  split: z.enum(['principals', 'municipalities']),
  note: z.string().nullable(),
});
export type JointCost = z.infer<typeof JointCostSchema>;
