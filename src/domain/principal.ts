import { z } from 'zod';
import { foldText, slugify } from './text.js';

/**
 * The principals (huvudmän): Region Dalarna and the county's municipalities. Most joint work is agreed
 * between the two sides and paid 50/50; the municipalities' half is split by population.
 */
export const PrincipalKindSchema = z.enum(['region', 'municipality']);
export type PrincipalKind = z.infer<typeof PrincipalKindSchema>;

export const PrincipalSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: PrincipalKindSchema,
  /** Inhabitants, used for splitting the municipalities' part of a cost; null for the region. */
  population: z.number().int().nonnegative().nullable(),
  /** When the population figure was taken, "YYYY-MM". */
  populationAsOf: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'expected YYYY-MM')
    .nullable(),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/** The shape of the population file the networks use (shared/fixtures/dalarna-population-2021-06.json). */
export const PopulationFileSchema = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}$/),
  region: z.string().min(1),
  municipalities: z
    .array(z.object({ name: z.string().min(1), population: z.number().int().positive() }))
    .min(1),
});
export type PopulationFile = z.infer<typeof PopulationFileSchema>;

/** Builds the principal list (the region first, then the municipalities in file order) from a population file. */
export function principalsFromPopulation(file: PopulationFile): Principal[] {
  return [
    { id: slugify(file.region), name: file.region, kind: 'region', population: null, populationAsOf: null },
    ...file.municipalities.map((m) => ({
      id: slugify(m.name),
      name: m.name,
      kind: 'municipality' as const,
      population: m.population,
      populationAsOf: file.asOf,
    })),
  ];
}

/**
 * Finds a principal by what a person typed: its name or id in any case, with or without diacritics
 * ("Falun", "falun", "Malung-Salen"), or "regionen"/"region" for the region.
 */
export function findPrincipal(principals: readonly Principal[], typed: string): Principal | undefined {
  const wanted = foldText(typed);
  if (wanted === '') return undefined;
  const exact = principals.find((p) => foldText(p.name) === wanted || p.id === wanted);
  if (exact) return exact;
  const asSlug = slugify(typed);
  const bySlug = principals.find((p) => p.id === asSlug);
  if (bySlug) return bySlug;
  if (['region', 'regionen', 'rd'].includes(wanted)) return principals.find((p) => p.kind === 'region');
  return principals.find((p) => foldText(p.name).replace(/ kommun$/, '') === wanted.replace(/ kommun$/, ''));
}
