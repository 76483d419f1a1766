import type { Incoming } from '../../conversation/handle-message.js';

/**
 * Who wrote, and where, as Slack tells it: the user id ("U012AB3CD"), which the roster keeps as a
 * member's Slack id, and the channel id, which is the conversation (a direct message's too).
 * Someone not on the roster is nobody samrad knows, as in Teams.
 */
export function incomingFromSlack(
  userId: string,
  channelId: string,
  options: { displayName?: string | undefined; answeredPrivately?: boolean } = {},
): Incoming {
  return {
    identity: {
      channel: 'slack',
      userId,
      ...(options.displayName ? { displayName: options.displayName } : {}),
    },
    conversationId: channelId,
    ...(options.answeredPrivately ? { answeredPrivately: true } : {}),
  };
}

/**
 * The text a member wrote, as samrad reads it: Slack writes mentions, channels and links in angle
 * brackets and escapes &, < and >. The bot's own mention is dropped; others become their names.
 */
export function plainSlackText(
  text: string | undefined,
  botUserId: string | undefined,
  nameOf: (userId: string) => string | undefined = () => undefined,
): string {
  if (!text) return '';
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) {
        const id = target.slice(1);
        if (id === botUserId) return ' ';
        // Slack writes a mention as the id alone: the roster gives the name samrad can read.
        return nameOf(id) ?? (label ? `@${label}` : '');
      }
      if (target.startsWith('#')) return label ? `#${label}` : '';
      if (target.startsWith('!')) return label ?? '';
      if (target.startsWith('mailto:')) return label ?? target.slice('mailto:'.length);
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
