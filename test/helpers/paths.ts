import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = join(ROOT, '..', 'shared');

/** The real agenda of 3 April 2020, from the project's demo data (a copy of shared/fixtures). */
export const FIXTURE_AGENDA = join(ROOT, 'data', 'demo', 'agenda-lansnatverket-2020-04-03.txt');
export const POPULATION_FILE = join(ROOT, 'data', 'demo', 'dalarna-population-2021-06.json');

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function ourAgenda(name: string): string {
  return join(ROOT, 'test', 'fixtures', 'agendas', name);
}

export function sharedExists(): boolean {
  return existsSync(SHARED);
}
