import { createHmac } from 'node:crypto';
import { FAKE_BOT_USER } from '../fakes/fake-slack-api.js';

/**
 * Plays Slack towards the running bot: signed slash commands, events, button presses
 * (block_actions) and form submissions (view_submission), posted over real HTTP to
 * /slack/events as Slack posts them. The signature is computed here, independently of the bot's
 * own code, with Slack's scheme.
 */
export const SLACK_SECRET = 'slacksigningsecret0123456789abcd';
export const SLACK_TEAM = 'T0SAMRAD';

export interface SlackUser {
  id: string;
  name: string;
}

export function signSlack(body: string, timestamp: number, secret = SLACK_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export class SlackClient {
  #event = 1;
  #trigger = 1;

  constructor(private readonly botUrl: string) {}

  /** Posts a body as Slack does, signed now unless told otherwise. */
  async post(
    body: string,
    contentType: string,
    options: { timestamp?: number; signature?: string | null; secret?: string } = {},
  ): Promise<Response> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
    };
    const signature =
      options.signature === undefined ? signSlack(body, timestamp, options.secret) : options.signature;
    if (signature !== null) headers['X-Slack-Signature'] = signature;
    return fetch(`${this.botUrl}/slack/events`, { method: 'POST', headers, body });
  }

  /** `/samrad <text>` in a channel. */
  async command(user: SlackUser, text: string, channel: string): Promise<Response> {
    const form = new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: SLACK_TEAM,
      team_domain: 'dalarna',
      channel_id: channel,
      channel_name: channel.toLowerCase(),
      user_id: user.id,
      user_name: user.name,
      command: '/samrad',
      text,
      api_app_id: 'A0SAMRAD',
      response_url: 'https://hooks.slack.com/commands/T0SAMRAD/1/abc',
      trigger_id: `trigger-${this.#trigger++}`,
    });
    return this.post(form.toString(), 'application/x-www-form-urlencoded');
  }

  /** An Events API callback. */
  async event(event: Record<string, unknown>, options: { eventId?: string } = {}): Promise<Response> {
    const body = JSON.stringify({
      token: 'legacy-verification-token',
      team_id: SLACK_TEAM,
      api_app_id: 'A0SAMRAD',
      type: 'event_callback',
      event_id: options.eventId ?? `Ev${this.#event++}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: SLACK_TEAM, user_id: FAKE_BOT_USER, is_bot: true }],
      event,
    });
    return this.post(body, 'application/json');
  }

  /** A mention of the bot in a channel. */
  async mention(user: SlackUser, text: string, channel: string): Promise<Response> {
    return this.event({
      type: 'app_mention',
      user: user.id,
      text: `<@${FAKE_BOT_USER}> ${text}`,
      channel,
      ts: `${Math.floor(Date.now() / 1000)}.000200`,
      event_ts: `${Math.floor(Date.now() / 1000)}.000200`,
    });
  }

  /** A direct message to the app. */
  async direct(user: SlackUser, text: string): Promise<Response> {
    return this.event({
      type: 'message',
      channel_type: 'im',
      user: user.id,
      text,
      channel: `D${user.id.slice(1)}`,
      ts: `${Math.floor(Date.now() / 1000)}.000300`,
      event_ts: `${Math.floor(Date.now() / 1000)}.000300`,
    });
  }

  /** A button press on a message samrad posted. */
  async press(
    user: SlackUser,
    button: { action_id: string; value: string },
    where: { channel: string; ts: string; ephemeral?: boolean },
  ): Promise<Response> {
    const payload = {
      type: 'block_actions',
      team: { id: SLACK_TEAM, domain: 'dalarna' },
      user: { id: user.id, username: user.name, name: user.name, team_id: SLACK_TEAM },
      api_app_id: 'A0SAMRAD',
      token: 'legacy-verification-token',
      container: {
        type: 'message',
        message_ts: where.ts,
        channel_id: where.channel,
        is_ephemeral: where.ephemeral ?? false,
      },
      trigger_id: `trigger-${this.#trigger++}`,
      channel: { id: where.channel, name: where.channel.toLowerCase() },
      message: where.ephemeral ? undefined : { type: 'message', ts: where.ts, text: '' },
      response_url: 'https://hooks.slack.com/actions/T0SAMRAD/1/abc',
      actions: [
        {
          type: 'button',
          block_id: 'b1',
          action_id: button.action_id,
          value: button.value,
          text: { type: 'plain_text', text: 'x' },
          action_ts: `${Math.floor(Date.now() / 1000)}.000400`,
        },
      ],
    };
    return this.post(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      'application/x-www-form-urlencoded',
    );
  }

  /** Sends a modal the bot opened, with these values by block id (selects by their value). */
  async submit(
    user: SlackUser,
    view: Record<string, unknown>,
    values: Record<string, string>,
  ): Promise<Response> {
    const blocks =
      (view['blocks'] as {
        type: string;
        block_id?: string;
        element?: { type: string; action_id: string };
      }[]) ?? [];
    const state: Record<string, Record<string, unknown>> = {};
    for (const block of blocks) {
      if (block.type !== 'input' || !block.block_id || !block.element) continue;
      const value = values[block.block_id];
      state[block.block_id] = {
        [block.element.action_id]:
          block.element.type === 'static_select'
            ? {
                type: 'static_select',
                selected_option:
                  value === undefined ? null : { value, text: { type: 'plain_text', text: value } },
              }
            : { type: 'plain_text_input', value: value ?? null },
      };
    }
    const payload = {
      type: 'view_submission',
      team: { id: SLACK_TEAM, domain: 'dalarna' },
      user: { id: user.id, username: user.name, name: user.name, team_id: SLACK_TEAM },
      api_app_id: 'A0SAMRAD',
      token: 'legacy-verification-token',
      trigger_id: `trigger-${this.#trigger++}`,
      view: {
        id: 'V1',
        team_id: SLACK_TEAM,
        type: 'modal',
        callback_id: view['callback_id'],
        private_metadata: view['private_metadata'],
        blocks,
        state: { values: state },
        hash: 'h',
        title: view['title'],
        app_id: 'A0SAMRAD',
        bot_id: 'BSAMRAD',
      },
    };
    return this.post(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      'application/x-www-form-urlencoded',
    );
  }
}

/** The buttons of a message's blocks, by action id. */
export function buttonsOf(blocks: unknown[]): { action_id: string; value: string; text: string }[] {
  const found: { action_id: string; value: string; text: string }[] = [];
  for (const block of blocks as Record<string, unknown>[]) {
    const elements = [
      ...(((block['elements'] as unknown[] | undefined) ?? []) as Record<string, unknown>[]),
      ...(block['accessory'] ? [block['accessory'] as Record<string, unknown>] : []),
    ];
    for (const e of elements) {
      if (e['type'] === 'button' && typeof e['value'] === 'string')
        found.push({
          action_id: String(e['action_id']),
          value: e['value'],
          text: String((e['text'] as { text?: string })?.text ?? ''),
        });
    }
  }
  return found;
}

/** All the text in blocks, for assertions on what a member reads. */
export function blocksText(blocks: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const o = node as Record<string, unknown>;
      if (typeof o['text'] === 'string') parts.push(o['text']);
      for (const [key, value] of Object.entries(o))
        if (key !== 'text' || typeof value !== 'string') walk(value);
    }
  };
  walk(blocks);
  return parts.join('\n');
}
