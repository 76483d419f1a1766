import { z } from 'zod';
import { ChannelNameSchema } from './channel.js';
import { BoundedJsonObjectSchema } from './json-value.js';

/** Where the bot can reach a person privately (their personal chat), opaque per channel. */
export const PersonalChatSchema = z.strictObject({
  userKey: z.string().min(3),
  channel: ChannelNameSchema,
  reference: BoundedJsonObjectSchema,
});
export type PersonalChat = z.infer<typeof PersonalChatSchema>;
