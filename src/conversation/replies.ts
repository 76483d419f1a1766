import type { ItemKind } from '../domain/agenda-item.js';
import type { Lang } from '../domain/lang.js';
import type { MeetingStatus } from '../domain/meeting.js';

/**
 * What samrad answers, as channel-neutral view models: every text is already in the reader's
 * language and every date, time and amount already written out, so the Teams and Slack renderers
 * only lay them out.
 */
export interface MeetingSummary {
  id: string;
  bodyId: string;
  bodyName: string;
  dateText: string;
  timeText: string;
  place: string | null;
  status: MeetingStatus;
  statusText: string;
  cancelled: boolean;
  cancelledReason: string | null;
  documentsUrl: string | null;
  joinUrl: string | null;
  itemCount: number;
}

export interface ItemSummary {
  meetingId: string;
  number: number;
  title: string;
  kind: ItemKind;
  kindText: string;
  presenter: string | null;
  /** "Bilaga 3–8", or null. */
  attachmentsText: string | null;
}

export interface ItemDetail extends ItemSummary {
  presenterOrganisation: string | null;
  note: string | null;
  background: string;
  proposal: string[];
  decision: string[];
  attachments: number[];
}

export interface CostShareRow {
  name: string;
  amountText: string;
  compareText: string | null;
  changeText: string | null;
  highlighted: boolean;
}

export interface BodySeat {
  bodyName: string;
  roleText: string;
  principalName: string;
  nextMeeting: MeetingSummary | null;
}

export type ItemFocus = 'all' | 'presenter' | 'attachments' | 'proposal';

export type ReplyBody =
  | { kind: 'meeting'; meeting: MeetingSummary; focus: 'when' | 'where' }
  | { kind: 'agenda'; meeting: MeetingSummary; items: ItemSummary[] }
  | {
      kind: 'item';
      meeting: MeetingSummary;
      item: ItemDetail;
      focus: ItemFocus;
      /** The direct answer when one thing about the item was asked ("Föredragande: Jeanette Hjortsberg"). */
      answer: string | null;
    }
  | { kind: 'calendar'; heading: string; meetings: MeetingSummary[] }
  | { kind: 'search'; query: string; hits: { meeting: MeetingSummary; item: ItemSummary }[] }
  | { kind: 'past-decision'; topic: string; meeting: MeetingSummary; item: ItemDetail; recorded: boolean }
  | {
      kind: 'cost-share';
      heading: string;
      summary: string;
      rows: CostShareRow[];
      note: string | null;
    }
  | { kind: 'my-bodies'; name: string; seats: BodySeat[] }
  | { kind: 'help'; reason: 'asked' | 'greeting' | 'not-understood'; examples: string[] }
  | { kind: 'notice'; text: string; tone: 'info' | 'warning' };

export type Reply = ReplyBody & { lang: Lang };
