import { z } from 'zod';

/**
 * People and their seats in bodies. A person may sit in several bodies, with a role in each, always
 * on behalf of one principal. Chat identities let the bot recognise who is writing.
 */
export const ROLES = ['chair', 'secretary', 'member', 'substitute', 'observer'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PersonSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).max(120),
  email: z.email().nullable(),
  /** Microsoft Entra (AAD) object id, as Teams sends it in `from.aadObjectId`. */
  teamsId: z.uuid().nullable(),
  /** Slack user id ("U012AB3CD"). */
  slackId: z
    .string()
    .regex(/^[UW][A-Z0-9]{2,}$/, 'expected a Slack user id such as U012AB3CD')
    .nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const MembershipSchema = z.strictObject({
  id: z.string().min(1),
  personId: z.string().min(1),
  bodyId: z.string().min(1),
  principalId: z.string().min(1),
  role: RoleSchema,
});
export type Membership = z.infer<typeof MembershipSchema>;
