import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BODY_IDS } from './domain/body.js';
import type { DemoSources } from './services/demo-data.js';

/** The files the demo data is made from, in data/demo/ of the project. */
export async function readDemoSources(projectRoot: string): Promise<DemoSources> {
  const folder = join(projectRoot, 'data', 'demo');
  const text = (name: string) => readFile(join(folder, name), 'utf8');
  return {
    population: JSON.parse(await text('dalarna-population-2021-06.json')),
    archivedAgendas: [
      {
        body: BODY_IDS.chefsnatverket,
        fileName: 'agenda-lansnatverket-2020-04-03.txt',
        text: await text('agenda-lansnatverket-2020-04-03.txt'),
      },
    ],
    nextAgendas: [
      {
        body: BODY_IDS.chefsnatverket,
        fileName: 'agenda-chefsnatverket-next.txt',
        template: await text('agenda-chefsnatverket-next.txt'),
      },
      {
        body: BODY_IDS.valfardsradet,
        fileName: 'agenda-valfardsradet-next.txt',
        template: await text('agenda-valfardsradet-next.txt'),
      },
    ],
  };
}
