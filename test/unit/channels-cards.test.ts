import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/channels/teams/card-verbs.js';
import { CARDS_FOLDER, renderCard } from '../../src/channels/teams/render-card.js';
import { InMemoryConversationMemory } from '../../src/conversation/conversation-memory.js';
import { handleAction, handleMessage, type ConversationDeps } from '../../src/conversation/handle-message.js';
import type { Reply } from '../../src/conversation/views/replies.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { cardText, executeActions, rendererWarnings, schemaErrors } from '../helpers/card-checks.js';
import { demoStore } from '../helpers/demo.js';
import { SHARED, readText, sharedExists } from '../helpers/paths.js';

const KARIN = { channel: 'teams' as const, userId: '00000000-0000-4000-8000-000000000001' };
let deps: ConversationDeps;
const ask = (text: string, lang = '') =>
  handleMessage(
    text,
    {
      identity: { ...KARIN, userId: lang === 'en' ? 'someone-else' : KARIN.userId },
      conversationId: `c-${text}`,
    },
    deps,
  );

/** One realistic reply of every kind samrad can send, in both languages. */
async function everyReply(): Promise<Reply[]> {
  const questions = [
    'När är nästa möte?',
    'Var är mötet?',
    'Vad står på dagordningen?',
    'Dagordningen 3 april 2020',
    'Vem föredrar punkt 5?',
    'Punkt 7 3 april 2020',
    'Kalendarium',
    'Sök hjärtsvikt',
    'Vad beslutades om tillnyktringsplatser?',
    'Vad betalar Falun för RSS?',
    'Mina möten',
    'Hjälp',
    'Hej',
    'xyzzy qwerty',
    'Punkt 99',
    'When is the next meeting?',
    'What does Borlänge pay for RSS?',
    'Calendar',
  ];
  const replies = await Promise.all(questions.map((q) => ask(q)));
  // A decision card, as the chair opens it in the chat, and as a member sees it after voting.
  const opened = await ask('öppna beslut punkt 5 för Chefsnätverket');
  if (opened.kind !== 'decision') throw new Error(`expected a decision card, got ${opened.kind}`);
  const voted = await handleAction(
    'decision.vote',
    { decisionId: opened.view.decisionId, choice: 'for' },
    { identity: KARIN, conversationId: 'x' },
    deps,
  );
  if (voted.kind !== 'answer') throw new Error('the vote was refused');
  // Karin chairs two bodies: without a body named or a linked chat she is asked which.
  const chooser = await ask('öppna beslut punkt 4');
  const journey = await ask('var står beslutet om tillnyktringsplatser?');
  const form = await ask('nominera till Styrgrupp GNV');
  const overview = await ask('vilka är nominerade till Styrgrupp GNV?');
  const nominated = await ask('nominera Per Ström, Leksand, till Styrgrupp GNV');
  const request = nominated.privateMessages?.[0]?.reply;
  if (!request) throw new Error('no card for the nominee');
  return [...replies, opened, voted.reply, chooser, journey, form, overview, nominated, request];
}

let replies: Reply[];
beforeAll(async () => {
  const clock = new FixedClock('2026-11-23T08:00:00Z');
  deps = { store: await demoStore(clock), clock, memory: new InMemoryConversationMemory() };
  replies = await everyReply();
});

describe('every card samrad sends', () => {
  it('covers every kind of reply', () => {
    expect(new Set(replies.map((r) => r.kind))).toEqual(
      new Set([
        'meeting',
        'agenda',
        'item',
        'calendar',
        'search',
        'past-decision',
        'cost-share',
        'my-bodies',
        'help',
        'notice',
        'decision',
        'choose-body',
        'journey',
        'nomination-form',
        'nomination-overview',
        'nomination-request',
      ]),
    );
  });

  it('validates against the Adaptive Cards 1.5 schema', () => {
    for (const reply of replies)
      expect({ kind: reply.kind, errors: schemaErrors(renderCard(reply)) }).toEqual({
        kind: reply.kind,
        errors: [],
      });
  });

  it('parses without warnings in the official adaptivecards renderer', () => {
    for (const reply of replies)
      expect({ kind: reply.kind, warnings: rendererWarnings(renderCard(reply)) }).toEqual({
        kind: reply.kind,
        warnings: [],
      });
  });

  it('stays far below Teams’ size limit', () => {
    const sizes = replies.map((r) => Buffer.byteLength(JSON.stringify(renderCard(r))));
    expect(Math.max(...sizes)).toBeLessThan(28 * 1024);
  });

  it('gives every Action.Execute a known verb and data', () => {
    const verbs = new Set<string>(Object.values(CARD_VERBS));
    const actions = replies.flatMap((r) => executeActions(renderCard(r)));
    expect(actions.length).toBeGreaterThan(10);
    for (const action of actions) {
      expect(verbs.has(action.verb)).toBe(true);
      expect(action.data).toBeTypeOf('object');
    }
  });

  it('is marked with version 1.5 and has a fallback text', () => {
    for (const reply of replies) {
      const card = renderCard(reply);
      expect(card['version']).toBe('1.5');
      expect(String(card['fallbackText']).length).toBeGreaterThan(3);
    }
  });

  it('writes dates, times and amounts the Swedish way', () => {
    const text = replies
      .filter((r) => r.lang === 'sv')
      .map((r) => cardText(renderCard(r)))
      .join('\n');
    expect(text).toContain('fredag 4 december 2026, kl. 9.30–12');
    expect(text).toContain('414 395 kr');
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b.*kl\./);
  });
});

describe('the card templates in cards/', () => {
  it('are all used, and each has sample data that renders a valid card', async () => {
    const templates = readdirSync(CARDS_FOLDER).filter((f) => f.endsWith('.json'));
    const samples = readdirSync(join(CARDS_FOLDER, 'samples'));
    expect(templates.sort()).toEqual([...new Set(replies.map((r) => `${r.kind}.json`))].sort());
    for (const template of templates) {
      const sample = JSON.parse(readText(join(CARDS_FOLDER, 'samples', template))) as Reply;
      expect(samples).toContain(template);
      expect(schemaErrors(renderCard(sample))).toEqual([]);
    }
  });
});

describe('the schema copy', () => {
  it.skipIf(!sharedExists())('is the one in shared/schemas', () => {
    expect(readText(join(SHARED, 'schemas', 'adaptive-card-1.5.json'))).toBe(
      readText(join(CARDS_FOLDER, '..', '..', 'test', 'fixtures', 'schemas', 'adaptive-card-1.5.json')),
    );
  });
});
