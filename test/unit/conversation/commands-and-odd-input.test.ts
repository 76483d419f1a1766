import { beforeAll, describe, expect, it } from 'vitest';
import { InMemoryConversationMemory } from '../../../src/conversation/conversation-memory.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import type { SamradData } from '../../../src/domain/samrad-data.js';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { CORPUS_NOW, personaIncoming } from '../../../src/tools/understanding-corpus.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { demoData } from '../../helpers/demo.js';

/**
 * The chair, in a chat linked to Chefsnätverket, may open and close its decisions. A command is
 * carried out only when it is the command and nothing else; with second thoughts, a joke or a
 * negation around it nothing changes and the chair is shown how to write it. Odd input never
 * throws and never changes the record.
 */
const clock = new FixedClock(CORPUS_NOW);
let base: SamradData;

beforeAll(async () => {
  base = await demoData(clock);
});

/** A store with the chat linked to Chefsnätverket by its chair, and the chair's incoming message. */
async function linkedChat() {
  const store = new MemoryStore(structuredClone(base));
  const memory = new InMemoryConversationMemory();
  const chair = personaIncoming('chair', base, 'linked-chat');
  await handleMessage('koppla chatten till Chefsnätverket', chair, { store, clock, memory });
  return { store, memory, chair };
}

const decisions = (data: SamradData) => JSON.stringify(data.decisions);

describe('a command with more around it than the command', () => {
  it.each([
    'öppna inte beslut punkt 4',
    'open decision item 4 — just kidding',
    'öppna beslut punkt 4 imorgon, inte nu',
    'öppna beslut punkt 4.5',
    'öppna beslut punkt 4 för mötet 3 april 2020',
    'öppna beslut punkt 4?',
    'öppna beslut punkt 4 om du vill',
    'öppna beslut punkt 4, ska vi?',
    'öppna beslut punkt 4 😂',
    'öppna beslut punkt 4 ｉｎｔｅ',
    'öppna beslut punkt 4 — не надо',
    `öppna beslut punkt 4${' '.repeat(990)}skämt, gör det inte`,
  ])('"%s" opens nothing and says how to write it', async (text) => {
    const { store, memory, chair } = await linkedChat();
    const before = decisions(store.read());
    const reply = await handleMessage(text, chair, { store, clock, memory });
    expect(decisions(store.read())).toBe(before);
    expect(reply.kind).toBe('notice');
    expect(JSON.stringify(reply)).toMatch(/öppna beslut punkt 4|open decision item 4/);
  });

  it('while the plain command opens the decision', async () => {
    const { store, memory, chair } = await linkedChat();
    const reply = await handleMessage('öppna beslut punkt 4', chair, { store, clock, memory });
    expect(reply.kind).toBe('decision');
    expect(store.read().decisions.filter((d) => d.status === 'open')).toHaveLength(1);
  });

  it('and a close with second thoughts closes nothing', async () => {
    const { store, memory, chair } = await linkedChat();
    await handleMessage('öppna beslut punkt 5', chair, { store, clock, memory });
    const before = decisions(store.read());
    const reply = await handleMessage('stäng beslut punkt 5 bifall — eller vänta', chair, {
      store,
      clock,
      memory,
    });
    expect(decisions(store.read())).toBe(before);
    // The plain form it suggests is for the item the chair wrote.
    expect(JSON.stringify(reply)).toContain('stäng beslut punkt 5 bifall');
  });

  it('"öppna beslut punkt 4 den 10 december", a day the network does not meet, opens nothing', async () => {
    const { store, memory, chair } = await linkedChat();
    const before = decisions(store.read());
    await handleMessage('öppna beslut punkt 4 den 10 december', chair, { store, clock, memory });
    expect(decisions(store.read())).toBe(before);
  });

  it('a close without an outcome closes nothing and says how to write it', async () => {
    const { store, memory, chair } = await linkedChat();
    await handleMessage('öppna beslut punkt 5', chair, { store, clock, memory });
    const before = decisions(store.read());
    const reply = await handleMessage('avsluta beslutet om punkt 5', chair, { store, clock, memory });
    expect(decisions(store.read())).toBe(before);
    expect(reply.kind === 'notice' && reply.text).toContain('"stäng beslut punkt 5 med bifall"');
  });

  it('a close with two outcomes closes nothing', async () => {
    const { store, memory, chair } = await linkedChat();
    await handleMessage('öppna beslut punkt 5', chair, { store, clock, memory });
    const before = decisions(store.read());
    await handleMessage('stäng beslut punkt 5 bifall och avslag', chair, { store, clock, memory });
    expect(decisions(store.read())).toBe(before);
  });

  it.each([
    'svara på kinesiska',
    'answer in German',
    'lägg till Anna i teamskanalen',
    'lägg till punkt 8 på dagordningen',
    'lägg till tillnyktring på dagordningen',
  ])('"%s" changes nothing', async (text) => {
    const { store, memory, chair } = await linkedChat();
    const before = JSON.stringify(store.read());
    await handleMessage(text, chair, { store, clock, memory });
    expect(JSON.stringify(store.read())).toBe(before);
  });
});

describe('odd input', () => {
  it.each([
    ['vad betalar Falun av 999999999999999999999 kr?', /Falun|kommun|municipality/],
    ['punkt 99999999999999999999', /./],
    ['is there a meeting on 32 December?', /32 december/i],
    ['dagordningen för 31/02?', /31\/02/],
    ['är det möte år 99999?', /99999/],
    ['vad betalar Fa\u200blun för RSS?', /Falun/],
    // The tail of a number too large to be an amount is no amount of its own.
    ['vad betalar Mora av 9,007,199,254,740,993 kr?', /Mora/],
  ])('"%s" is answered without an error and changes nothing', async (text, shows) => {
    const store = new MemoryStore(structuredClone(base));
    const before = JSON.stringify(store.read());
    const reply = await handleMessage(text, personaIncoming('member', base, 'odd'), {
      store,
      clock,
      memory: new InMemoryConversationMemory(),
    });
    const shown = JSON.stringify(reply);
    expect(shown).toMatch(shows);
    expect(shown).not.toMatch(/Error|undefined|NaN|\[object Object\]/);
    expect(shown, 'a tail of a number taken for an amount').not.toMatch(/(?<!\d[\s\u00a0])\b993\s?kr/);
    expect(JSON.stringify(store.read())).toBe(before);
  });

  it.each([
    'nominera Kalle Karlsson från Mora till GNV, jag skämtar',
    'nominera Kalle Karlsson från Mora till GNV lol',
    'nominera Kalle Karlsson från Mora till GNV?',
    'nominera Kalle Karlsson från Mora till Välfärdsrådet',
    'nominate Kalle Karlsson from Mora to GNV, never mind',
  ])('"%s" records no nomination', async (text) => {
    const store = new MemoryStore(structuredClone(base));
    const before = JSON.stringify(store.read().nominations);
    await handleMessage(text, personaIncoming('member', base, 'n'), {
      store,
      clock,
      memory: new InMemoryConversationMemory(),
    });
    expect(JSON.stringify(store.read().nominations)).toBe(before);
  });

  it('a member who asks for English in Slack is answered in English in Teams too', async () => {
    const store = new MemoryStore(structuredClone(base));
    const deps = { store, clock, memory: new InMemoryConversationMemory() };
    await handleMessage('answer in English', personaIncoming('member', base, 's', 'slack'), deps);
    const teams = await handleMessage(
      'när är nästa möte?',
      personaIncoming('member', base, 't', 'teams'),
      deps,
    );
    expect(teams.lang).toBe('en');
    await handleMessage('svara på svenska', personaIncoming('member', base, 't', 'teams'), deps);
    const slack = await handleMessage(
      'when is the next meeting?',
      personaIncoming('member', base, 's', 'slack'),
      deps,
    );
    expect(slack.lang).toBe('sv');
  });

  it('a stranger who asks for English is answered in English, and nothing is stored', async () => {
    const store = new MemoryStore(structuredClone(base));
    const before = JSON.stringify(store.read());
    const reply = await handleMessage('answer in English', personaIncoming('stranger', base, 'l'), {
      store,
      clock,
      memory: new InMemoryConversationMemory(),
    });
    expect(reply.lang).toBe('en');
    expect(JSON.stringify(store.read())).toBe(before);
  });

  it('a stranger who writes a nomination is told who may nominate, not given a form', async () => {
    const store = new MemoryStore(structuredClone(base));
    const reply = await handleMessage(
      'nominera Kalle Karlsson från Mora till GNV',
      personaIncoming('stranger', base, 's'),
      {
        store,
        clock,
        memory: new InMemoryConversationMemory(),
      },
    );
    expect(reply.kind).toBe('notice');
  });
});
