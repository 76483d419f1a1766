import type { PanelDecision, PanelMeeting, PanelNominationRound } from '../conversation/views/panel-views.js';
import { formatDate, formatNumberList, formatTimeRange } from '../i18n/format.js';
import { ITEM_KIND_LABELS } from '../i18n/labels.js';
import { PANEL_TEXTS } from '../i18n/panel-texts.js';
import { REPLY_TEXTS } from '../i18n/reply-texts.js';
import { el } from './dom.js';

/**
 * The panel drawn from the API's JSON: the meeting, the decision being taken (with the member's
 * own vote buttons), the chair's controls apart from them, the agenda with the current item
 * marked, and the nomination rounds with their form. Narrow first: the side panel is 320 px.
 */
export type Lang = 'sv' | 'en';
type Choice = 'for' | 'against' | 'abstain';

export interface PanelActions {
  vote(decisionId: string, choice: Choice): void;
  open(itemNumber: number): void;
  close(decisionId: string, outcome: string, amendment: string): void;
  nominate(form: HTMLFormElement, groupId: string): void;
}

const CHOICES: Choice[] = ['for', 'against', 'abstain'];

/** A tally bar. Its width is set through the style object: the page's CSP allows no inline styles. */
function bar(choice: Choice, share: number): HTMLElement {
  const node = el('span', { class: `bar ${choice}`, 'aria-hidden': 'true' });
  node.style.width = `${Math.round(share * 100)}%`;
  return node;
}

/**
 * The decisions the panel shows: every open one (in the order they were opened), else the one
 * taken last. The first is the one featured.
 */
export function shownDecisions(panel: PanelMeeting): PanelDecision[] {
  const open = panel.decisions
    .filter((d) => d.status === 'open')
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  if (open.length > 0) return open;
  const last = [...panel.decisions]
    .sort((a, b) => (a.closedAt ?? a.openedAt).localeCompare(b.closedAt ?? b.openedAt))
    .at(-1);
  return last ? [last] : [];
}

export function renderHeader(panel: PanelMeeting, lang: Lang): HTMLElement {
  const t = PANEL_TEXTS[lang];
  const m = panel.meeting;
  const when = `${formatDate(m.date, lang, { weekday: true })}, ${formatTimeRange(m.startTime, m.endTime, lang)}`;
  return el(
    'header',
    { class: 'meeting' },
    el('h1', {}, m.bodyName),
    el('p', { class: 'when' }, [when, m.place].filter(Boolean).join(' · ')),
    m.cancelled ? el('p', { class: 'warning' }, t.cancelled) : null,
    m.documentsUrl
      ? el(
          'p',
          {},
          el('a', { id: 'documents', href: m.documentsUrl, target: '_blank', rel: 'noopener' }, t.documents),
        )
      : null,
  );
}

function renderOneDecision(decision: PanelDecision, lang: Lang, actions: PanelActions): HTMLElement {
  const t = PANEL_TEXTS[lang];
  const d = REPLY_TEXTS[lang].decision;
  const n = decision.itemNumber;
  const article = el('article', {
    class: 'decision',
    'data-decision-id': decision.id,
    'data-status': decision.status,
    'data-scope': `decision:${decision.id}`,
    'aria-labelledby': `decision-heading-${n}`,
  });
  article.append(el('h2', { id: `decision-heading-${n}` }, t.decisionHeading(n, decision.title)));
  if (decision.proposal.length > 0)
    article.append(
      el('ol', { class: 'proposal' }, ...decision.proposal.map((clause) => el('li', {}, clause))),
    );
  article.append(
    el(
      'p',
      { class: 'status' },
      decision.status === 'open' ? d.open : d.outcomes[decision.outcome ?? 'adopted'],
    ),
  );
  if (decision.amendment)
    article.append(el('p', { class: 'amendment' }, `${d.amendmentLabel}: ${decision.amendment}`));
  const total = Math.max(1, decision.eligible);
  article.append(
    el(
      'dl',
      { class: 'tally' },
      ...CHOICES.flatMap((choice) => [
        el('dt', {}, d.choices[choice]),
        el(
          'dd',
          { 'data-choice': choice },
          el('span', { class: 'count' }, String(decision.tally[choice])),
          bar(choice, decision.tally[choice] / total),
        ),
      ]),
    ),
    el('p', { class: 'voted' }, d.voted(decision.voted, decision.eligible)),
  );
  if (decision.myVote) article.append(el('p', { class: 'my-vote' }, d.yourVote(decision.myVote)));
  else if (decision.canVote) article.append(el('p', { class: 'my-vote quiet' }, d.notVoted));
  if (decision.canVote) {
    const buttons = el('div', {
      class: 'vote-buttons',
      role: 'group',
      'aria-label': `${t.yourVoteGroup}, ${t.decisionHeading(n, '')}`,
    });
    for (const choice of CHOICES) {
      const mine = decision.myVote === choice;
      const button = el(
        'button',
        {
          type: 'button',
          id: `vote-${n}-${choice}`,
          class: `vote ${choice}`,
          'aria-pressed': mine ? 'true' : 'false',
          'data-choice': choice,
        },
        mine ? `✓ ${d.choices[choice]}` : d.choices[choice],
      );
      button.addEventListener('click', () => actions.vote(decision.id, choice));
      buttons.append(button);
    }
    article.append(buttons);
  } else if (decision.status === 'open') {
    article.append(el('p', { class: 'quiet' }, t.cannotVote));
  }
  return article;
}

export function renderDecision(panel: PanelMeeting, lang: Lang, actions: PanelActions): HTMLElement {
  const t = PANEL_TEXTS[lang];
  const shown = shownDecisions(panel);
  const section = el('section', { id: 'decision', 'aria-label': t.decisionsHeading });
  const featured = shown[0];
  if (!featured) {
    section.append(el('h2', {}, t.decisionsHeading), el('p', { class: 'quiet' }, t.noDecision));
    return section;
  }
  // The featured decision's id and status on the section as well, for whoever automates the panel.
  section.dataset['decisionId'] = featured.id;
  section.dataset['status'] = featured.status;
  section.append(...shown.map((decision) => renderOneDecision(decision, lang, actions)));
  return section;
}

/** The chair's controls, in a section of their own: close each open decision, or open one on an item. */
export function renderChair(panel: PanelMeeting, lang: Lang, actions: PanelActions): HTMLElement | null {
  if (!panel.me.chairs) return null;
  const t = PANEL_TEXTS[lang];
  const d = REPLY_TEXTS[lang].decision;
  const section = el(
    'section',
    { id: 'chair', 'aria-labelledby': 'chair-heading' },
    el('h2', { id: 'chair-heading' }, t.chairHeading),
  );
  const open = shownDecisions(panel).filter((x) => x.status === 'open' && x.canClose);
  for (const decision of open) {
    const n = decision.itemNumber;
    const outcome = el(
      'select',
      { id: `outcome-${n}`, name: 'outcome' },
      ...(['adopted', 'adopted-with-amendment', 'rejected', 'tabled', 'sent-back'] as const).map((value) =>
        el('option', { value }, d.outcomes[value]),
      ),
    );
    const amendment = el('textarea', {
      id: `amendment-${n}`,
      name: 'amendment',
      rows: '2',
      placeholder: d.amendmentPlaceholder,
    });
    const close = el(
      'button',
      { type: 'button', class: 'primary', id: `close-decision-${n}` },
      d.closeButton,
    );
    close.addEventListener('click', () => actions.close(decision.id, outcome.value, amendment.value));
    // Each open decision has its own controls, and keeps what the chair chose for it (main.ts).
    section.append(
      el(
        'div',
        { class: 'close-decision', 'data-scope': `close:${decision.id}` },
        el('h3', {}, t.decisionHeading(n, '')),
        el('label', { for: `outcome-${n}` }, d.outcomeLabel),
        outcome,
        el('label', { for: `amendment-${n}` }, d.amendmentLabel),
        amendment,
        close,
      ),
    );
  }
  if (open.length > 0) return section;
  const decided = new Set(panel.decisions.map((x) => x.itemNumber));
  const candidates = panel.items.filter((i) => i.kind === 'decision' && !decided.has(i.number));
  if (candidates.length === 0) {
    section.append(el('p', { class: 'quiet' }, t.allDecided));
    return section;
  }
  const item = el(
    'select',
    { id: 'open-item', name: 'item' },
    ...candidates.map((i) => el('option', { value: String(i.number) }, `${i.number}. ${i.title}`)),
  );
  const openButton = el('button', { type: 'button', class: 'primary', id: 'open-decision' }, t.openDecision);
  openButton.addEventListener('click', () => actions.open(Number(item.value)));
  section.append(
    el('div', { 'data-scope': 'open' }, el('label', { for: 'open-item' }, t.openWhich), item, openButton),
  );
  return section;
}

export function renderAgenda(panel: PanelMeeting, lang: Lang): HTMLElement {
  const t = PANEL_TEXTS[lang];
  return el(
    'section',
    { id: 'agenda', 'aria-labelledby': 'agenda-heading' },
    el('h2', { id: 'agenda-heading' }, t.agendaHeading),
    el(
      'ol',
      { class: 'items' },
      ...panel.items.map((item) => {
        const current = panel.currentItem === item.number;
        return el(
          'li',
          {
            class: current ? 'item current' : 'item',
            'data-number': String(item.number),
            'aria-current': current ? 'step' : undefined,
          },
          el('span', { class: 'number' }, `${item.number}.`),
          el(
            'div',
            { class: 'what' },
            el('span', { class: 'title' }, item.title),
            el(
              'span',
              { class: 'meta' },
              el(
                'span',
                { class: `kind ${item.kind}` },
                ITEM_KIND_LABELS[item.kind as keyof typeof ITEM_KIND_LABELS]?.[lang] ?? item.kind,
              ),
              current ? el('span', { class: 'now' }, t.current) : null,
              item.presenter ? el('span', {}, t.presenter(item.presenter)) : null,
              item.attachments.length > 0
                ? el('span', {}, t.attachments(formatNumberList(item.attachments)))
                : null,
            ),
          ),
        );
      }),
    ),
  );
}

function nominationForm(round: PanelNominationRound, lang: Lang, actions: PanelActions): HTMLFormElement {
  const n = REPLY_TEXTS[lang].nomination;
  const id = (field: string) => `nominate-${round.groupId}-${field}`;
  const form = el(
    'form',
    {
      class: 'nomination',
      'data-group': round.groupId,
      'data-scope': `form:${round.groupId}`,
      novalidate: true,
    },
    el('label', { for: id('name') }, n.name),
    el('input', { id: id('name'), name: 'name', required: true, maxlength: '120', autocomplete: 'off' }),
    el('label', { for: id('principal') }, n.principal),
    el(
      'select',
      { id: id('principal'), name: 'principal' },
      ...round.principals.map((p) => el('option', { value: p.id }, p.name)),
    ),
    el('label', { for: id('email') }, n.email),
    el('input', { id: id('email'), name: 'email', type: 'email', maxlength: '200', autocomplete: 'off' }),
    el('label', { for: id('seat') }, n.seat),
    el(
      'select',
      { id: id('seat'), name: 'seat' },
      el('option', { value: 'ordinary' }, n.seats.ordinary),
      el('option', { value: 'substitute' }, n.seats.substitute),
    ),
    el('label', { for: id('motivation') }, n.motivation),
    el('textarea', { id: id('motivation'), name: 'motivation', rows: '2', maxlength: '1000' }),
    el('button', { type: 'submit', class: 'primary' }, n.submit),
    el('p', { class: 'form-message', role: 'status' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.nominate(form, round.groupId);
  });
  return form;
}

export function renderNominations(
  panel: PanelMeeting,
  lang: Lang,
  actions: PanelActions,
): HTMLElement | null {
  if (panel.nominationRounds.length === 0) return null;
  const t = PANEL_TEXTS[lang];
  const n = REPLY_TEXTS[lang].nomination;
  return el(
    'section',
    { id: 'nominations', 'aria-labelledby': 'nominations-heading' },
    el('h2', { id: 'nominations-heading' }, t.nominationsHeading),
    ...panel.nominationRounds.map((round) =>
      el(
        'details',
        { class: 'round', 'data-group': round.groupId, 'data-scope': `round:${round.groupId}` },
        el('summary', { id: `round-${round.groupId}` }, n.formTitle(round.groupName)),
        el('p', { class: 'quiet' }, t.deadline(formatDate(round.deadline, lang))),
        el(
          'ul',
          { class: 'seats' },
          el(
            'li',
            {},
            t.seatsFilled(
              n.sides.municipalities,
              round.seats.municipalities.filled,
              round.seats.municipalities.total,
            ),
          ),
          el('li', {}, t.seatsFilled(n.sides.region, round.seats.region.filled, round.seats.region.total)),
        ),
        nominationForm(round, lang, actions),
      ),
    ),
  );
}
