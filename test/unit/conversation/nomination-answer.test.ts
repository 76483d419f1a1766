import { beforeEach, describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/channels/teams/render-card.js';
import { InMemoryConversationMemory } from '../../../src/conversation/conversation-memory.js';
import {
  handleAction,
  handleMessage,
  type ConversationDeps,
} from '../../../src/conversation/handle-message.js';
import { nominate } from '../../../src/services/nominations.js';
import { systemActor } from '../../../src/services/ports.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { executeActions } from '../../helpers/card-checks.js';
import { demoStore } from '../../helpers/demo.js';

/**
 * A nominee answering in words ("jag tackar nej till nomineringen"): nothing is recorded from the
 * words; the nominee is shown the request again, with its buttons, and answers with a press.
 */
const clock = new FixedClock('2026-11-23T10:00:00Z');
const JOHAN = {
  identity: { channel: 'teams' as const, userId: '00000000-0000-4000-8000-000000000004' },
  conversationId: 'a:johan',
};
let deps: ConversationDeps;

beforeEach(async () => {
  deps = { store: await demoStore(clock), clock, memory: new InMemoryConversationMemory() };
});

describe('a nominee answering in words', () => {
  it('says when nothing waits for an answer, and shows the waiting request with its buttons', async () => {
    const nothing = await handleMessage('jag tackar nej till nomineringen', JOHAN, deps);
    expect(nothing.kind === 'notice' && nothing.text).toBe(
      'Du har ingen nominering som väntar på ditt svar.',
    );

    const data = deps.store.read();
    const seat = data.memberships.find((m) => m.personId === 'johan-dahl');
    const principal = data.principals.find((p) => p.id === seat?.principalId)?.name ?? '';
    await nominate(deps.store, clock, {
      group: 'styrgrupp-gnv',
      name: 'Johan Dahl',
      principal,
      nominator: systemActor('test'),
    });
    const before = JSON.stringify(deps.store.read().nominations);
    const shown = await handleMessage('jag tackar nej till nomineringen', JOHAN, deps);
    expect(shown.kind).toBe('nomination-request');
    // The words recorded nothing.
    expect(JSON.stringify(deps.store.read().nominations)).toBe(before);
    const buttons = executeActions(renderCard(shown));
    const decline = buttons.find(
      (b) => b.verb === 'nomination.respond' && (b.data as { answer: string }).answer === 'decline',
    );
    expect(decline).toBeDefined();
    const pressed = await handleAction('nomination.respond', decline?.data, JOHAN, deps);
    expect(pressed.kind).toBe('answer');
    expect(deps.store.read().nominations.find((n) => n.name === 'Johan Dahl')?.status).toBe('declined');
    const after = await handleMessage('I accept the nomination', JOHAN, deps);
    expect(after.kind === 'notice' && after.text).toBe('You have no nomination waiting for your answer.');
  });

  it('tells someone not on the roster that they have no nominations to answer', async () => {
    const stranger = {
      identity: { channel: 'teams' as const, userId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
      conversationId: 'a:x',
    };
    const reply = await handleMessage('jag tackar ja till nomineringen', stranger, deps);
    expect(reply.kind).toBe('notice');
    expect(deps.store.read().nominations.every((n) => n.respondedAt === null)).toBe(true);
  });
});
