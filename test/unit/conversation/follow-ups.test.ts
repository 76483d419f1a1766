import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryConversationMemory } from '../../../src/conversation/conversation-memory.js';
import { handleMessage, type ConversationDeps } from '../../../src/conversation/handle-message.js';
import type { Reply } from '../../../src/conversation/views/replies.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { demoStore } from '../../helpers/demo.js';

/** Follow-ups leave out what the conversation already said: three turns, in both languages. */
const clock = new FixedClock('2026-11-23T08:00:00Z');
const person = (userId: string, conversationId = 'group-1') => ({
  identity: { channel: 'teams' as const, userId },
  conversationId,
});
const SARA = person('00000000-0000-4000-8000-000000000005');
const KARIN = person('00000000-0000-4000-8000-000000000001');
let deps: ConversationDeps;

beforeEach(async () => {
  deps = { store: await demoStore(clock), clock, memory: new InMemoryConversationMemory() };
});

const text = (reply: Reply) => JSON.stringify(reply);

describe('follow-ups', () => {
  it('carries the body on in Swedish: the next council meeting, its room, its agenda', async () => {
    const first = await handleMessage('när är nästa möte för vfr?', SARA, deps);
    expect(first.kind === 'meeting' && first.meeting.id).toBe('valfardsradet-2026-12-16');
    const room = await handleMessage('och lokalen?', SARA, deps);
    expect(room.kind === 'meeting' && room.focus).toBe('where');
    expect(text(room)).toContain('Regionhuset, Falun');
    const agenda = await handleMessage('vad står på dagordningen', SARA, deps);
    expect(agenda.kind === 'agenda' && agenda.meeting.id).toBe('valfardsradet-2026-12-16');
  });

  it('carries the body on in English: who chairs, the secretary, who else sits on it', async () => {
    expect(text(await handleMessage('who chairs the welfare council?', SARA, deps))).toContain('Gunilla Ek');
    const secretary = await handleMessage('and the secretary?', SARA, deps);
    expect(secretary.lang).toBe('en');
    expect(text(secretary)).toContain('Annika Falk');
    expect(text(await handleMessage('who else sits on it?', SARA, deps))).toContain('Mats Wikström');
  });

  it('asks the same question again about what a short follow-up names', async () => {
    expect(text(await handleMessage('vad betalar mora för utvecklingsledarna', SARA, deps))).toContain(
      'Mora',
    );
    const falun = await handleMessage('och falun?', SARA, deps);
    expect(falun.kind).toBe('cost-share');
    expect(falun.kind === 'cost-share' && falun.summary).toContain('Falun');
    const presenter = await handleMessage('who presents item 5?', SARA, deps);
    expect(text(presenter)).toContain('Tanja Mårtensson');
    const six = await handleMessage('and item 6?', SARA, deps);
    expect(six.kind === 'item' && [six.item.number, six.focus]).toEqual([6, 'presenter']);
  });

  it('leaves the day asked about behind when a new question names another body or the next meeting', async () => {
    expect(text(await handleMessage('har vi möte i morgon?', SARA, deps))).toContain('24 november 2026');
    const council = await handleMessage('när är nästa välfärdsråd?', SARA, deps);
    expect(council.kind === 'meeting' && council.meeting.id).toBe('valfardsradet-2026-12-16');
    const agenda = await handleMessage('dagordning styrgrupp chnv', SARA, deps);
    expect(agenda.kind).toBe('agenda');
    // "och …" still carries it on.
    await handleMessage('har chefsnätverket möte i december?', SARA, deps);
    const also = await handleMessage('och välfärdsrådet?', SARA, deps);
    expect(text(also)).toContain('december');
  });

  it('goes on to the following meeting of the same body', async () => {
    const first = await handleMessage('when is the next chnv meeting?', SARA, deps);
    expect(first.kind === 'meeting' && first.meeting.id).toBe('chefsnatverket-2026-12-04');
    const following = await handleMessage('and the following one?', SARA, deps);
    expect(following.kind === 'meeting' && following.meeting.id).toBe('chefsnatverket-2027-01-08');
    const then = await handleMessage('nästa då?', SARA, deps);
    expect(then.kind === 'meeting' && then.meeting.id).toBe('chefsnatverket-2027-02-05');
  });

  it('keeps one member’s topic from another in the same group chat', async () => {
    await handleMessage('när är nästa möte för vfr?', SARA, deps);
    const karins = await handleMessage('och lokalen?', KARIN, deps);
    expect(text(karins)).not.toContain('Regionhuset');
  });

  it('forgets the topic after half an hour', async () => {
    const memory = new InMemoryConversationMemory();
    const local = { ...deps, memory, clock: new FixedClock('2026-11-23T08:00:00Z') };
    await handleMessage('who chairs the welfare council?', SARA, local);
    local.clock.set('2026-11-23T08:45:00Z');
    expect(text(await handleMessage('and the secretary?', SARA, local))).not.toContain('Annika Falk');
  });
});
