import type { AgendaItem } from '../../domain/agenda-item.js';
import type { Lang } from '../../domain/lang.js';
import type { Meeting } from '../../domain/meeting.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { formatDate, formatNumberList, formatTimeRange } from '../../i18n/format.js';
import { ITEM_KIND_LABELS, MEETING_STATUS_LABELS } from '../../i18n/labels.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import type { ItemDetail, ItemSummary, MeetingSummary } from './replies.js';

/** Builds the view models of replies from the domain, writing dates and labels in the reader's language. */
export function meetingSummary(data: SamradData, meeting: Meeting, lang: Lang): MeetingSummary {
  return {
    id: meeting.id,
    bodyId: meeting.bodyId,
    bodyName: data.bodies.find((b) => b.id === meeting.bodyId)?.name ?? meeting.bodyId,
    dateText: formatDate(meeting.date, lang, { weekday: true }),
    timeText: formatTimeRange(meeting.startTime, meeting.endTime, lang),
    place: meeting.place,
    status: meeting.status,
    statusText: MEETING_STATUS_LABELS[meeting.status][lang],
    cancelled: meeting.status === 'cancelled',
    cancelledReason: meeting.cancelledReason,
    documentsUrl: meeting.documentsUrl,
    joinUrl: meeting.joinUrl,
    itemCount: data.agendaItems.filter((i) => i.meetingId === meeting.id).length,
  };
}

export function itemSummary(item: AgendaItem, lang: Lang): ItemSummary {
  return {
    meetingId: item.meetingId,
    number: item.number,
    title: item.title,
    kind: item.kind,
    kindText: ITEM_KIND_LABELS[item.kind][lang],
    presenter: item.presenter,
    attachmentsText:
      item.attachments.length > 0
        ? REPLY_TEXTS[lang].attachmentsText(formatNumberList(item.attachments))
        : null,
  };
}

/** Background longer than this is cut at a sentence: cards must stay small. */
const MAX_BACKGROUND = 1800;

function shorten(text: string): string {
  if (text.length <= MAX_BACKGROUND) return text;
  const cut = text.slice(0, MAX_BACKGROUND);
  const sentenceEnd = cut.lastIndexOf('. ');
  return `${cut.slice(0, sentenceEnd > MAX_BACKGROUND / 2 ? sentenceEnd + 1 : MAX_BACKGROUND)} …`;
}

export function itemDetail(item: AgendaItem, lang: Lang): ItemDetail {
  return {
    ...itemSummary(item, lang),
    presenterOrganisation: item.presenterOrganisation,
    note: item.note,
    background: shorten(item.background),
    proposal: item.proposal,
    decision: item.decision,
    attachments: item.attachments,
  };
}

/** The help a member gets: why it is shown decides how it starts. */
export function helpView(reason: 'asked' | 'greeting' | 'not-understood', lang: Lang) {
  const t = REPLY_TEXTS[lang];
  const intro =
    reason === 'greeting' ? t.help.greeting(null) : reason === 'asked' ? t.help.asked : t.help.notUnderstood;
  return { kind: 'help' as const, reason, intro, examples: t.helpExamples };
}

/** "Jeanette Hjortsberg, Region Dalarna": who presents an item, and for whom. */
export function presenterText(item: ItemDetail): string | null {
  if (!item.presenter) return null;
  return item.presenterOrganisation ? `${item.presenter}, ${item.presenterOrganisation}` : item.presenter;
}
