import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import type { ItemKind } from '../../domain/agenda-item.js';
import type { Reply, ReplyBody } from '../../conversation/views/replies.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { CARD_VERBS } from './card-verbs.js';
import { NotCompiled, compileTemplate } from './card-template.js';

/**
 * Turns a channel-neutral reply into an Adaptive Card (1.5) from the templates in cards/teams/, with the
 * official templating library. Templates hold layout only; texts come from the reply and the labels.
 */
export type AdaptiveCardJson = Record<string, unknown>;

interface CardTemplate {
  expand(context: { $root: unknown }): unknown;
}
interface TemplatingLibrary {
  Template: new (payload: unknown) => CardTemplate;
}
// Loaded without its type declarations: they pull in the adaptivecards package's TypeScript
// sources, which do not compile under this project's settings. The shape used is the one above.
// Loaded on first use only, not at start-up (≈ 0.3 s).
let templating: TemplatingLibrary | undefined;
function templatingLibrary(): TemplatingLibrary {
  templating ??= createRequire(import.meta.url)('adaptivecards-templating') as TemplatingLibrary;
  return templating;
}

/**
 * Reads and compiles the templates, one per turn of the event loop, so that the first card is as
 * fast as any and no request waits for more than one step. The official library is not loaded
 * (≈ 0.3 s): only a value the compiled templates leave to it needs it.
 */
export function warmUpCards(): void {
  const steps = [...Object.keys(TEMPLATE_FILES).map((kind) => () => template(kind as ReplyBody['kind']))];
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    step();
    setImmediate(next);
  };
  next();
}

const TEMPLATE_FILES: Record<ReplyBody['kind'], string> = {
  meeting: 'meeting.json',
  agenda: 'agenda.json',
  item: 'item.json',
  calendar: 'calendar.json',
  search: 'search.json',
  'past-decision': 'past-decision.json',
  'cost-share': 'cost-share.json',
  'my-bodies': 'my-bodies.json',
  help: 'help.json',
  notice: 'notice.json',
  decision: 'decision.json',
  journey: 'journey.json',
  'choose-body': 'choose-body.json',
  'nomination-form': 'nomination-form.json',
  'nomination-overview': 'nomination-overview.json',
  'nomination-request': 'nomination-request.json',
};

export const CARDS_FOLDER = join(PROJECT_ROOT, 'cards', 'teams');

interface LoadedTemplate {
  json: unknown;
  /** The template as a function (card-template.ts), or null if it uses more than that covers. */
  compiled: ((root: unknown) => unknown) | null;
  /** The official library's parsed template, made when first needed. */
  official?: CardTemplate;
}

const templates = new Map<string, LoadedTemplate>();

/** A reply kind's template, read and compiled once. */
function template(kind: ReplyBody['kind']): LoadedTemplate {
  const file = TEMPLATE_FILES[kind];
  let loaded = templates.get(file);
  if (!loaded) {
    const json: unknown = JSON.parse(readFileSync(join(CARDS_FOLDER, file), 'utf8'));
    loaded = { json, compiled: compileTemplate(json) };
    templates.set(file, loaded);
  }
  return loaded;
}

function expandOfficially(loaded: LoadedTemplate, root: unknown): AdaptiveCardJson {
  // Parsing a template with the library costs ≈ 9 ms, so it is done once.
  loaded.official ??= new (templatingLibrary().Template)(loaded.json);
  return loaded.official.expand({ $root: root }) as AdaptiveCardJson;
}

/**
 * With SAMRAD_CHECK_CARDS=1 (the tests set it) every card is also expanded by the official
 * library, and a difference is an error: the compiled templates must say exactly what it says.
 */
const CHECK_CARDS = process.env['SAMRAD_CHECK_CARDS'] === '1';

/** Teams' limit on `refresh.userIds`. */
const MAX_REFRESH_USERS = 60;

const TONE_COLORS = { good: 'Good', attention: 'Attention', warning: 'Warning', default: 'Default' } as const;

const KIND_COLORS: Record<ItemKind, string> = {
  procedural: 'Default',
  decision: 'Accent',
  information: 'Good',
  discussion: 'Warning',
};

/** "[Bilaga 3–8](https://…)": attachments link to the meeting's documents page when there is one. */
function attachmentsLink(text: string | null, documentsUrl: string | null): string | null {
  if (!text) return null;
  return documentsUrl ? `[${text}](${documentsUrl})` : text;
}

/** The data a template is expanded with: the reply, its labels, the verbs, and what the layout derives. */
export function cardData(reply: Reply): Record<string, unknown> {
  const t = REPLY_TEXTS[reply.lang];
  const common = { labels: t.labels, verbs: CARD_VERBS };
  switch (reply.kind) {
    case 'agenda':
      return {
        ...reply,
        ...common,
        items: reply.items.map((item) => ({
          ...item,
          kindColor: KIND_COLORS[item.kind],
          attachmentsLink: attachmentsLink(item.attachmentsText, reply.meeting.documentsUrl),
        })),
      };
    case 'item':
      return {
        ...reply,
        ...common,
        kindColor: KIND_COLORS[reply.item.kind],
        attachmentsLink: attachmentsLink(reply.item.attachmentsText, reply.meeting.documentsUrl),
      };
    case 'cost-share':
      return { ...reply, ...common, compared: reply.rows.some((r) => r.compareText !== null) };
    case 'notice':
      return { ...reply, ...common, color: reply.tone === 'warning' ? 'Warning' : 'Default' };
    case 'decision': {
      const view = reply.view;
      const mayVote = view.open && (view.viewer === null || view.viewer.canVote);
      return {
        ...view,
        ...common,
        // Teams shows their own view of the card to at most 60 listed users.
        refreshUserIds: [
          ...new Set(view.voters.map((v) => v.teamsId).filter((id): id is string => id !== null)),
        ].slice(0, MAX_REFRESH_USERS),
        dl: t.decision,
        attachmentsLink: attachmentsLink(view.attachmentsText, view.documentsUrl),
        // The member's own choice is marked on its button; the shared card marks none.
        voteButtons: mayVote
          ? view.tally.map((line) => ({
              choice: line.choice,
              title: line.mine ? `✓ ${line.label}` : line.label,
            }))
          : [],
      };
    }
    case 'journey':
      return {
        ...reply.view,
        ...common,
        steps: reply.view.steps.map((step) => ({ ...step, color: TONE_COLORS[step.tone] })),
      };
    case 'choose-body':
      return { ...reply, ...common };
    case 'nomination-form': {
      const view = reply.view;
      const principal = view.principals.find((p) => p.id === view.principalId);
      return {
        ...view,
        ...common,
        nl: t.nomination,
        principalValue: principal?.id ?? '',
        sideValue: principal?.side ?? '',
      };
    }
    case 'nomination-overview':
    case 'nomination-request':
      return { ...reply.view, ...common, nl: t.nomination };
    default:
      return { ...reply, ...common };
  }
}

/** The Adaptive Card for a reply. */
export function renderCard(reply: Reply): AdaptiveCardJson {
  const loaded = template(reply.kind);
  const root = cardData(reply);
  if (loaded.compiled) {
    try {
      const card = loaded.compiled(root) as AdaptiveCardJson;
      if (CHECK_CARDS) {
        const official = JSON.stringify(expandOfficially(loaded, root));
        if (JSON.stringify(card) !== official) {
          throw new Error(
            `the compiled ${reply.kind} template differs from the official expansion: ${JSON.stringify(card)} ≠ ${official}`,
          );
        }
      }
      return card;
    } catch (error) {
      // A value the compiled template does not settle: the official library decides.
      if (!(error instanceof NotCompiled)) throw error;
    }
  }
  return expandOfficially(loaded, root);
}

/** The attachment that carries a card in a Bot Framework activity. */
export function cardAttachment(card: AdaptiveCardJson) {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
