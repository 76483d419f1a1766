import { beforeAll, describe, expect, it } from 'vitest';
import { InMemoryConversationMemory } from '../../../src/conversation/conversation-memory.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { isWriteIntent } from '../../../src/conversation/understanding/intent-table.js';
import type { SamradData } from '../../../src/domain/samrad-data.js';
import { MemoryStore } from '../../../src/store/memory-store.js';
import {
  CORPUS_NOW,
  CORPUS_PARTS,
  personaIncoming,
  conversations,
  loadCorpus,
  report,
  runCorpus,
  type CorpusLine,
} from '../../../src/tools/understanding-corpus.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { demoData } from '../../helpers/demo.js';

/**
 * The whole corpus (test/corpus) through handleMessage, as members would type it, on the demo
 * data: whatever samrad makes of a question, a question never changes the record. Only a command
 * may, and a command's line runs on a copy so that the lines after it see the demo data as written.
 */
const clock = new FixedClock(CORPUS_NOW);
let base: SamradData;

beforeAll(async () => {
  base = await demoData(clock);
});

const incoming = (line: Pick<CorpusLine, 'as'>, data: SamradData, conversationId: string) =>
  personaIncoming(line.as, data, conversationId);

describe.each(CORPUS_PARTS)('the %s corpus through handleMessage', (part) => {
  it('never changes the record for a question, whatever samrad makes of it', async () => {
    const store = new MemoryStore(structuredClone(base));
    const memory = new InMemoryConversationMemory();
    const record = () => JSON.stringify(store.read());
    let questions = 0;
    for (const [index, conversation] of conversations(loadCorpus(part)).entries()) {
      for (const line of conversation) {
        const conversationId = `${part}-${index}`;
        if (isWriteIntent(line.intent)) {
          const copy = new MemoryStore(structuredClone(store.read()));
          await handleMessage(line.text, incoming(line, base, conversationId), {
            store: copy,
            clock,
            memory,
          });
          continue;
        }
        const before = record();
        const reply = await handleMessage(line.text, incoming(line, base, conversationId), {
          store,
          clock,
          memory,
        });
        expect(reply.lang).toMatch(/^(sv|en)$/);
        expect(record(), `${line.id} "${line.text}" changed the record`).toBe(before);
        questions++;
      }
    }
    expect(questions).toBeGreaterThan(100);
  });
});

/**
 * How well samrad understands the corpus, held to floors a little under today's figures (see
 * docs/benchmarks.md), so that a change that makes it understand less fails here: the intent and
 * the entities, what each reply shows of what it should, the language of the answer, and never a
 * domain card for a question that is none of samrad's business.
 */
const FLOORS = {
  tune: { right: 0.97, answers: 0.97 },
  holdout: { right: 0.9, answers: 0.93 },
} as const;

describe.each(CORPUS_PARTS)('the %s corpus understood', (part) => {
  it('as labelled, at least as well as before', async () => {
    const r = report(part, await runCorpus(loadCorpus(part), base, clock, part));
    const wrong = r.failures.map((f) => `${f.line.id} ${f.line.text} → ${f.intent}`).join('\n');
    expect(r.right / r.lines, wrong).toBeGreaterThanOrEqual(FLOORS[part].right);
    expect(r.answersRight / r.answersChecked).toBeGreaterThanOrEqual(FLOORS[part].answers);
    expect(r.inLanguage / r.lines).toBeGreaterThanOrEqual(0.98);
    expect(r.outOfScopeAnswered, 'an out-of-scope question got a domain card').toBe(0);
  });
});

describe('questions worded like commands', () => {
  // Asked by the chair, who may carry out every command: still questions, so nothing changes.
  it.each([
    'hur kopplar man chatten till chefsnätverket?',
    'är chatten kopplad till chefsnätverket?',
    'har nomineringen till styrgrupp gnv lagts på dagordningen?',
    'när öppnas beslutet om punkt 5?',
    'vem får öppna beslut?',
    'har beslutet om att bilda styrgruppen registrerats?',
    'kan sekreteraren lägga nomineringen på dagordningen?',
    'how do I link this chat to chnv?',
    'was the decision on item 5 opened?',
    'who may nominate to the GNV steering group?',
  ])('"%s" changes nothing', async (text) => {
    const store = new MemoryStore(structuredClone(base));
    const before = JSON.stringify(store.read());
    const chair = incoming({ as: 'chair' } as CorpusLine, base, 'command-like');
    await handleMessage(text, chair, { store, clock, memory: new InMemoryConversationMemory() });
    expect(JSON.stringify(store.read())).toBe(before);
  });
});
