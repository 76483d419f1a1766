import { z } from 'zod';
import { BoundedJsonObjectSchema } from './json-value.js';

/** Where the bot can reach a person privately (their personal chat), opaque per channel. */
export const PersonalChatSchema = z.strictObject({
  userKey: z.string().min(3),
  channel: z.enum(['teams', 'slack', 'local']),
  reference: BoundedJsonObjectSchema,
});
export type PersonalChat = z.infer<typeof PersonalChatSchema>;
