import type { types } from '@slack/bolt';

/**
 * Block Kit, within Slack's limits. Slack refuses a whole message for one field too long, so the
 * builders here cut every text to its limit ("…") and the renderer never makes more blocks than a
 * surface holds. `blockKitProblems` checks a message against the same limits, for the tests.
 */
export type Block = types.KnownBlock;
export type ButtonElement = types.Button;

export const LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  url: 3000,
  options: 100,
  optionText: 75,
  optionValue: 150,
  inputLabel: 2000,
  inputInitial: 3000,
  modalTitle: 24,
  privateMetadata: 3000,
  callbackId: 255,
  /** The message's text: the notification and what clients without blocks show. */
  fallbackText: 4000,
  /**
   * All the text of a message's blocks together: Slack refuses more with `msg_blocks_too_long`.
   * It documents no figure; its developers give about 12 000 characters (bolt-js #2509, #2867).
   */
  blocksText: 12_000,
} as const;

/** What samrad lets a message's blocks hold in all, with a margin under Slack's refusal. */
const BLOCKS_TEXT_BUDGET = 10_000;

/** The characters of every text in a block (or any part of one). */
export function textLength(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, n) => sum + textLength(n), 0);
  if (typeof node !== 'object' || node === null) return 0;
  let sum = 0;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'text' && typeof value === 'string') sum += value.length;
    else if (typeof value === 'object') sum += textLength(value);
  }
  return sum;
}

/** The text cut to `max` characters, ending in "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Not inside a surrogate pair: a cut emoji would be an invalid character.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Text in Slack's mrkdwn: its three control characters escaped, so data never becomes markup. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link in mrkdwn, for http(s) addresses only; otherwise the label alone. */
export function link(url: string | null, label: string): string {
  if (!url || !/^https?:\/\//i.test(url) || /[\s<>|]/.test(url)) return esc(label);
  return `<${url}|${esc(label).replace(/\|/g, '¦')}>`;
}

const plain = (text: string, max: number): types.PlainTextElement => ({
  type: 'plain_text',
  text: clip(text, max) || ' ',
  emoji: true,
});

export function header(text: string): Block {
  return { type: 'header', text: plain(text, LIMITS.headerText) };
}

/**
 * Sections for a text in mrkdwn (already escaped): a text longer than a section holds is split at
 * a line, or a space, into as many sections as it needs.
 */
export function sections(mrkdwn: string): Block[] {
  const parts: string[] = [];
  let rest = mrkdwn.trim();
  while (rest.length > LIMITS.sectionText) {
    const window = rest.slice(0, LIMITS.sectionText);
    const at = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const cut = at > LIMITS.sectionText / 2 ? at : LIMITS.sectionText;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** One section with a button beside it. */
export function sectionWithButton(mrkdwn: string, button: ButtonElement): Block {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: clip(mrkdwn, LIMITS.sectionText) },
    accessory: button,
  };
}

/** Small grey lines (at most ten elements). */
export function context(mrkdwnLines: string[]): Block | null {
  const elements = mrkdwnLines
    .filter((line) => line.trim() !== '')
    .slice(0, LIMITS.contextElements)
    .map((text) => ({ type: 'mrkdwn' as const, text: clip(text, LIMITS.sectionText) }));
  return elements.length > 0 ? { type: 'context', elements } : null;
}

export function divider(): Block {
  return { type: 'divider' };
}

/**
 * A button for an action: its action id (the verb, and after a colon what tells the buttons of a
 * message apart), and its value, the action's data as JSON.
 */
export function button(
  text: string,
  actionId: string,
  value: unknown,
  style?: 'primary' | 'danger',
): ButtonElement {
  const json = JSON.stringify(value);
  if (json.length > LIMITS.buttonValue) throw new Error(`button value too long for ${actionId}`);
  return {
    type: 'button',
    text: plain(text, LIMITS.buttonText),
    action_id: clip(actionId, LIMITS.actionId),
    value: json,
    ...(style ? { style } : {}),
  };
}

export function urlButton(text: string, url: string, actionId: string): ButtonElement | null {
  if (!/^https?:\/\//i.test(url) || url.length > LIMITS.url) return null;
  return { type: 'button', text: plain(text, LIMITS.buttonText), url, action_id: actionId };
}

/** Buttons in rows of at most 25 (an actions block's limit); none gives no block. */
export function actions(buttons: (ButtonElement | null)[]): Block[] {
  const kept = buttons.filter((b): b is ButtonElement => b !== null);
  const rows: Block[] = [];
  for (let i = 0; i < kept.length; i += LIMITS.actionsElements) {
    rows.push({ type: 'actions', elements: kept.slice(i, i + LIMITS.actionsElements) });
  }
  return rows;
}

export function option(text: string, value: string): types.PlainTextOption {
  return { text: plain(text, LIMITS.optionText), value: clip(value, LIMITS.optionValue) };
}

export function plainText(text: string, max: number): types.PlainTextElement {
  return plain(text, max);
}

/**
 * At most `max` blocks, and no more text in all than Slack takes in one message. Past either, a
 * section is cut short where the budget ends, the blocks after it are left out, and a line says
 * that there is more (what a member can ask for instead). Buttons are never left out: the vote
 * buttons must be there however long the proposal is.
 */
export function capBlocks(blocks: Block[], max: number, more: string): Block[] {
  if (blocks.length <= max && textLength(blocks) <= BLOCKS_TEXT_BUDGET) return blocks;
  const note: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: more }] };
  const isButtons = (block: Block) => block.type === 'actions';
  const buttons = blocks.filter(isButtons);
  let budget = BLOCKS_TEXT_BUDGET - more.length - textLength(buttons);
  let room = max - buttons.length - 1;
  const kept: Block[] = [];
  let cut = false;
  for (const block of blocks) {
    if (isButtons(block)) {
      kept.push(block);
      continue;
    }
    if (cut) continue;
    const size = textLength(block);
    if (room > 0 && size <= budget) {
      kept.push(block);
      budget -= size;
      room -= 1;
      continue;
    }
    // The block that does not fit: a section's text is cut to what is left, anything else left out.
    if (room > 0 && block.type === 'section' && block.text && !block.fields && budget > 200) {
      kept.push({ ...block, text: { ...block.text, text: clip(block.text.text, budget) } });
    }
    kept.push(note);
    cut = true;
  }
  return kept;
}

/**
 * What breaks Slack's limits in blocks, as readable lines; none for blocks Slack accepts. The
 * rules are the documented ones for the block types samrad uses.
 */
export function blockKitProblems(blocks: unknown[], surface: 'message' | 'modal'): string[] {
  const problems: string[] = [];
  const max = surface === 'message' ? LIMITS.messageBlocks : LIMITS.modalBlocks;
  if (blocks.length > max) problems.push(`${blocks.length} blocks (at most ${max})`);
  const total = textLength(blocks);
  if (surface === 'message' && total > LIMITS.blocksText)
    problems.push(`${total} characters of text in all (Slack refuses about ${LIMITS.blocksText})`);
  const textOf = (value: unknown): string =>
    typeof value === 'object' && value !== null ? String((value as { text?: unknown }).text ?? '') : '';
  const check = (where: string, text: string, limit: number) => {
    if (text.length > limit) problems.push(`${where}: ${text.length} characters (at most ${limit})`);
    if (text.length === 0) problems.push(`${where}: empty text`);
  };
  const checkElement = (where: string, element: Record<string, unknown>) => {
    if (typeof element['action_id'] === 'string' && element['action_id'].length > LIMITS.actionId)
      problems.push(`${where}: action_id too long`);
    if (element['type'] === 'button') {
      check(`${where} text`, textOf(element['text']), LIMITS.buttonText);
      const value = element['value'];
      if (typeof value === 'string' && value.length > LIMITS.buttonValue)
        problems.push(`${where}: value too long`);
    }
    if (element['type'] === 'static_select') {
      const options = (element['options'] as unknown[] | undefined) ?? [];
      if (options.length > LIMITS.options) problems.push(`${where}: ${options.length} options`);
      if (options.length === 0) problems.push(`${where}: no options`);
      for (const o of options as Record<string, unknown>[]) {
        check(`${where} option`, textOf(o['text']), LIMITS.optionText);
        if (String(o['value']).length > LIMITS.optionValue) problems.push(`${where}: option value too long`);
      }
    }
  };
  const actionIds = new Set<string>();
  blocks.forEach((raw, i) => {
    const block = raw as Record<string, unknown>;
    const where = `block ${i} (${String(block['type'])})`;
    if (typeof block['block_id'] === 'string' && block['block_id'].length > LIMITS.blockId)
      problems.push(`${where}: block_id too long`);
    switch (block['type']) {
      case 'header':
        check(where, textOf(block['text']), LIMITS.headerText);
        break;
      case 'section': {
        const fields = (block['fields'] as unknown[] | undefined) ?? [];
        if (block['text'] === undefined && fields.length === 0) problems.push(`${where}: no text`);
        if (block['text'] !== undefined) check(where, textOf(block['text']), LIMITS.sectionText);
        if (fields.length > LIMITS.fields) problems.push(`${where}: ${fields.length} fields`);
        for (const f of fields) check(`${where} field`, textOf(f), LIMITS.fieldText);
        const accessory = block['accessory'] as Record<string, unknown> | undefined;
        if (accessory) {
          checkElement(`${where} accessory`, accessory);
          const id = String(accessory['action_id'] ?? '');
          if (id && actionIds.has(id)) problems.push(`${where}: action_id ${id} twice`);
          actionIds.add(id);
        }
        break;
      }
      case 'context': {
        const elements = (block['elements'] as unknown[] | undefined) ?? [];
        if (elements.length === 0 || elements.length > LIMITS.contextElements)
          problems.push(`${where}: ${elements.length} elements`);
        for (const e of elements) check(`${where} element`, textOf(e), LIMITS.sectionText);
        break;
      }
      case 'actions': {
        const elements = (block['elements'] as Record<string, unknown>[] | undefined) ?? [];
        if (elements.length === 0 || elements.length > LIMITS.actionsElements)
          problems.push(`${where}: ${elements.length} elements`);
        for (const e of elements) {
          checkElement(where, e);
          const id = String(e['action_id'] ?? '');
          if (id && actionIds.has(id)) problems.push(`${where}: action_id ${id} twice`);
          actionIds.add(id);
        }
        break;
      }
      case 'input': {
        check(`${where} label`, textOf(block['label']), LIMITS.inputLabel);
        const element = block['element'] as Record<string, unknown> | undefined;
        if (!element) problems.push(`${where}: no element`);
        else checkElement(where, element);
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${where}: a block type samrad does not use`);
    }
  });
  return problems;
}
