import { z } from 'zod';
import { foldText, slugify } from './text.js';

/**
 * Bodies (organ) that meet and decide: the networks, the political council, steering groups and
 * working groups. Ids are stable contracts used in commands and by later integrations.
 */
export const BODY_IDS = {
  chefsnatverket: 'chefsnatverket',
  valfardsradet: 'valfardsradet',
  styrgruppChnv: 'styrgrupp-chnv',
  socialchefsnatverket: 'socialchefsnatverket',
} as const;

export const BodyKindSchema = z.enum([
  'network',
  'council',
  'steering-group',
  'working-group',
  'reference-group',
  'programme-area',
]);
export type BodyKind = z.infer<typeof BodyKindSchema>;

export const BodyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and dashes');

export const BodySchema = z.strictObject({
  id: BodyIdSchema,
  name: z.string().min(1),
  kind: BodyKindSchema,
  /** Other names the body goes by in documents and in chat ("CHNV", "Länsnätverket för förvaltningschefer"). */
  aliases: z.array(z.string().min(1)),
  /** The body it reports to or prepares for, if any (Styrgrupp CHNV prepares for Chefsnätverket). */
  parentBodyId: BodyIdSchema.nullable(),
});
export type Body = z.infer<typeof BodySchema>;

/** Finds a body by id, name or alias, forgiving case and diacritics ("Välfärdsrådet", "valfardsradet", "VFR"). */
export function findBody(bodies: readonly Body[], typed: string): Body | undefined {
  const wanted = foldText(typed);
  if (wanted === '') return undefined;
  return (
    bodies.find((b) => b.id === wanted) ??
    bodies.find((b) => b.id === slugify(typed)) ??
    bodies.find((b) => [b.name, ...b.aliases].some((name) => foldText(name) === wanted))
  );
}

/** Finds the body whose name or alias occurs in a piece of text, preferring the longest match. */
export function findBodyMentionedIn(bodies: readonly Body[], text: string): Body | undefined {
  const folded = foldText(text);
  let best: { body: Body; length: number } | undefined;
  for (const body of bodies) {
    for (const name of [body.name, ...body.aliases]) {
      const n = foldText(name);
      if (n.length > 0 && folded.includes(n) && (!best || n.length > best.length)) {
        best = { body, length: n.length };
      }
    }
  }
  return best?.body;
}
