import { z } from 'zod';
import { LangSchema } from './lang.js';

/** What a chat user has asked samrad to remember about them, such as answering in English. */
export const UserPreferenceSchema = z.strictObject({
  /** The chat identity: "teams:<aad object id>", "slack:<user id>", "local:<id>". */
  userKey: z.string().min(3),
  lang: LangSchema,
});
export type UserPreference = z.infer<typeof UserPreferenceSchema>;
