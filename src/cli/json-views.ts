import type { ParsedAgenda, ParsedItem } from '../agenda-import/parse-agenda.js';
import type { AgendaItem } from '../domain/agenda-item.js';
import type { Meeting } from '../domain/meeting.js';
import type { MeetingAgenda } from '../services/agenda.js';
import type { CostSplitResult } from '../services/cost-split.js';

/**
 * The JSON the CLI prints with --json. These shapes are contracts for scripts: fields are added,
 * never renamed or removed.
 */
export function itemJson(item: AgendaItem | ParsedItem) {
  return {
    number: item.number,
    title: item.title,
    kind: item.kind,
    presenter: item.presenter,
    presenterOrganisation: item.presenterOrganisation,
    attachments: item.attachments,
    note: item.note,
    proposal: item.proposal,
    decision: item.decision,
    background: item.background,
  };
}

export function importJson(bodyId: string, agenda: ParsedAgenda, meetingId: string | null) {
  return {
    body: bodyId,
    bodyName: agenda.bodyName,
    meetingId,
    stored: meetingId !== null,
    date: agenda.date,
    startTime: agenda.startTime,
    endTime: agenda.endTime,
    place: agenda.place,
    documentsUrl: agenda.documentsUrl,
    joinUrl: agenda.joinUrl,
    items: agenda.items.map((item) => ({ ...itemJson(item), lines: item.lines })),
    warnings: agenda.warnings,
  };
}

export function meetingJson(meeting: Meeting, bodyName: string, itemCount: number) {
  return { ...meeting, bodyName, itemCount };
}

export function agendaJson({ meeting, body, items }: MeetingAgenda) {
  return {
    meetingId: meeting.id,
    body: body.id,
    bodyName: body.name,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    documentsUrl: meeting.documentsUrl,
    joinUrl: meeting.joinUrl,
    status: meeting.status,
    cancelledReason: meeting.cancelledReason,
    items: items.map(itemJson),
  };
}

export function costSplitJson(result: CostSplitResult) {
  return {
    amount: result.amount,
    ...(result.compareAmount === null ? {} : { compareAmount: result.compareAmount }),
    shares: result.shares.map((share) => ({
      name: share.name,
      population: share.population,
      amount: share.amount,
      ...('compareAmount' in share
        ? { compareAmount: share.compareAmount, difference: share.difference }
        : {}),
    })),
  };
}
