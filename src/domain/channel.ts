import { z } from 'zod';

/**
 * The channels samrad talks on, and how a person is known on each. A user key ("teams:<id>",
 * "slack:<id>") names one person on one channel: preferences, personal chats and private cards
 * are kept under it. The one place such keys are made and read.
 */
export const CHANNEL_NAMES = ['teams', 'slack', 'local'] as const;
export const ChannelNameSchema = z.enum(CHANNEL_NAMES);
export type ChannelName = z.infer<typeof ChannelNameSchema>;

/** The key a channel's user is known by: the channel, a colon, the id in lower case. */
export function userKeyOf(channel: ChannelName, userId: string): string {
  return `${channel}:${userId.trim().toLowerCase()}`;
}

/** The channel a user key belongs to, or null for a key that is none. */
export function channelOfUserKey(userKey: string): ChannelName | null {
  const parsed = ChannelNameSchema.safeParse(userKey.slice(0, userKey.indexOf(':')));
  return parsed.success ? parsed.data : null;
}

/** Every key a person on the roster can be reached under: one per channel they have an id on. */
export function userKeysOfPerson(person: { teamsId: string | null; slackId?: string | null }): string[] {
  return [
    person.teamsId ? userKeyOf('teams', person.teamsId) : null,
    person.slackId ? userKeyOf('slack', person.slackId) : null,
  ].filter((key): key is string => key !== null);
}
