import { z } from 'zod';
import { BoundedJsonObjectSchema } from './json-value.js';

/**
 * The append-only audit log: every change to the store, who made it and when. Later features
 * (decisions, votes, nominations) add their own actions; the shape stays the same.
 */
export const AuditEntrySchema = z.strictObject({
  id: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  /** Who made the change: "cli", "demo", a person id, or a channel identity such as "teams:<aad id>". */
  actor: z.string().min(1),
  /** What happened, dotted: "meeting.added", "agenda.imported", "member.removed". */
  action: z.string().regex(/^[a-z-]+(\.[a-z-]+)+$/),
  /** The id of the thing changed. */
  subject: z.string(),
  details: BoundedJsonObjectSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
