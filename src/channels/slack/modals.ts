import type { types } from '@slack/bolt';
import { z } from 'zod';
import { ACTIONS } from '../../conversation/actions.js';
import type { DecisionView, NominationFormView } from '../../conversation/views/replies.js';
import type { Lang } from '../../domain/lang.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { SLACK_TEXTS } from '../../i18n/slack-texts.js';
import { LIMITS, clip, esc, option, plainText, sections, type Block } from './block-kit.js';

/**
 * Slack's forms: a message cannot hold inputs, so the nomination form, closing a decision and a
 * dissent are modals. Each is submitted under the verb of the action it carries out (its
 * callback id); what it is about, and the channel it was opened from, travel in its metadata.
 */
export type Modal = types.ModalView;

export const ModalMetadataSchema = z.object({
  /** The channel to answer in once the form is sent. */
  channelId: z.string().max(100).optional(),
  decisionId: z.string().max(200).optional(),
  groupId: z.string().max(200).optional(),
});
export type ModalMetadata = z.infer<typeof ModalMetadataSchema>;

function modal(
  lang: Lang,
  input: { callbackId: string; title: string; submit: string; blocks: Block[]; metadata: ModalMetadata },
): Modal {
  const s = SLACK_TEXTS[lang];
  return {
    type: 'modal',
    callback_id: input.callbackId,
    title: plainText(input.title, LIMITS.modalTitle),
    submit: plainText(input.submit, LIMITS.modalTitle),
    close: plainText(s.cancel, LIMITS.modalTitle),
    private_metadata: JSON.stringify(input.metadata),
    blocks: input.blocks.slice(0, LIMITS.modalBlocks),
  };
}

function textInput(
  blockId: string,
  label: string,
  options: { initial?: string; optional?: boolean; multiline?: boolean; maxLength: number },
): Block {
  return {
    type: 'input',
    block_id: blockId,
    optional: options.optional ?? false,
    label: plainText(label, LIMITS.inputLabel),
    element: {
      type: 'plain_text_input',
      action_id: blockId,
      multiline: options.multiline ?? false,
      max_length: options.maxLength,
      ...(options.initial ? { initial_value: clip(options.initial, options.maxLength) } : {}),
    },
  };
}

function selectInput(
  blockId: string,
  label: string,
  choices: { text: string; value: string }[],
  options: { initial?: string | null; optional?: boolean; placeholder: string },
): Block {
  const all = choices.slice(0, LIMITS.options).map((c) => option(c.text, c.value));
  const initial = all.find((o) => o.value === options.initial);
  return {
    type: 'input',
    block_id: blockId,
    optional: options.optional ?? false,
    label: plainText(label, LIMITS.inputLabel),
    element: {
      type: 'static_select',
      action_id: blockId,
      placeholder: plainText(options.placeholder, 150),
      options: all,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

/** The nomination form, as the Teams card has it: name, e-mail, principal, side, seat, motivation. */
export function nominationModal(
  view: NominationFormView,
  lang: Lang,
  channelId: string | undefined,
  /** What the member wrote in the form before (it is shown again with an error). */
  previous: Record<string, string> = {},
): Modal {
  const n = REPLY_TEXTS[lang].nomination;
  const s = SLACK_TEXTS[lang];
  const principal = view.principals.find((p) => p.id === view.principalId);
  const blocks: Block[] = [];
  if (view.error) blocks.push(...sections(`:warning: ${esc(view.error)}`));
  blocks.push(
    textInput('name', n.name, { initial: view.name, maxLength: 120 }),
    textInput('email', n.email, {
      optional: true,
      maxLength: 200,
      ...(previous['email'] ? { initial: previous['email'] } : {}),
    }),
    selectInput(
      'principal',
      n.principal,
      view.principals.map((p) => ({ text: p.name, value: p.id })),
      {
        initial: view.principalId,
        placeholder: s.choose,
      },
    ),
    selectInput(
      'side',
      n.side,
      [
        { text: n.sides.municipalities, value: 'municipalities' },
        { text: n.sides.region, value: 'region' },
      ],
      { initial: previous['side'] ?? principal?.side ?? null, optional: true, placeholder: s.choose },
    ),
    selectInput(
      'seat',
      n.seat,
      [
        { text: n.seats.ordinary, value: 'ordinary' },
        { text: n.seats.substitute, value: 'substitute' },
      ],
      { initial: previous['seat'] ?? 'ordinary', optional: true, placeholder: s.choose },
    ),
    textInput('motivation', n.motivation, {
      optional: true,
      multiline: true,
      maxLength: 500,
      ...(previous['motivation'] ? { initial: previous['motivation'] } : {}),
    }),
  );
  return modal(lang, {
    callbackId: ACTIONS.submitNomination,
    title: s.nominationTitle,
    submit: n.submit,
    blocks: [...sections(`*${esc(view.formTitle)}*`), ...blocks],
    metadata: { groupId: view.groupId, ...(channelId ? { channelId } : {}) },
  });
}

/** Closing a decision: the outcome, and the amendment when it is adopted with one. */
export function closeDecisionModal(view: DecisionView, lang: Lang, channelId: string | undefined): Modal {
  const d = REPLY_TEXTS[lang].decision;
  const s = SLACK_TEXTS[lang];
  return modal(lang, {
    callbackId: ACTIONS.closeDecision,
    title: s.closeTitle,
    submit: d.closeButton,
    blocks: [
      ...sections(`*${esc(view.title)}*\n${esc(view.statusText)}`),
      selectInput(
        'outcome',
        d.outcomeLabel,
        view.outcomes.map((o) => ({ text: o.title, value: o.value })),
        {
          initial: 'adopted',
          placeholder: s.choose,
        },
      ),
      textInput('amendment', d.amendmentLabel, { optional: true, multiline: true, maxLength: 3000 }),
    ],
    metadata: { decisionId: view.decisionId, ...(channelId ? { channelId } : {}) },
  });
}

/** A dissent from a decision taken: the reason. */
export function dissentModal(view: DecisionView, lang: Lang, channelId: string | undefined): Modal {
  const d = REPLY_TEXTS[lang].decision;
  const s = SLACK_TEXTS[lang];
  return modal(lang, {
    callbackId: ACTIONS.dissent,
    title: s.dissentTitle,
    submit: d.dissentSubmit,
    blocks: [
      ...sections(`*${esc(view.title)}*`),
      textInput('reason', d.dissentPlaceholder, { multiline: true, maxLength: 2000 }),
    ],
    metadata: { decisionId: view.decisionId, ...(channelId ? { channelId } : {}) },
  });
}

/**
 * The values a submitted modal holds, by block id: a text input's value, a select's chosen value.
 * What Slack sends is data from a client, so only strings are taken; the action's schema checks
 * the rest.
 */
export function modalValues(state: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const blocks = (state as { values?: unknown } | null)?.values;
  if (typeof blocks !== 'object' || blocks === null) return values;
  for (const [blockId, actionsOf] of Object.entries(blocks as Record<string, unknown>)) {
    if (typeof actionsOf !== 'object' || actionsOf === null) continue;
    for (const element of Object.values(actionsOf as Record<string, unknown>)) {
      const e = element as { value?: unknown; selected_option?: { value?: unknown } | null } | null;
      const value = typeof e?.value === 'string' ? e.value : e?.selected_option?.value;
      if (typeof value === 'string' && value !== '') values[blockId] = value;
    }
  }
  return values;
}

export function modalMetadata(raw: unknown): ModalMetadata {
  try {
    const parsed = ModalMetadataSchema.safeParse(JSON.parse(String(raw ?? '{}')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
