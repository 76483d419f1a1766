import { z } from 'zod';
import { ChannelNameSchema } from './channel.js';
import { BoundedJsonObjectSchema } from './json-value.js';

/**
 * A chat linked to a body ("koppla chatten till Chefsnätverket"), or a Teams meeting chat linked to
 * its meeting, so that "öppna beslut punkt 4" there needs no body named.
 */
export const ChatLinkSchema = z.strictObject({
  /** "teams:<conversation id>". */
  chatKey: z.string().min(3),
  bodyId: z.string().min(1),
  meetingId: z.string().nullable(),
  linkedBy: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
});
export type ChatLink = z.infer<typeof ChatLinkSchema>;

/**
 * A card the bot posted that it must keep up to date (the shared decision card with the tally).
 * `reference` is the channel's own address of the message, kept opaque here.
 */
export const CardMessageSchema = z.strictObject({
  id: z.string().min(1),
  decisionId: z.string().min(1),
  channel: ChannelNameSchema,
  reference: BoundedJsonObjectSchema,
  postedAt: z.iso.datetime({ offset: true }),
});
export type CardMessage = z.infer<typeof CardMessageSchema>;
