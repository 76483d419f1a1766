import { randomUUID } from 'node:crypto';
import type { FakeConnector } from '../fakes/fake-connector.js';

/**
 * Plays Microsoft Teams against the bot: posts activities shaped like Teams' own to /api/messages
 * and reads the bot's answers from the fake connector.
 */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:0d2d9a9c-6d64-4f1c-9b5e-1a2b3c4d5e6f', name: 'samrad' };

export interface TeamsUser {
  name: string;
  aadObjectId?: string;
}

export type ConversationKind = 'personal' | 'groupChat' | 'channel' | 'meeting';

function conversationFor(kind: ConversationKind, id: string) {
  switch (kind) {
    case 'personal':
      return {
        conversation: { id: `a:${id}`, conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
      };
    case 'groupChat':
      return {
        conversation: {
          id: `19:${id}@thread.v2`,
          conversationType: 'groupChat',
          isGroup: true,
          tenantId: TENANT,
        },
        channelData: { tenant: { id: TENANT } },
      };
    case 'meeting':
      return {
        conversation: {
          id: `19:meeting_${id}@thread.v2`,
          conversationType: 'groupChat',
          isGroup: true,
          tenantId: TENANT,
        },
        channelData: { tenant: { id: TENANT }, meeting: { id: `MCMy${id}` } },
      };
    case 'channel':
      return {
        conversation: {
          id: `19:${id}@thread.tacv2;messageid=1700000000000`,
          conversationType: 'channel',
          isGroup: true,
          tenantId: TENANT,
        },
        channelData: {
          tenant: { id: TENANT },
          teamsChannelId: `19:${id}@thread.tacv2`,
          teamsTeamId: `19:team-${id}@thread.tacv2`,
          channel: { id: `19:${id}@thread.tacv2` },
          team: { id: `19:team-${id}@thread.tacv2` },
        },
      };
  }
}

export class TeamsClient {
  constructor(
    private readonly botUrl: string,
    private readonly connector: FakeConnector,
    private readonly headers: Record<string, string> = {},
  ) {}

  activity(
    user: TeamsUser,
    kind: ConversationKind,
    conversationKey: string,
    fields: Record<string, unknown>,
  ) {
    const { conversation, channelData } = conversationFor(kind, conversationKey);
    return {
      id: `${Date.now()}${Math.floor(Math.random() * 1000)}`,
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      serviceUrl: this.connector.url,
      channelId: 'msteams',
      from: {
        id: `29:${user.aadObjectId ?? randomUUID()}`,
        name: user.name,
        ...(user.aadObjectId ? { aadObjectId: user.aadObjectId } : {}),
      },
      conversation,
      recipient: BOT,
      locale: 'sv-SE',
      entities: [
        { type: 'clientInfo', locale: 'sv-SE', country: 'SE', platform: 'Web', timezone: 'Europe/Stockholm' },
      ],
      channelData,
      ...fields,
    };
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...this.headers },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** Sends a message and returns the card of the bot's reply. In channels the bot is @mentioned, as Teams requires. */
  async ask(
    user: TeamsUser,
    text: string,
    kind: ConversationKind = 'personal',
    conversationKey: string = randomUUID(),
  ) {
    const mentioned = kind === 'channel' || kind === 'groupChat' || kind === 'meeting';
    const activity = this.activity(user, kind, conversationKey, {
      type: 'message',
      textFormat: 'plain',
      text: mentioned ? `<at>${BOT.name}</at> ${text}` : text,
      ...(mentioned
        ? {
            entities: [
              { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: { id: BOT.id, name: BOT.name } },
            ],
          }
        : {}),
    });
    const conversationId = String((activity.conversation as { id: string }).id);
    const before = this.connector.calls.filter((c) => c.conversationId === conversationId).length;
    const response = await this.post(activity);
    const calls = await this.connector.waitForCalls(conversationId, before + 1);
    const reply = calls[calls.length - 1]?.activity ?? {};
    return { status: response.status, reply, card: cardOf(reply), conversationId };
  }

  /** Presses an Action.Execute button: an adaptiveCard/action invoke, answered in the HTTP response. */
  async press(
    user: TeamsUser,
    verb: string,
    data: unknown,
    conversationKey: string = randomUUID(),
    kind: ConversationKind = 'personal',
  ) {
    const activity = this.activity(user, kind, conversationKey, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', id: randomUUID(), verb, data }, trigger: 'manual' },
    });
    const response = await this.post(activity);
    return { ...response, conversationId: String((activity.conversation as { id: string }).id) };
  }
}

export function cardOf(activity: Record<string, unknown>): Record<string, unknown> {
  const attachments = (activity['attachments'] ?? []) as {
    contentType: string;
    content: Record<string, unknown>;
  }[];
  const card = attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error(`no Adaptive Card in ${JSON.stringify(activity).slice(0, 300)}`);
  return card.content;
}
