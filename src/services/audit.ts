import type { AuditEntry } from '../domain/audit-entry.js';
import { actorLabel, type Actor, type Clock, type StoreDraft } from './ports.js';

/** Appends an entry to the audit log inside a store change. Ids are sequential: the log is append-only. */
export function recordAudit(
  draft: StoreDraft,
  clock: Clock,
  actor: Actor,
  action: string,
  subject: string,
  details: AuditEntry['details'] = {},
): void {
  const last = draft.data.audit.at(-1);
  const id = String((last ? Number(last.id) : 0) + 1);
  draft.insert('audit', {
    id,
    at: clock.now().toISOString(),
    actor: actorLabel(actor),
    action,
    subject,
    details,
  });
}
