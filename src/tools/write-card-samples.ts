import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDemoData } from '../app-context.js';
import { CARDS_FOLDER } from '../channels/teams/render-card.js';
import { InMemoryConversationMemory } from '../conversation/conversation-memory.js';
import { handleMessage } from '../conversation/handle-message.js';
import { MemoryStore } from '../store/memory-store.js';

/**
 * `npm run cards:samples`: writes cards/teams/samples/<template>.json, a real reply for each card
 * template, made from the demo data as of a fixed day. Paste a template and its sample into the
 * Adaptive Cards Designer to work on the layout; the tests render every sample.
 */
const QUESTIONS: Record<string, string> = {
  meeting: 'När är nästa möte?',
  agenda: 'Vad står på dagordningen?',
  item: 'Punkt 5',
  calendar: 'Kalendarium',
  search: 'Sök hjärtsvikt',
  'past-decision': 'Vad beslutades om tillnyktringsplatser?',
  'cost-share': 'Vad betalar Falun för RSS?',
  'my-bodies': 'Mina möten',
  help: 'Hjälp',
  notice: 'Punkt 99',
  decision: 'Öppna beslut punkt 5 för Chefsnätverket',
  'choose-body': 'Öppna beslut punkt 4',
  journey: 'Var står beslutet om tillnyktringsplatser?',
  'nomination-form': 'Nominera till Styrgrupp GNV',
  'nomination-overview': 'Vilka är nominerade till Styrgrupp GNV?',
};

async function main(): Promise<void> {
  const clock = { now: () => new Date('2026-11-23T08:00:00Z') };
  const deps = {
    store: new MemoryStore(await makeDemoData(clock)),
    clock,
    memory: new InMemoryConversationMemory(),
  };
  const identity = { channel: 'teams' as const, userId: '00000000-0000-4000-8000-000000000001' };
  await mkdir(join(CARDS_FOLDER, 'samples'), { recursive: true });
  // The card a nominee gets: made by nominating someone on the roster.
  const nominated = await handleMessage(
    'Nominera Per Ström, Leksand, till Styrgrupp GNV',
    { identity, conversationId: 'n' },
    deps,
  );
  const request = nominated.privateMessages?.[0]?.reply;
  if (!request) throw new Error('no card was made for the nominee');
  await writeFile(
    join(CARDS_FOLDER, 'samples', 'nomination-request.json'),
    `${JSON.stringify(request, null, 2)}\n`,
  );
  for (const [template, question] of Object.entries(QUESTIONS)) {
    const reply = await handleMessage(question, { identity, conversationId: template }, deps);
    if (reply.kind !== template) throw new Error(`"${question}" gave a ${reply.kind} reply, not ${template}`);
    await writeFile(join(CARDS_FOLDER, 'samples', `${template}.json`), `${JSON.stringify(reply, null, 2)}\n`);
  }
}

await main();
