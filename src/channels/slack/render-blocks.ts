import { ACTIONS } from '../../conversation/actions.js';
import type { DecisionView, NominationFormView, Reply } from '../../conversation/views/replies.js';
import type { Lang } from '../../domain/lang.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { SLACK_TEXTS } from '../../i18n/slack-texts.js';
import {
  LIMITS,
  actions,
  button,
  capBlocks,
  clip,
  context,
  divider,
  esc,
  header,
  link,
  sectionWithButton,
  sections,
  urlButton,
  type Block,
} from './block-kit.js';

/**
 * Turns a channel-neutral reply into a Slack message: Block Kit laid out from the same view models
 * the Teams cards are drawn from, and a text for notifications and clients without blocks. Slack
 * has no per-user views of one message, so a shared decision message shows every button, and what
 * a member did is said to them alone (an ephemeral message, `personal`).
 */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Buttons that open a modal: Slack-only, they change nothing themselves. */
export const FORM_ACTIONS = {
  closeDecision: 'form.decision.close',
  dissent: 'form.decision.dissent',
} as const;

/** The verb of a button's action id: "decision.vote:for" → "decision.vote". */
export function verbOfActionId(actionId: string): string {
  const colon = actionId.indexOf(':');
  return colon < 0 ? actionId : actionId.slice(0, colon);
}

const bold = (text: string) => `*${esc(text)}*`;

/** A title as a header, or as a bold line when it is longer than a header holds (150). */
function title(text: string): Block | Block[] {
  return text.length <= LIMITS.headerText ? header(text) : sections(bold(text));
}
const bullet = (lines: string[]) => lines.map((line) => `• ${esc(line)}`).join('\n');
const TONE_MARKS = { good: '✅', attention: '⏳', warning: '⚠️', default: '▫️' } as const;

export function renderMessage(
  reply: Reply,
  options: {
    personal?: boolean;
    /** What the member is told first in their own view of a decision (the closing, their dissent). */
    lead?: string;
  } = {},
): SlackMessage {
  const { blocks, text } = layout(reply, options.personal === true, options.lead);
  const more = SLACK_TEXTS[reply.lang].more;
  return {
    // The text is mrkdwn too (it is the notification): data in it is escaped like the blocks'.
    text: clip(esc(text), LIMITS.fallbackText),
    blocks: capBlocks(blocks, LIMITS.messageBlocks, more),
  };
}

function layout(
  reply: Reply,
  personal: boolean,
  lead: string | undefined,
): { blocks: Block[]; text: string } {
  const t = REPLY_TEXTS[reply.lang];
  const l = t.labels;
  const blocks: Block[] = [];
  const push = (...more: (Block | Block[] | null)[]) => {
    for (const b of more) if (b) blocks.push(...(Array.isArray(b) ? b : [b]));
  };
  switch (reply.kind) {
    case 'meeting': {
      const m = reply.meeting;
      if (reply.answer) push(sections(bold(reply.answer)));
      push(title(m.bodyName));
      if (m.cancelled)
        push(
          sections(
            `:no_entry: ${bold(l.cancelled)}${m.cancelledReason ? ` – ${esc(m.cancelledReason)}` : ''}`,
          ),
        );
      const facts = [`*${esc(l.when)}:* ${esc(m.dateText)}, ${esc(m.timeText)}`];
      if (m.place) facts.push(`*${esc(l.where)}:* ${esc(m.place)}`);
      push(sections(facts.join('\n')));
      if (m.itemCount === 0) push(context([esc(l.noAgendaYet)]));
      push(
        actions([
          m.itemCount > 0 ? button(l.showAgenda, ACTIONS.showAgenda, { meetingId: m.id }, 'primary') : null,
          m.joinUrl ? urlButton(l.join, m.joinUrl, 'link.join') : null,
          m.documentsUrl ? urlButton(l.documents, m.documentsUrl, 'link.documents') : null,
        ]),
      );
      return {
        blocks,
        text: [reply.answer, `${m.bodyName}: ${m.dateText}, ${m.timeText}`, m.place]
          .filter(Boolean)
          .join('\n'),
      };
    }
    case 'agenda': {
      const m = reply.meeting;
      push(title(`${m.bodyName} · ${m.dateText}`));
      push(context([esc([m.timeText, m.place].filter(Boolean).join(' · '))]));
      if (m.cancelled)
        push(
          sections(
            `:no_entry: ${bold(l.cancelled)}${m.cancelledReason ? ` – ${esc(m.cancelledReason)}` : ''}`,
          ),
        );
      if (reply.items.length === 0) push(sections(esc(l.noAgendaYet)));
      // One line per item with its button while they fit; a long agenda as one list.
      const perItem = reply.items.length <= LIMITS.messageBlocks - 6;
      const lineOf = (i: (typeof reply.items)[number]) =>
        `*${i.number}. ${esc(i.title)}*\n${esc([i.kindText, i.presenter, i.attachmentsText].filter(Boolean).join(' · '))}`;
      if (perItem) {
        for (const item of reply.items) {
          push(
            sectionWithButton(
              lineOf(item),
              button(l.showItem, `${ACTIONS.showItem}:${item.number}`, {
                meetingId: m.id,
                number: item.number,
              }),
            ),
          );
        }
      } else push(sections(reply.items.map(lineOf).join('\n')));
      push(
        actions([
          m.joinUrl && !m.cancelled ? urlButton(l.join, m.joinUrl, 'link.join') : null,
          m.documentsUrl ? urlButton(l.documents, m.documentsUrl, 'link.documents') : null,
        ]),
      );
      return {
        blocks,
        text: [`${m.bodyName} ${m.dateText}`, ...reply.items.map((i) => `${i.number}. ${i.title}`)].join(
          '\n',
        ),
      };
    }
    case 'item': {
      const item = reply.item;
      if (reply.answer) push(sections(bold(reply.answer)));
      push(title(reply.heading));
      push(context([esc(`${reply.meeting.bodyName} · ${reply.meeting.dateText}`), esc(item.kindText)]));
      const facts: string[] = [];
      if (reply.presenterText) facts.push(`*${esc(l.presenter)}:* ${esc(reply.presenterText)}`);
      if (item.attachmentsText)
        facts.push(`*${esc(l.attachments)}:* ${link(reply.meeting.documentsUrl, item.attachmentsText)}`);
      if (facts.length) push(sections(facts.join('\n')));
      if (item.note) push(context([esc(item.note)]));
      if (reply.focus === 'all' && item.background)
        push(sections(`*${esc(l.background)}*\n${esc(item.background)}`));
      if (item.proposal.length && (reply.focus === 'all' || reply.focus === 'proposal'))
        push(sections(`*${esc(l.proposal)}*\n${bullet(item.proposal)}`));
      if (item.decision.length) push(sections(`*${esc(l.decision)}*\n${bullet(item.decision)}`));
      push(
        actions([
          // Asked one thing about the item: the whole item is a press away.
          reply.focus !== 'all'
            ? button(l.showMore, `${ACTIONS.showItem}:${item.number}`, {
                meetingId: reply.meeting.id,
                number: item.number,
              })
            : null,
          button(l.showAgenda, ACTIONS.showAgenda, { meetingId: reply.meeting.id }),
          reply.meeting.documentsUrl
            ? urlButton(l.documents, reply.meeting.documentsUrl, 'link.documents')
            : null,
        ]),
      );
      return { blocks, text: [reply.answer, reply.heading, reply.presenterText].filter(Boolean).join('\n') };
    }
    case 'calendar': {
      push(title(reply.heading));
      if (reply.meetings.length === 0) push(sections(esc(l.noMeetings)));
      const perMeeting = reply.meetings.length <= LIMITS.messageBlocks - 2;
      const lineOf = (m: (typeof reply.meetings)[number]) =>
        `*${esc(m.dateText)}*, ${esc(m.timeText)} · ${esc(m.bodyName)}${m.place ? ` · ${esc(m.place)}` : ''}${m.cancelled ? ` · _${esc(l.cancelled)}_` : ''}`;
      if (perMeeting) {
        for (const m of reply.meetings) {
          push(
            m.itemCount > 0
              ? sectionWithButton(
                  lineOf(m),
                  button(l.showAgenda, `${ACTIONS.showAgenda}:${m.id}`, { meetingId: m.id }),
                )
              : sections(lineOf(m)),
          );
        }
      } else push(sections(reply.meetings.map(lineOf).join('\n')));
      return {
        blocks,
        text: [reply.heading, ...reply.meetings.map((m) => `${m.dateText} ${m.timeText} ${m.bodyName}`)].join(
          '\n',
        ),
      };
    }
    case 'search': {
      if (reply.answer) push(sections(bold(reply.answer)));
      push(sections(bold(reply.heading)));
      for (const hit of reply.hits.slice(0, LIMITS.messageBlocks - 3)) {
        push(
          sectionWithButton(
            `*${hit.item.number}. ${esc(hit.item.title)}*\n${esc(`${hit.meeting.bodyName} · ${hit.meeting.dateText}`)}`,
            button(l.showItem, `${ACTIONS.showItem}:${hit.meeting.id}:${hit.item.number}`, {
              meetingId: hit.meeting.id,
              number: hit.item.number,
            }),
          ),
        );
      }
      return {
        blocks,
        text: [
          reply.answer,
          reply.heading,
          ...reply.hits.map(
            (h) => `${h.item.number}. ${h.item.title} (${h.meeting.bodyName} ${h.meeting.dateText})`,
          ),
        ]
          .filter(Boolean)
          .join('\n'),
      };
    }
    case 'past-decision': {
      if (reply.answer) push(sections(bold(reply.answer)));
      push(title(reply.item.title));
      push(context([esc(reply.heading)]));
      if (reply.recorded) push(sections(`*${esc(l.decision)}*\n${bullet(reply.item.decision)}`));
      else {
        push(context([esc(reply.notRecorded)]));
        if (reply.item.proposal.length)
          push(sections(`*${esc(l.proposal)}*\n${bullet(reply.item.proposal)}`));
      }
      return {
        blocks,
        text: [
          reply.answer,
          reply.heading,
          reply.item.title,
          ...(reply.recorded ? reply.item.decision : [reply.notRecorded]),
        ]
          .filter(Boolean)
          .join('\n'),
      };
    }
    case 'cost-share': {
      push(title(reply.heading));
      push(sections(bold(reply.summary)));
      // Compared with today's share, each figure says which it is (Teams has column headings).
      const rows = reply.rows.map((r) => {
        const compared = r.compareText
          ? ` · ${esc(l.today)} ${esc(r.compareText)}${r.changeText ? ` · ${esc(l.change)} ${esc(r.changeText)}` : ''}`
          : '';
        const line = `${esc(r.name)}: ${esc(r.amountText)}${compared}`;
        return r.highlighted ? `*${line}*` : line;
      });
      if (rows.length) push(sections(rows.join('\n')));
      if (reply.note) push(context([esc(reply.note)]));
      return { blocks, text: [reply.heading, reply.summary].join('\n') };
    }
    case 'my-bodies': {
      push(title(reply.name));
      for (const seat of reply.seats.slice(0, LIMITS.messageBlocks - 2)) {
        const next = seat.nextMeeting
          ? `\n${esc(l.nextMeeting)}: ${esc(seat.nextMeeting.dateText)}, ${esc(seat.nextMeeting.timeText)}`
          : '';
        push(sections(`*${esc(seat.bodyName)}*\n${esc(seat.roleText)} · ${esc(seat.principalName)}${next}`));
      }
      return {
        blocks,
        text: [reply.name, ...reply.seats.map((s) => `${s.bodyName}: ${s.roleText}`)].join('\n'),
      };
    }
    case 'decision':
      return personal
        ? personalDecision(reply.view, reply.lang, lead)
        : decisionBlocks(reply.view, reply.lang);
    case 'journey': {
      const v = reply.view;
      if (v.answer) push(sections(bold(v.answer)));
      push(title(v.title));
      const steps = v.steps.map(
        (s) => `${TONE_MARKS[s.tone]} *${esc(s.heading)}*${s.detail ? `\n${esc(s.detail)}` : ''}`,
      );
      if (steps.length) push(sections(steps.join('\n')));
      if (v.missingText) push(context([esc(v.missingText)]));
      return {
        blocks,
        text: [v.answer, v.title, ...v.steps.map((s) => s.heading)].filter(Boolean).join('\n'),
      };
    }
    case 'choose-body': {
      push(sections(esc(reply.question)));
      push(
        actions(
          reply.bodies.map((b) =>
            button(b.name, `${ACTIONS.openDecision}:${b.id}`, { bodyId: b.id, number: reply.itemNumber }),
          ),
        ),
      );
      return { blocks, text: reply.question };
    }
    case 'nomination-form': {
      const v = reply.view;
      push(sections(bold(v.formTitle)));
      if (v.error) push(sections(`:warning: ${esc(v.error)}`));
      push(
        actions([
          button(SLACK_TEXTS[reply.lang].openForm, ACTIONS.showNominationForm, formState(v), 'primary'),
        ]),
      );
      return { blocks, text: [v.formTitle, v.error].filter(Boolean).join('\n') };
    }
    case 'nomination-overview': {
      const v = reply.view;
      const n = t.nomination;
      if (v.answer) push(sections(bold(v.answer)));
      push(title(v.groupName));
      push(context([esc(v.runByName), esc(v.statusText)]));
      const facts = [v.deadlineText, v.decideAtText].filter((x): x is string => x !== null).map(esc);
      if (facts.length) push(sections(facts.join('\n')));
      if (v.sides.length)
        push(sections(v.sides.map((s) => `*${esc(s.name)}:* ${esc(s.seatsText)}`).join('\n')));
      if (v.principals.length)
        push(sections(v.principals.map((p) => `*${esc(p.name)}:* ${esc(p.nominees)}`).join('\n')));
      if (v.personalDataHidden) push(context([esc(n.hidden)]));
      return { blocks, text: [v.answer, v.groupName, v.statusText].filter(Boolean).join('\n') };
    }
    case 'nomination-request': {
      const v = reply.view;
      const n = t.nomination;
      push(sections(esc(v.text)));
      if (v.motivation) push(context([esc(v.motivation)]));
      if (v.answered) push(sections(bold(v.answered)));
      else
        push(
          actions([
            button(
              n.accept,
              `${ACTIONS.respondToNomination}:accept`,
              { nominationId: v.nominationId, answer: 'accept' },
              'primary',
            ),
            button(
              n.decline,
              `${ACTIONS.respondToNomination}:decline`,
              { nominationId: v.nominationId, answer: 'decline' },
              'danger',
            ),
          ]),
        );
      return { blocks, text: [v.text, v.answered].filter(Boolean).join('\n') };
    }
    case 'help': {
      push(sections(esc(reply.intro)));
      push(context([bold(l.examplesHeading)]));
      push(
        actions(
          reply.examples.map((example, i) => button(example, `${ACTIONS.ask}:${i}`, { text: example })),
        ),
      );
      return { blocks, text: [reply.intro, ...reply.examples].join('\n') };
    }
    case 'notice':
      push(sections(`${reply.tone === 'warning' ? ':warning: ' : ''}${esc(reply.text)}`));
      return { blocks, text: reply.text };
  }
}

/** What the nomination form starts from, carried by the button that opens it. */
export function formState(v: NominationFormView): {
  groupId: string;
  name: string;
  principalId: string | null;
} {
  return { groupId: v.groupId, name: clip(v.name, 500), principalId: v.principalId };
}

function tallyLine(view: DecisionView): string {
  return view.tally
    .map((line) => `${line.mine ? '✓ ' : ''}*${esc(line.label)}:* ${esc(line.countText)}`)
    .join('   ');
}

/** The decision message the channel shares: the same for everyone, with every button. */
function decisionBlocks(view: DecisionView, lang: Lang): { blocks: Block[]; text: string } {
  const t = REPLY_TEXTS[lang];
  const l = t.labels;
  const s = SLACK_TEXTS[lang];
  const blocks: Block[] = [];
  const push = (...more: (Block | Block[] | null)[]) => {
    for (const b of more) if (b) blocks.push(...(Array.isArray(b) ? b : [b]));
  };
  push(context([esc(view.heading)]));
  push(title(view.title));
  push(context([esc(view.meetingText)]));
  const facts: string[] = [];
  if (view.presenter) facts.push(`*${esc(l.presenter)}:* ${esc(view.presenter)}`);
  if (view.attachmentsText)
    facts.push(`*${esc(l.attachments)}:* ${link(view.documentsUrl, view.attachmentsText)}`);
  if (facts.length) push(sections(facts.join('\n')));
  if (view.conditions.length)
    push(sections(`:warning: *${esc(t.decision.conditions)}*\n${bullet(view.conditions)}`));
  if (view.proposal.length) push(sections(`*${esc(l.proposal)}*\n${bullet(view.proposal)}`));
  if (view.amended)
    push(sections(`*${esc(t.decision.adoptedWithAmendment)}*\n${bullet(view.adoptedClauses)}`));
  push(divider());
  push(sections(`${view.open ? ':ballot_box_with_ballot:' : ':white_check_mark:'} ${bold(view.statusText)}`));
  push(sections(tallyLine(view)));
  push(context([esc(view.votedText), esc(view.sidesText)]));
  const named = view.tally
    .filter((line) => line.voters !== null)
    .map((line) => `*${esc(line.label)}:* ${esc(line.voters ?? '')}`);
  if (named.length) push(sections(named.join('\n')));
  if (view.dissentsText) push(context([esc(view.dissentsText)]));
  if (view.viewer?.choiceText) push(sections(bold(view.viewer.choiceText)));
  const mayVote = view.open && (view.viewer === null || view.viewer.canVote);
  push(
    actions([
      ...(mayVote
        ? view.tally.map((line) =>
            button(
              line.mine ? `✓ ${line.label}` : line.label,
              `${ACTIONS.vote}:${line.choice}`,
              {
                decisionId: view.decisionId,
                choice: line.choice,
              },
              line.choice === 'for' ? 'primary' : undefined,
            ),
          )
        : []),
    ]),
  );
  // The chair's controls apart from the vote buttons; anyone may press them, only the chair or
  // secretary is let through (the modal is not opened for anyone else).
  push(
    actions([
      view.open && (view.viewer === null || view.viewer.canClose)
        ? button(s.closeForm, FORM_ACTIONS.closeDecision, { decisionId: view.decisionId })
        : null,
      !view.open && (view.viewer === null || view.viewer.canDissent)
        ? button(s.dissentForm, FORM_ACTIONS.dissent, { decisionId: view.decisionId })
        : null,
    ]),
  );
  const text = [
    `${view.heading}: ${view.title}`,
    view.statusText,
    view.tally.map((line) => `${line.label} ${line.countText}`).join(', '),
  ].join('\n');
  return { blocks, text };
}

/** What a member who pressed a decision button is told alone: their choice and the tally. */
function personalDecision(
  view: DecisionView,
  lang: Lang,
  lead: string | undefined,
): { blocks: Block[]; text: string } {
  const t = REPLY_TEXTS[lang];
  const first = lead ?? view.viewer?.choiceText ?? view.statusText;
  const blocks: Block[] = [...sections(`${bold(first)}\n${esc(view.title)}`), ...sections(tallyLine(view))];
  const lines = [esc(view.statusText), esc(view.votedText)];
  if (view.dissentsText) lines.push(esc(view.dissentsText));
  const small = context(lines);
  if (small) blocks.push(small);
  return {
    blocks,
    text:
      [first, view.title, view.tally.map((line) => `${line.label} ${line.countText}`).join(', ')].join(
        '\n',
      ) || t.labels.decision,
  };
}
