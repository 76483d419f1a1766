import { parseAgenda, type ParsedAgenda } from '../agenda-import/parse-agenda.js';
import { agendaItemId, type AgendaItem } from '../domain/agenda-item.js';
import { findBodyMentionedIn, type Body } from '../domain/body.js';
import { swedishToday } from '../domain/calendar-date.js';
import { meetingIdFor, type Meeting } from '../domain/meeting.js';
import type { SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';
import { recordAudit } from './audit.js';
import { requireBody } from './lookups.js';
import type { Actor, Clock, SamradStore, StoreDraft } from './ports.js';

export interface ImportAgendaInput {
  /** The document's text. */
  text: string;
  /** Its name, for messages and the audit log. */
  fileName: string;
  /** The body whose agenda it is; when left out, the body named in the document's header. */
  body?: string;
  /** Parse and report only; store nothing. */
  dryRun?: boolean;
  /** Replace the agenda of a meeting that already has one. */
  replace?: boolean;
}

export interface ImportAgendaResult {
  agenda: ParsedAgenda;
  body: Body;
  /** The stored meeting, or null on a dry run. */
  meeting: Meeting | null;
}

/** Parses an agenda document or fails with every line it could not place. */
export function parseAgendaOrFail(text: string, fileName: string): ParsedAgenda {
  const result = parseAgenda(text);
  if (!result.ok) throw new SamradError('agenda.unparsable', { file: fileName, problems: result.problems });
  return result.agenda;
}

function resolveBody(data: SamradData, agenda: ParsedAgenda, typed: string | undefined): Body {
  if (typed) return requireBody(data, typed);
  const mentioned = agenda.bodyName ? findBodyMentionedIn(data.bodies, agenda.bodyName) : undefined;
  if (!mentioned) throw new SamradError('agenda.no-body');
  return mentioned;
}

function storeAgenda(
  draft: StoreDraft,
  clock: Clock,
  agenda: ParsedAgenda,
  body: Body,
  replace: boolean,
): Meeting {
  const data = draft.data;
  let meeting = data.meetings.find((m) => m.bodyId === body.id && m.date === agenda.date);
  const oldItems = meeting ? data.agendaItems.filter((i) => i.meetingId === meeting?.id) : [];
  if (meeting && oldItems.length > 0 && !replace)
    throw new SamradError('agenda.meeting-has-agenda', { meeting: meeting.id });
  if (meeting) {
    // The document is the newer word on time and place; keep what it does not say.
    meeting = draft.update('meetings', meeting.id, (m) => {
      m.startTime = agenda.startTime;
      m.endTime = agenda.endTime ?? m.endTime;
      m.place = agenda.place ?? m.place;
      m.documentsUrl = agenda.documentsUrl ?? m.documentsUrl;
      m.joinUrl = agenda.joinUrl ?? m.joinUrl;
    });
    for (const item of oldItems) draft.remove('agendaItems', item.id);
  } else {
    meeting = {
      id: meetingIdFor(body.id, agenda.date),
      bodyId: body.id,
      date: agenda.date,
      startTime: agenda.startTime,
      endTime: agenda.endTime,
      place: agenda.place,
      documentsUrl: agenda.documentsUrl,
      joinUrl: agenda.joinUrl,
      status: agenda.date < swedishToday(clock.now()) ? 'held' : 'planned',
      cancelledReason: null,
    };
    draft.insert('meetings', meeting);
  }
  const meetingId = meeting.id;
  const items: AgendaItem[] = agenda.items.map(({ lines: _lines, ...item }) => ({
    ...item,
    id: agendaItemId(meetingId, item.number),
    meetingId,
  }));
  for (const item of items) draft.insert('agendaItems', item);
  return meeting;
}

/**
 * Imports an agenda document as a meeting with its items. A document with problems stores nothing;
 * a dry run only reports what would be stored.
 */
export async function importAgenda(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: ImportAgendaInput,
): Promise<ImportAgendaResult> {
  const agenda = parseAgendaOrFail(input.text, input.fileName);
  if (input.dryRun) return { agenda, body: resolveBody(store.read(), agenda, input.body), meeting: null };
  return store.update((draft) => {
    const body = resolveBody(draft.data, agenda, input.body);
    const meeting = storeAgenda(draft, clock, agenda, body, input.replace ?? false);
    recordAudit(draft, clock, actor, 'agenda.imported', meeting.id, {
      file: input.fileName,
      items: agenda.items.length,
    });
    return { agenda, body, meeting };
  });
}
