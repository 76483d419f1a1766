import { beforeAll, describe, expect, it } from 'vitest';
import {
  LIMITS,
  blockKitProblems,
  clip,
  esc,
  sections,
  textLength,
} from '../../../src/channels/slack/block-kit.js';
import {
  closeDecisionModal,
  dissentModal,
  modalValues,
  nominationModal,
} from '../../../src/channels/slack/modals.js';
import { renderMessage, verbOfActionId } from '../../../src/channels/slack/render-blocks.js';
import { plainSlackText } from '../../../src/channels/slack/slack-identity.js';
import { isActionVerb } from '../../../src/conversation/action-table.js';
import type { DecisionView, Reply } from '../../../src/conversation/views/replies.js';
import type { SamradData } from '../../../src/domain/samrad-data.js';
import {
  CORPUS_NOW,
  CORPUS_PARTS,
  loadCorpus,
  report,
  runCorpus,
} from '../../../src/tools/understanding-corpus.js';
import { FixedClock } from '../../fakes/fixed-clock.js';
import { blocksText, buttonsOf } from '../../helpers/slack-client.js';
import { demoData } from '../../helpers/demo.js';

/**
 * Slack's renderer, on every reply the question corpus gives and on replies built to be too big:
 * whatever samrad answers, the message is one Slack accepts (50 blocks, 3 000 characters a
 * section, button and option limits), it has a text for notifications, it says what the reply
 * says, and every button it carries names an action samrad has.
 */
const clock = new FixedClock(CORPUS_NOW);
let base: SamradData;
beforeAll(async () => {
  base = await demoData(clock);
});

/** What a reply must show, whatever the channel: the sentences the reply leads with. */
function salient(reply: Reply): string[] {
  switch (reply.kind) {
    case 'meeting':
      return [reply.answer, reply.meeting.bodyName, reply.meeting.dateText].filter((x): x is string => !!x);
    case 'agenda':
      return [reply.meeting.bodyName, ...reply.items.slice(0, 3).map((i) => i.title)];
    case 'item':
      return [reply.answer, reply.heading].filter((x): x is string => !!x);
    case 'calendar':
      return [reply.heading];
    case 'search':
      return [reply.answer, reply.heading].filter((x): x is string => !!x);
    case 'past-decision':
      return [reply.answer, reply.heading].filter((x): x is string => !!x);
    case 'cost-share':
      return [reply.heading, reply.summary];
    case 'my-bodies':
      return [reply.name];
    case 'decision':
      return [reply.view.title, reply.view.statusText];
    case 'journey':
      return [reply.view.answer, reply.view.title].filter((x): x is string => !!x);
    case 'choose-body':
      return [reply.question];
    case 'nomination-form':
      return [reply.view.formTitle];
    case 'nomination-overview':
      return [reply.view.answer, reply.view.groupName].filter((x): x is string => !!x);
    case 'nomination-request':
      return [reply.view.text];
    case 'help':
      return [reply.intro];
    case 'notice':
      return [reply.text];
  }
}

/** Slack's mrkdwn as a reader sees it: markup and escapes undone. */
const read = (mrkdwn: string) =>
  mrkdwn.replace(/[*_]/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function checkMessage(reply: Reply, where: string): void {
  for (const personal of [false, true]) {
    const message = renderMessage(reply, { personal });
    expect(blockKitProblems(message.blocks, 'message'), `${where} (${reply.kind})`).toEqual([]);
    expect(message.text.trim().length, `${where}: no fallback text`).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    const shown = read(blocksText(message.blocks));
    if (!personal || reply.kind !== 'decision') {
      for (const text of salient(reply))
        expect(shown, `${where}: "${text}" not shown`).toContain(clip(text, 140).replace(/…$/, ''));
    }
    for (const button of buttonsOf(message.blocks)) {
      const verb = verbOfActionId(button.action_id);
      expect(
        isActionVerb(verb) || verb.startsWith('form.'),
        `${where}: unknown action ${button.action_id}`,
      ).toBe(true);
      expect(() => JSON.parse(button.value) as unknown).not.toThrow();
    }
  }
  if (reply.kind === 'nomination-form') {
    expect(blockKitProblems(nominationModal(reply.view, reply.lang, 'C1').blocks, 'modal')).toEqual([]);
  }
  if (reply.kind === 'decision') {
    expect(blockKitProblems(closeDecisionModal(reply.view, reply.lang, 'C1').blocks, 'modal')).toEqual([]);
    expect(blockKitProblems(dissentModal(reply.view, reply.lang, 'C1').blocks, 'modal')).toEqual([]);
  }
}

describe.each(CORPUS_PARTS)('the %s corpus through Slack', (part) => {
  it('gives Block Kit within Slack’s limits that shows what each reply says, understood as in Teams', async () => {
    const kinds = new Set<string>();
    let replies = 0;
    const scored = await runCorpus(loadCorpus(part), base, clock, `slack-${part}`, {
      channel: 'slack',
      onReply: (reply, line) => {
        kinds.add(reply.kind);
        replies++;
        checkMessage(reply, `${line.id} "${line.text}"`);
      },
    });
    expect(replies).toBeGreaterThan(100);
    // Most kinds of reply occur in the corpus.
    expect(kinds.size).toBeGreaterThanOrEqual(12);
    // The same people, known by their Slack ids, are understood as well as by their Teams ids.
    const r = report(part, scored);
    expect(r.right / r.lines).toBeGreaterThanOrEqual(part === 'tune' ? 0.97 : 0.9);
    expect(r.outOfScopeAnswered).toBe(0);
  });
});

describe('replies too big for one message', () => {
  const meeting = {
    id: 'm1',
    bodyId: 'b',
    bodyName: 'Chefsnätverket',
    dateText: 'fredag 4 december 2026',
    timeText: 'kl. 9.30–12',
    place: 'Teams',
    status: 'planned' as const,
    statusText: 'Planerat',
    cancelled: false,
    cancelledReason: null,
    documentsUrl: 'https://example.org/docs',
    joinUrl: null,
    itemCount: 200,
  };

  it('lays out an agenda of 200 items with long titles within 50 blocks and 3 000 characters a section', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      meetingId: 'm1',
      number: i + 1,
      title: `Punkt ${i + 1} ${'om något viktigt '.repeat(20)}`,
      kind: 'decision' as const,
      kindText: 'Beslut',
      presenter: 'Anna Berg',
      attachmentsText: 'Bilaga 1',
    }));
    const message = renderMessage({ lang: 'sv', kind: 'agenda', meeting, items });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(blockKitProblems(message.blocks, 'message')).toEqual([]);
    expect(message.text.length).toBeLessThanOrEqual(4000);
  });

  it('splits a background of 20 000 characters into sections, and cuts a 500-character heading', () => {
    const item = {
      meetingId: 'm1',
      number: 1,
      title: 'T'.repeat(500),
      kind: 'decision' as const,
      kindText: 'Beslut',
      presenter: null,
      attachmentsText: null,
      presenterOrganisation: null,
      note: null,
      background: 'Lång bakgrund. '.repeat(1400),
      proposal: Array.from({ length: 40 }, (_, i) => `att ${'göra något '.repeat(30)}${i}`),
      decision: [],
      attachments: [],
    };
    const message = renderMessage({
      lang: 'sv',
      kind: 'item',
      heading: `Punkt 1. ${'T'.repeat(500)}`,
      meeting,
      item,
      presenterText: null,
      focus: 'all',
      answer: null,
    });
    expect(blockKitProblems(message.blocks, 'message')).toEqual([]);
    expect(message.blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(3);
  });

  it('keeps a decision with 200 voters named, and a 3 000-character clause, within the limits', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Ledamot nummer ${i + 1} från Falun`).join(', ');
    const view: DecisionView = {
      decisionId: 'd1',
      heading: 'Chefsnätverket · beslut om punkt 5',
      title: 'Finansiering '.repeat(30),
      meetingText: 'fredag 4 december 2026',
      presenter: 'Anna Berg',
      attachmentsText: 'Bilaga 3–8',
      documentsUrl: 'https://example.org/docs',
      proposal: ['att '.repeat(1000)],
      conditions: ['villkor '.repeat(500)],
      open: true,
      statusText: 'Omröstningen pågår.',
      adoptedClauses: [],
      amended: false,
      tally: (['for', 'against', 'abstain'] as const).map((choice) => ({
        choice,
        label: choice,
        count: 200,
        countText: '200',
        voters: names,
        mine: false,
      })),
      votedText: '600 av 600',
      sidesText: 'Kommunerna: …',
      dissentsText: null,
      viewer: null,
      voters: [],
      outcomes: [{ value: 'adopted', title: 'Bifall' }],
    };
    for (const personal of [false, true]) {
      expect(
        blockKitProblems(
          renderMessage({ lang: 'sv', kind: 'decision', view }, { personal }).blocks,
          'message',
        ),
      ).toEqual([]);
    }
    expect(blockKitProblems(closeDecisionModal(view, 'sv', 'C1').blocks, 'modal')).toEqual([]);
    // However long the proposal, the vote buttons and the chair's button are on the message.
    const long = {
      ...view,
      proposal: Array.from({ length: 40 }, (_, n) => `att ${'besluta något långt '.repeat(40)}${n}`),
    };
    const ids = buttonsOf(renderMessage({ lang: 'sv', kind: 'decision', view: long }).blocks).map(
      (b) => b.action_id,
    );
    expect(ids).toEqual([
      'decision.vote:for',
      'decision.vote:against',
      'decision.vote:abstain',
      'form.decision.close',
    ]);
  });

  it('never lets data become markup: mentions, links and control characters are escaped', () => {
    const message = renderMessage({
      lang: 'sv',
      kind: 'notice',
      tone: 'info',
      text: '<!channel> <https://evil.example|klicka> & mer',
    });
    const text = blocksText(message.blocks);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&amp; mer');
    // The notification text is mrkdwn too.
    expect(message.text).toBe('&lt;!channel&gt; &lt;https://evil.example|klicka&gt; &amp; mer');
  });

  it('keeps all the text of a message under what Slack takes in one (about 12 000 characters)', () => {
    const items = Array.from({ length: 45 }, (_, i) => ({
      meetingId: 'm1',
      number: i + 1,
      title: `Punkt ${i + 1} ${'med en mycket lång rubrik '.repeat(10)}`,
      kind: 'decision' as const,
      kindText: 'Beslut',
      presenter: 'Anna Berg',
      attachmentsText: 'Bilaga 1',
    }));
    const message = renderMessage({ lang: 'sv', kind: 'agenda', meeting, items });
    expect(blockKitProblems(message.blocks, 'message')).toEqual([]);
    expect(textLength(message.blocks)).toBeLessThanOrEqual(12_000);
    expect(blocksText(message.blocks)).toContain('mer finns');
    expect(blockKitProblems(sections('x '.repeat(7000)), 'message')).toEqual([
      expect.stringContaining('characters of text in all'),
    ]);
  });
});

describe('Block Kit helpers', () => {
  it('finds what Slack would refuse', () => {
    expect(
      blockKitProblems([{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }], 'message'),
    ).toHaveLength(1);
    expect(
      blockKitProblems(
        Array.from({ length: 51 }, () => ({ type: 'divider' })),
        'message',
      ),
    ).toHaveLength(1);
    expect(
      blockKitProblems(
        Array.from({ length: 51 }, () => ({ type: 'divider' })),
        'modal',
      ),
    ).toEqual([]);
    expect(
      blockKitProblems(
        [
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                action_id: 'a',
                text: { type: 'plain_text', text: 'x'.repeat(76) },
                value: '1',
              },
            ],
          },
        ],
        'message',
      ),
    ).toHaveLength(1);
    expect(
      blockKitProblems(
        [
          {
            type: 'actions',
            elements: [
              { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'x' }, value: '1' },
            ],
          },
          {
            type: 'actions',
            elements: [
              { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'y' }, value: '2' },
            ],
          },
        ],
        'message',
      ),
    ).toEqual(['block 1 (actions): action_id a twice']);
  });

  it('splits long text at a line or a space, never losing any of it', () => {
    const text = Array.from({ length: 400 }, (_, i) => `rad ${i} ${'ord '.repeat(5)}`).join('\n');
    const parts = sections(text);
    expect(parts.length).toBeGreaterThan(1);
    const joined = parts.map((p) => (p.type === 'section' ? (p.text?.text ?? '') : '')).join('\n');
    expect(joined.replace(/\s+/g, ' ').trim() === text.replace(/\s+/g, ' ').trim()).toBe(true);
  });

  it('cuts without splitting an emoji', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(esc('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });

  it('reads what a member wrote as samrad should', () => {
    expect(plainSlackText('<@UBOT> när är &lt;nästa&gt; möte?', 'UBOT')).toBe('när är <nästa> möte?');
    expect(
      plainSlackText(
        'fråga <@U123|anna> om <#C1|möten> <https://x.se|länken> <mailto:a@b.se|a@b.se>',
        'UBOT',
      ),
    ).toBe('fråga @anna om #möten länken a@b.se');
    expect(plainSlackText(undefined, 'UBOT')).toBe('');
    // A mention is written as the id alone: the roster's name stands for it.
    expect(
      plainSlackText('vilka grupper sitter <@U0DEMO005> i?', 'UBOT', (id) =>
        id === 'U0DEMO005' ? 'Sara Eklund' : undefined,
      ),
    ).toBe('vilka grupper sitter Sara Eklund i?');
  });

  it('reads a submitted form’s values, ignoring what is not a value', () => {
    expect(
      modalValues({
        values: {
          name: { name: { type: 'plain_text_input', value: 'Eva' } },
          principal: { principal: { type: 'static_select', selected_option: { value: 'mora' } } },
          email: { email: { type: 'plain_text_input', value: null } },
          odd: { odd: { value: 42 } },
        },
      }),
    ).toEqual({ name: 'Eva', principal: 'mora' });
    expect(modalValues(null)).toEqual({});
    expect(modalValues({ values: 'x' })).toEqual({});
  });
});
