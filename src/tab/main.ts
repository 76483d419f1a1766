import type { PanelDecision, PanelMeeting } from '../conversation/views/panel-views.js';
import { PANEL_TEXTS } from '../i18n/panel-texts.js';
import { REPLY_TEXTS } from '../i18n/reply-texts.js';
import { el } from './dom.js';
import { PanelClient, PanelError, type Setup, type Who } from './panel-client.js';
import {
  renderAgenda,
  renderChair,
  renderDecision,
  renderHeader,
  renderNominations,
  type Lang,
} from './render.js';
import { connectToTeams, themeOf, type TeamsHost, type Theme } from './teams-host.js';
import './panel.css';

/**
 * The meeting panel: beside the video in a Teams meeting (side panel, stage or tab), or in a
 * browser in local mode with a person picker. Finds its samrad meeting from the meeting chat's
 * link, shows it, and follows the decisions live.
 */
const PERSON_KEY = 'samrad.panel.person';
type Linkable = { id: string; name: string };
const root = document.getElementById('panel') as HTMLElement;
const params = new URLSearchParams(location.search);

function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

function setTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(text: string, tone: 'info' | 'warning' = 'info'): void {
  const box = document.getElementById('toast') as HTMLElement;
  box.textContent = text;
  box.dataset['tone'] = tone;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.textContent = ''), 6000);
}

function showMessage(text: string): void {
  root.replaceChildren(el('p', { class: 'message', role: 'alert' }, text));
}

async function getSetup(): Promise<Setup | null> {
  try {
    const answer = await fetch('/api/panel/setup');
    return answer.ok ? ((await answer.json()) as Setup) : null;
  } catch {
    return null;
  }
}

/** The picker shown in local mode only: clearly labelled, it decides whose panel is shown. */
function personPicker(
  setup: Setup,
  lang: Lang,
  chosen: string | null,
  onChoose: (id: string) => void,
): HTMLElement {
  const t = PANEL_TEXTS[lang];
  const select = el(
    'select',
    { id: 'person' },
    el('option', { value: '' }, t.choosePerson),
    ...(setup.people ?? []).map((p) => el('option', { value: p.id, selected: p.id === chosen }, p.name)),
  );
  select.addEventListener('change', () => select.value && onChoose(select.value));
  return el(
    'div',
    { class: 'local-mode', role: 'region', 'aria-label': t.localMode },
    el('strong', {}, t.localMode),
    el('label', { for: 'person' }, t.showAs),
    select,
  );
}

/**
 * What the member has chosen, typed or opened in the panel's forms, and where the focus is: taken
 * before a redraw and put back after it. A field is known by its id within its scope (the decision
 * the chair's controls are for, the nomination round), so a control for another decision starts
 * afresh.
 */
function keepFormState(content: HTMLElement): { restore(into: HTMLElement): void } {
  const keyOf = (node: Element) =>
    `${node.id}|${(node.closest('[data-scope]') as HTMLElement | null)?.dataset['scope'] ?? ''}`;
  const values = new Map<string, string>();
  for (const field of content.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'input[id], select[id], textarea[id]',
  ))
    values.set(keyOf(field), field.value);
  const messages = new Map<string, { text: string; tone: string }>();
  for (const message of content.querySelectorAll<HTMLElement>('[data-scope] .form-message'))
    if (message.textContent)
      messages.set(keyOf(message.closest('[data-scope]') as Element), {
        text: message.textContent,
        tone: message.dataset['tone'] ?? 'info',
      });
  const open = new Set(
    [...content.querySelectorAll<HTMLDetailsElement>('details[data-scope][open]')].map((d) => keyOf(d)),
  );
  const active = document.activeElement;
  const focused = active && content.contains(active) && active.id ? keyOf(active) : null;
  // Where the caret was in the field being typed in, so that typing goes on where it was.
  const caret =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? { start: active.selectionStart, end: active.selectionEnd, direction: active.selectionDirection }
      : null;
  return {
    restore(into) {
      for (const field of into.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        'input[id], select[id], textarea[id]',
      )) {
        const value = values.get(keyOf(field));
        if (value === undefined) continue;
        // A choice that is no longer offered is not forced back.
        if (field instanceof HTMLSelectElement && ![...field.options].some((o) => o.value === value))
          continue;
        field.value = value;
      }
      for (const scope of into.querySelectorAll<HTMLElement>('[data-scope]')) {
        const message = messages.get(keyOf(scope));
        const box = scope.querySelector<HTMLElement>('.form-message');
        if (message && box) {
          box.textContent = message.text;
          box.dataset['tone'] = message.tone;
        }
      }
      for (const details of into.querySelectorAll<HTMLDetailsElement>('details[data-scope]'))
        if (open.has(keyOf(details))) details.open = true;
      if (!focused) return;
      const again = [...into.querySelectorAll<HTMLElement>('[id]')].find((node) => keyOf(node) === focused);
      again?.focus();
      if (caret && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement))
        try {
          again.setSelectionRange(caret.start, caret.end, caret.direction ?? undefined);
        } catch {
          // Fields such as e-mail have no caret to set.
        }
    },
  };
}

class Panel {
  private panel: PanelMeeting | null = null;
  private following: AbortController | null = null;
  private stopped = false;
  /** Nomination rounds whose form is being sent: its button stays disabled through redraws. */
  private readonly sending = new Set<string>();

  constructor(
    private readonly client: PanelClient,
    private readonly lang: Lang,
    private readonly where: { chatId?: string | null; meetingId?: string | null },
    private readonly content: HTMLElement,
  ) {}

  async load(): Promise<void> {
    const t = PANEL_TEXTS[this.lang];
    this.content.replaceChildren(el('p', { class: 'quiet' }, t.loading));
    try {
      const panel = await this.client.meeting(this.where);
      if (this.stopped) return;
      this.panel = panel;
    } catch (error) {
      if (this.stopped) return;
      const status = error instanceof PanelError ? error.status : 0;
      const linkable =
        error instanceof PanelError ? (error.body?.['linkable'] as Linkable[] | undefined) : undefined;
      if (status === 404 && this.where.chatId && linkable && linkable.length > 0)
        return void this.content.replaceChildren(this.linkForm(this.where.chatId, linkable));
      const text =
        status === 404
          ? t.noMeeting
          : status === 403
            ? t.notOnRoster
            : status === 401
              ? t.signInFailed
              : t.networkError;
      this.content.replaceChildren(el('p', { class: 'message', role: 'alert' }, text));
      return;
    }
    this.draw();
    this.follow();
  }

  /** A meeting chat not linked yet, seen by a chair: link it to one of their bodies here. */
  private linkForm(chatId: string, linkable: Linkable[]): HTMLElement {
    const t = PANEL_TEXTS[this.lang];
    const body = el(
      'select',
      { id: 'link-body' },
      ...linkable.map((b) => el('option', { value: b.id }, b.name)),
    );
    const button = el('button', { type: 'button', class: 'primary', id: 'link-chat' }, t.linkButton);
    const message = el('p', { class: 'form-message', role: 'status' });
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await this.client.link(chatId, body.value);
        await this.load();
      } catch (error) {
        message.textContent = this.failure(error);
        message.dataset['tone'] = 'warning';
        button.disabled = false;
      }
    });
    return el(
      'section',
      { id: 'link' },
      el('p', {}, t.notLinked),
      el('label', { for: 'link-body' }, t.linkTo),
      body,
      button,
      message,
    );
  }

  stop(): void {
    this.stopped = true;
    this.following?.abort();
  }

  private follow(): void {
    if (!this.panel || this.following) return;
    this.following = new AbortController();
    let first = true;
    void this.client.follow(
      this.panel.meeting.id,
      (decision) => this.merge(decision),
      (state) => {
        document.body.dataset['live'] = state;
        const status = document.getElementById('live');
        if (status) status.textContent = PANEL_TEXTS[this.lang][state === 'live' ? 'live' : 'reconnecting'];
        // Back after a drop: fetch what changed meanwhile.
        if (state === 'live' && !first) void this.refresh();
        first = false;
      },
      this.following.signal,
    );
  }

  private async refresh(): Promise<void> {
    try {
      this.panel = await this.client.meeting({ meetingId: this.panel?.meeting.id ?? null });
      this.draw();
    } catch {
      // The stream is back; the next change redraws.
    }
  }

  /** A decision as changed: replaced in place, or added when newly opened. */
  private merge(decision: PanelDecision): void {
    if (!this.panel || this.stopped) return;
    const known = this.panel.decisions.find((d) => d.id === decision.id);
    // An answer that arrives after a newer live change must not take the panel back.
    if (known && known.version > decision.version) return;
    if (known && known.version !== decision.version) this.announce(decision);
    const decisions = this.panel.decisions.filter((d) => d.id !== decision.id);
    decisions.push(decision);
    decisions.sort((a, b) => a.itemNumber - b.itemNumber);
    this.panel = {
      ...this.panel,
      decisions,
      currentItem: decisions.find((d) => d.status === 'open')?.itemNumber ?? null,
    };
    this.draw();
  }

  /** A changed tally, said once to a screen reader (the panel itself is redrawn silently). */
  private announce(decision: PanelDecision): void {
    const box = document.getElementById('announce');
    if (!box) return;
    const d = REPLY_TEXTS[this.lang].decision;
    const tally = (['for', 'against', 'abstain'] as const)
      .map((c) => `${d.choices[c]} ${decision.tally[c]}`)
      .join(', ');
    box.textContent = PANEL_TEXTS[this.lang].tallyNow(decision.itemNumber, tally);
  }

  private draw(): void {
    if (!this.panel || this.stopped) return;
    const panel = this.panel;
    const actions = {
      vote: (decisionId: string, choice: 'for' | 'against' | 'abstain') =>
        this.act(() => this.client.vote(decisionId, choice), PANEL_TEXTS[this.lang].voteSaved),
      open: (itemNumber: number) =>
        this.act(
          () => this.client.open(panel.meeting.id, itemNumber),
          PANEL_TEXTS[this.lang].decisionOpened(itemNumber),
        ),
      close: (decisionId: string, outcome: string, amendment: string) =>
        this.act(
          () => this.client.close(decisionId, outcome, amendment),
          PANEL_TEXTS[this.lang].decisionClosed(
            panel.decisions.find((d) => d.id === decisionId)?.itemNumber ?? 0,
          ),
        ),
      nominate: (form: HTMLFormElement, groupId: string) => void this.nominate(form, groupId),
    };
    // Live changes redraw the panel; what the member is choosing or typing is kept as it was.
    const kept = keepFormState(this.content);
    this.content.replaceChildren(
      renderHeader(panel, this.lang),
      renderDecision(panel, this.lang, actions),
      renderChair(panel, this.lang, actions) ?? '',
      renderAgenda(panel, this.lang),
      renderNominations(panel, this.lang, actions) ?? '',
      el(
        'p',
        { id: 'live', class: 'quiet', 'aria-live': 'polite' },
        document.body.dataset['live'] === 'reconnecting'
          ? PANEL_TEXTS[this.lang].reconnecting
          : PANEL_TEXTS[this.lang].live,
      ),
    );
    kept.restore(this.content);
    for (const groupId of this.sending) {
      const button = this.formOf(groupId)?.querySelector<HTMLButtonElement>('button[type=submit]');
      if (button) button.disabled = true;
    }
  }

  /** A round's nomination form as it is on the page now (a redraw puts a new one in its place). */
  private formOf(groupId: string): HTMLFormElement | null {
    return this.content.querySelector<HTMLFormElement>(`form[data-scope="form:${CSS.escape(groupId)}"]`);
  }

  private async act(run: () => Promise<PanelDecision>, done?: string): Promise<void> {
    try {
      const decision = await run();
      if (this.stopped) return;
      this.merge(decision);
      if (done) toast(done);
    } catch (error) {
      toast(this.failure(error), 'warning');
    }
  }

  private failure(error: unknown): string {
    const t = PANEL_TEXTS[this.lang];
    if (error instanceof PanelError) {
      if (error.serverMessage) return error.serverMessage;
      if (error.status === 401) return t.signInFailed;
      if (error.status === 403) return t.notOnRoster;
      if (error.status === 0) return t.networkError;
    }
    return t.networkError;
  }

  private async nominate(form: HTMLFormElement, groupId: string): Promise<void> {
    if (this.sending.has(groupId)) return;
    const fields: Record<string, string> = { groupId };
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string' && value.trim()) fields[name] = value.trim();
    fields['name'] ??= '';
    fields['principal'] ??= '';
    this.sending.add(groupId);
    form.querySelector<HTMLButtonElement>('button[type=submit]')?.setAttribute('disabled', '');
    let text: string;
    let tone: 'info' | 'warning';
    let sent = false;
    try {
      const answer = await this.client.nominate(fields);
      text = answer.message;
      tone = answer.status === 'reserve' ? 'warning' : 'info';
      sent = true;
    } catch (error) {
      // The form keeps what was typed; the message says what to mend.
      text = this.failure(error);
      tone = 'warning';
    } finally {
      this.sending.delete(groupId);
    }
    if (this.stopped) return;
    // Live changes may have redrawn the form meanwhile: the answer goes to the form on the page.
    const current = this.formOf(groupId) ?? form;
    if (sent) current.reset();
    const message = current.querySelector<HTMLElement>('.form-message');
    if (message) {
      message.textContent = text;
      message.dataset['tone'] = tone;
    }
    current.querySelector<HTMLButtonElement>('button[type=submit]')?.removeAttribute('disabled');
    toast(sent ? PANEL_TEXTS[this.lang].nominationSent : text, tone);
    // The seats filled have changed: the rounds are fetched afresh.
    if (sent) void this.refresh();
  }
}

async function start(): Promise<void> {
  const teams: TeamsHost | null = await connectToTeams();
  // Swedish by default; English from the Teams client's language, or on request (?lang=en).
  const lang = langOf(teams?.locale ?? params.get('lang'));
  document.documentElement.lang = lang;
  document.title = PANEL_TEXTS[lang].title;
  setTheme(teams?.theme ?? themeOf(params.get('theme') ?? undefined));
  document.body.dataset['frame'] = teams?.frameContext ?? 'browser';
  teams?.onThemeChange(setTheme);
  const setup = await getSetup();
  teams?.loaded();
  if (!setup) return showMessage(PANEL_TEXTS[lang].networkError);
  const where = {
    chatId: teams?.chatId ?? params.get('chatId'),
    meetingId: params.get('meetingId') ?? (teams?.chatId ? null : (teams?.meetingId ?? null)),
  };
  const content = el('main', { id: 'content' });
  if (!setup.localMode) {
    // Registered: only Teams can say who is looking.
    if (!teams) return showMessage(PANEL_TEXTS[lang].openInTeams);
    root.replaceChildren(content);
    const who: Who = { kind: 'token', token: () => teams.token() };
    await new Panel(new PanelClient(who, lang), lang, where, content).load();
    return;
  }
  let current: Panel | null = null;
  let shown = content;
  const choose = (personId: string) => {
    localStorage.setItem(PERSON_KEY, personId);
    // The panel shown before stops, and draws nothing more: its answers may still arrive, into a
    // page no one sees.
    current?.stop();
    const fresh = el('main', { id: 'content' });
    shown.replaceWith(fresh);
    shown = fresh;
    current = new Panel(new PanelClient({ kind: 'dev', personId }, lang), lang, where, fresh);
    void current.load();
  };
  const chosen = params.get('as') ?? localStorage.getItem(PERSON_KEY);
  const known = setup.people?.some((p) => p.id === chosen) ? chosen : null;
  root.replaceChildren(personPicker(setup, lang, known, choose), content);
  if (known) choose(known);
}

void start();
