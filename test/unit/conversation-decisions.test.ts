import { beforeEach, describe, expect, it } from 'vitest';
import { renderCard } from '../../src/channels/teams/render-card.js';
import { InMemoryConversationMemory } from '../../src/conversation/conversation-memory.js';
import { handleAction, handleMessage, type ConversationDeps } from '../../src/conversation/handle-message.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { cardText, executeActions } from '../helpers/card-checks.js';
import { demoStore } from '../helpers/demo.js';

const clock = new FixedClock('2026-11-23T10:00:00Z');
const teams = (userId: string) => ({
  identity: { channel: 'teams' as const, userId },
  conversationId: 'chat-1',
});
const KARIN = teams('00000000-0000-4000-8000-000000000001');
const MARIA = teams('00000000-0000-4000-8000-000000000003');
let deps: ConversationDeps;

beforeEach(async () => {
  deps = { store: await demoStore(clock), clock, memory: new InMemoryConversationMemory() };
});

describe('decisions in the conversation', () => {
  it('asks a chair of two bodies which one, with a button per body', async () => {
    const reply = await handleMessage('öppna beslut punkt 4', KARIN, deps);
    expect(reply.kind).toBe('choose-body');
    const buttons = executeActions(renderCard(reply));
    expect(buttons.map((b) => [b.title, b.verb, b.data])).toEqual([
      ['Chefsnätverket', 'decision.open', { bodyId: 'chefsnatverket', number: 4 }],
      ['Styrgrupp CHNV', 'decision.open', { bodyId: 'styrgrupp-chnv', number: 4 }],
    ]);
    const pressed = await handleAction('decision.open', buttons[0]?.data, KARIN, deps);
    expect(pressed.kind === 'answer' && pressed.reply.kind).toBe('decision');
  });

  it('uses the body the chat is linked to', async () => {
    await handleMessage('koppla chatten till Chefsnätverket', KARIN, deps);
    const reply = await handleMessage('öppna beslut punkt 4', KARIN, deps);
    expect(reply.kind).toBe('decision');
  });

  it('links a Teams meeting chat to the body’s meeting', async () => {
    const gunilla = teams('00000000-0000-4000-8000-000000000012');
    const reply = await handleMessage(
      'koppla chatten till mötet',
      { ...gunilla, meetingChat: true, conversationId: 'meeting-chat' },
      deps,
    );
    expect(reply.kind === 'notice' && reply.text).toBe(
      'Chatten är nu kopplad till Välfärdsrådets möte 16 december 2026.',
    );
    expect(deps.store.read().chatLinks).toContainEqual(
      expect.objectContaining({ meetingId: 'valfardsradet-2026-12-16' }),
    );
    // A chair of two bodies is asked which one.
    const karin = await handleMessage('koppla chatten till mötet', { ...KARIN, meetingChat: true }, deps);
    expect(karin.kind === 'notice' && karin.text).toContain('Vilket organ menar du?');
  });

  it('says where a vote stands and how the asker voted, naming the decision it is about', async () => {
    const none = await handleMessage('hur går omröstningen?', MARIA, deps);
    expect(none.kind === 'notice' && none.text).toBe(
      'Det finns ingen omröstning att visa: inget beslut är öppnat i dina organ.',
    );
    await handleMessage('koppla chatten till Chefsnätverket', KARIN, deps);
    const opened = await handleMessage('öppna beslut punkt 5', KARIN, deps);
    const decisionId = opened.kind === 'decision' ? opened.view.decisionId : '';
    await handleAction('decision.vote', { decisionId, choice: 'for' }, MARIA, deps);
    const asked = await handleMessage('hur går omröstningen?', MARIA, deps);
    expect(asked.kind === 'notice' && asked.text).toBe(
      'Omröstningen om punkt 5 i Chefsnätverket (Finansiering av utvecklingsledare inom RSS Dalarna 2027) pågår. ' +
        '1 av 9 röstberättigade har röstat. Hittills 1 bifall, 0 avslag, 0 avstår. Du röstade bifall.',
    );
    const johan = await handleMessage('har jag röstat?', teams('00000000-0000-4000-8000-000000000004'), deps);
    expect(johan.kind === 'notice' && johan.text).toContain('Du har inte röstat än.');
    const english = await handleMessage('how did I vote?', MARIA, deps);
    expect(english.kind === 'notice' && english.text).toContain('You voted for');
    // A vote written in words is not cast: the member is told how to vote.
    const written = await handleMessage('rösta avslag punkt 5', MARIA, deps);
    expect(written.kind === 'notice' && written.text).toContain(
      'Jag lägger inga röster utifrån text: rösta med knapparna på beslutet i chatten, eller i mötespanelen.',
    );
    // A question changes nothing.
    expect(deps.store.read().votes.filter((v) => v.decisionId === decisionId)).toHaveLength(1);
    await handleAction('decision.close', { decisionId, outcome: 'adopted' }, KARIN, deps);
    const after = await handleMessage('vad blev resultatet av omröstningen?', MARIA, deps);
    expect(after.kind === 'notice' && after.text).toBe(
      'Chefsnätverket beslutade om punkt 5 (Finansiering av utvecklingsledare inom RSS Dalarna 2027) 23 november 2026: ' +
        'Bifall till förslaget. Rösterna: 1 bifall, 0 avslag, 0 avstår. Du röstade bifall.',
    );
  });

  it('answers about the votes of now, never an old decision on an item with the same number', async () => {
    // Punkt 5 was decided in 2020 as well: that is no answer to how the vote on it goes now.
    const old = await handleMessage('hur går omröstningen om punkt 5?', MARIA, deps);
    expect(old.kind === 'notice' && old.text).toBe(
      'Det finns ingen pågående eller nyss avslutad omröstning om punkt 5 i dina organ.',
    );
    const stranger = teams('7c9e6679-7425-40de-944b-e07fc1f90ae7');
    const unknown = await handleMessage('hur går omröstningen?', stranger, deps);
    expect(unknown.kind === 'notice' && unknown.text).toBe(
      'Du finns inte i ledamotsregistret, så du har inga omröstningar att följa här.',
    );
    await handleMessage('koppla chatten till Chefsnätverket', KARIN, deps);
    const opened = await handleMessage('öppna beslut punkt 5', KARIN, deps);
    const decisionId = opened.kind === 'decision' ? opened.view.decisionId : '';
    await handleAction('decision.vote', { decisionId, choice: 'against' }, MARIA, deps);
    // Past tense, and someone else's vote asked about: counts only, and said so.
    const past = await handleMessage('hur gick omröstningen? hur röstade Johan?', MARIA, deps);
    expect(past.kind === 'notice' && past.text).toContain('1 av 9 röstberättigade har röstat.');
    expect(past.kind === 'notice' && past.text).toContain('Hur någon annan röstat visar jag inte');
    // An observer has no vote, and is told so rather than how to vote.
    const elin = await handleMessage(
      'rösta bifall punkt 5',
      teams('00000000-0000-4000-8000-000000000011'),
      deps,
    );
    expect(elin.kind === 'notice' && elin.text).toContain('Du har ingen rösträtt i det här beslutet.');
    expect(elin.kind === 'notice' && elin.text).not.toContain('knapparna');
    // "how did I vote on item 5?" is a question, not a vote in words.
    const asked = await handleMessage('how did I vote on item 5?', MARIA, deps);
    expect(asked.kind === 'notice' && asked.text).toContain('You voted against.');
    expect(asked.kind === 'notice' && asked.text).not.toContain('I cast no votes');
  });

  it('keeps even the asker’s own vote to the numbers in an anonymous vote, and says why', async () => {
    const opened = await handleMessage('öppna beslut punkt 5 anonymt för Chefsnätverket', KARIN, deps);
    const decisionId = opened.kind === 'decision' ? opened.view.decisionId : '';
    await handleAction('decision.vote', { decisionId, choice: 'for' }, MARIA, deps);
    const reply = await handleMessage('har jag röstat?', MARIA, deps);
    expect(reply.kind === 'notice' && reply.text).toContain('Omröstningen är anonym');
    expect(reply.kind === 'notice' && reply.text).not.toContain('Du röstade');
  });

  it('shows counts only in anonymous mode', async () => {
    const opened = await handleMessage('öppna beslut punkt 5 anonymt för Chefsnätverket', KARIN, deps);
    if (opened.kind !== 'decision') throw new Error(opened.kind);
    const voted = await handleAction(
      'decision.vote',
      { decisionId: opened.view.decisionId, choice: 'for' },
      MARIA,
      deps,
    );
    if (voted.kind !== 'answer') throw new Error('refused');
    const text = cardText(renderCard(voted.reply));
    expect(text).toContain('Du röstade bifall');
    expect(text).not.toContain('Maria Holm');
    expect(text).toContain('1 av 9 röstberättigade har röstat.');
  });

  it('gives the chair the close controls, a member the dissent form once it is taken, and records the dissent', async () => {
    const opened = await handleMessage('öppna beslut punkt 5 för Chefsnätverket', KARIN, deps);
    if (opened.kind !== 'decision') throw new Error(opened.kind);
    const id = opened.view.decisionId;
    const chairView = await handleAction('decision.refresh', { decisionId: id }, KARIN, deps);
    if (chairView.kind !== 'answer') throw new Error('refused');
    const chairCard = renderCard(chairView.reply);
    expect(executeActions(chairCard).map((a) => a.verb)).toContain('decision.close');
    // The vote buttons stand apart from the chair's controls, each in a block of its own.
    const blocks = chairCard['body'] as Record<string, unknown>[];
    const votes = blocks.find((b) => b['type'] === 'ActionSet');
    const controls = blocks.find((b) => executeActions(b).some((a) => a.verb === 'decision.close'));
    expect(executeActions(votes).map((a) => a.verb)).toEqual([
      'decision.vote',
      'decision.vote',
      'decision.vote',
    ]);
    expect(executeActions(controls).map((a) => a.verb)).toEqual(['decision.close']);
    const memberView = await handleAction('decision.refresh', { decisionId: id }, MARIA, deps);
    if (memberView.kind !== 'answer') throw new Error('refused');
    const memberActions = executeActions(renderCard(memberView.reply)).map((a) => a.verb);
    expect(memberActions).not.toContain('decision.close');
    // A dissent is from a decision taken: offered once the chair has closed it.
    expect(memberActions).not.toContain('decision.dissent');
    expect(
      (await handleAction('decision.close', { decisionId: id, outcome: 'adopted' }, KARIN, deps)).kind,
    ).toBe('answer');
    const afterClose = await handleAction('decision.refresh', { decisionId: id }, MARIA, deps);
    if (afterClose.kind !== 'answer') throw new Error('refused');
    expect(executeActions(renderCard(afterClose.reply)).map((a) => a.verb)).toContain('decision.dissent');
    const dissent = await handleAction(
      'decision.dissent',
      { decisionId: id, reason: 'Kostnaden är för hög.' },
      MARIA,
      deps,
    );
    expect(dissent.kind).toBe('answer');
    expect(deps.store.read().dissents).toHaveLength(1);
    const empty = await handleAction('decision.dissent', { decisionId: id, reason: '  ' }, MARIA, deps);
    expect(empty.kind).toBe('refused');
  });

  it('lets the chair close a decision in writing, with the outcome in words', async () => {
    await handleMessage('koppla chatten till Chefsnätverket', KARIN, deps);
    for (const n of [4, 5, 6]) await handleMessage(`öppna beslut punkt ${n}`, KARIN, deps);
    const refusal = await handleMessage('avsluta beslut punkt 5 bifall', MARIA, deps);
    expect(refusal.kind === 'notice' && refusal.text).toContain('Bara ordföranden eller sekreteraren');

    const adopted = await handleMessage('avsluta beslut punkt 5 bifall', KARIN, deps);
    expect(adopted.kind).toBe('decision');
    expect(adopted.changedDecisionId).toBe('chefsnatverket-2026-12-04-p5-beslut');
    const tabled = await handleMessage('bordlägg punkt 6', KARIN, deps);
    expect(tabled.kind === 'decision' && tabled.view.statusText).toContain('Bordläggs till nästa möte');
    const amended = await handleMessage(
      'avsluta beslut punkt 4 med ändring: att utse Anna Berg till Styrgrupp GNV.',
      KARIN,
      deps,
    );
    expect(amended.kind === 'decision' && amended.view.adoptedClauses).toEqual([
      'att utse Anna Berg till Styrgrupp GNV.',
    ]);
    const outcomes = deps.store
      .read()
      .decisions.filter((d) => d.meetingId === 'chefsnatverket-2026-12-04')
      .map((d) => [d.itemNumber, d.outcome]);
    expect(outcomes).toEqual([
      [4, 'adopted-with-amendment'],
      [5, 'adopted'],
      [6, 'tabled'],
    ]);
    const none = await handleMessage('avsluta beslut punkt 7 avslag', KARIN, deps);
    expect(none.kind === 'notice' && none.text).toContain('Det finns inget öppet beslut om punkt 7');
  });

  it('tells someone not on the roster that they cannot open decisions', async () => {
    const reply = await handleMessage(
      'öppna beslut punkt 5',
      teams('5d1f0c3a-2b4e-4c6d-8e9f-0a1b2c3d4e5f'),
      deps,
    );
    expect(reply.kind === 'notice' && reply.text).toContain('Du finns inte i ledamotsregistret');
  });
});
