import type { ItemKind } from '../../domain/agenda-item.js';
import type { Lang } from '../../domain/lang.js';
import type { MeetingStatus } from '../../domain/meeting.js';

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

/** One choice on the decision card: its label, its count, and who chose it (unless anonymous). */
export interface TallyLine {
  choice: 'for' | 'against' | 'abstain';
  label: string;
  count: number;
  countText: string;
  voters: string | null;
  mine: boolean;
}

/**
 * A decision card as one viewer sees it: everyone sees the same tally; a member sees their own
 * choice marked; the chair or secretary also sees how to close it. The shared view has no viewer.
 */
export interface DecisionView {
  decisionId: string;
  heading: string;
  title: string;
  meetingText: string;
  presenter: string | null;
  attachmentsText: string | null;
  documentsUrl: string | null;
  proposal: string[];
  conditions: string[];
  open: boolean;
  statusText: string;
  adoptedClauses: string[];
  amended: boolean;
  tally: TallyLine[];
  votedText: string;
  sidesText: string;
  dissentsText: string | null;
  viewer: {
    name: string;
    choiceText: string | null;
    canVote: boolean;
    canClose: boolean;
    canDissent: boolean;
  } | null;
  /**
   * Who may vote, the chair and the secretary first, with their ids on each channel: a channel
   * shows each of them their own view of the card where it can (Teams: the card's refresh list).
   */
  voters: { teamsId: string | null; slackId: string | null }[];
  outcomes: { value: string; title: string }[];
}

export interface JourneyView {
  title: string;
  /** The decision followed: its meeting and item, for what is asked next ("blev det bifall?"). */
  meetingId: string;
  itemNumber: number;
  /** A yes or a no first, for "har beslutet skickats vidare?", "är villkoret uppfyllt?". */
  answer: string | null;
  steps: { heading: string; detail: string | null; tone: 'good' | 'attention' | 'warning' | 'default' }[];
  missingText: string | null;
}

export interface NominationFormView {
  groupId: string;
  groupName: string;
  /** "Nominera till Styrgrupp GNV" */
  formTitle: string;
  /** What the member already wrote, to start the form from. */
  name: string;
  principalId: string | null;
  principals: { id: string; name: string; side: 'municipalities' | 'region' }[];
  error: string | null;
}

export interface NominationOverviewView {
  /** A yes or a no first: "har Mora nominerat någon?", "är alla platser tillsatta?". */
  answer: string | null;
  groupId: string;
  groupName: string;
  runByName: string;
  statusText: string;
  deadlineText: string | null;
  decideAtText: string | null;
  sides: { name: string; seatsText: string }[];
  /** Names and statuses per principal, for roster members of the body that runs the nominations. */
  principals: { name: string; nominees: string }[];
  personalDataHidden: boolean;
}

export interface NominationRequestView {
  nominationId: string;
  text: string;
  motivation: string | null;
  answered: string | null;
}

export type ItemFocus = 'all' | 'presenter' | 'attachments' | 'proposal';

export type ReplyBody =
  | {
      kind: 'meeting';
      meeting: MeetingSummary;
      focus: 'when' | 'where';
      /** A yes or a no first, for "har vi möte i morgon?", "är mötet i februari inställt?". */
      answer: string | null;
    }
  | { kind: 'agenda'; meeting: MeetingSummary; items: ItemSummary[] }
  | {
      kind: 'item';
      /** "Punkt 5. Finansiering av …" */
      heading: string;
      meeting: MeetingSummary;
      item: ItemDetail;
      /** "Jeanette Hjortsberg, Region Dalarna", or null. */
      presenterText: string | null;
      focus: ItemFocus;
      /** The direct answer when one thing about the item was asked ("Föredragande: Jeanette Hjortsberg"). */
      answer: string | null;
    }
  | { kind: 'calendar'; heading: string; meetings: MeetingSummary[] }
  | {
      kind: 'search';
      /** "2 träffar på "hjärtsvikt"" */
      heading: string;
      query: string;
      hits: { meeting: MeetingSummary; item: ItemSummary }[];
      /** The answer in a sentence: "Ja, punkt 7 … handlar om …", "Ja, det finns ärenden om …". */
      answer: string | null;
    }
  | {
      kind: 'past-decision';
      /** "Chefsnätverket, fredag 3 april 2020, punkt 5" */
      heading: string;
      topic: string;
      meeting: MeetingSummary;
      item: ItemDetail;
      recorded: boolean;
      /** Said when no decision is recorded and the proposal is shown instead. */
      notRecorded: string;
      /** A yes or a no first, for "blev det bifall?". */
      answer: string | null;
    }
  | {
      kind: 'cost-share';
      heading: string;
      summary: string;
      rows: CostShareRow[];
      note: string | null;
    }
  | { kind: 'my-bodies'; name: string; seats: BodySeat[] }
  | { kind: 'decision'; view: DecisionView }
  | { kind: 'journey'; view: JourneyView }
  | { kind: 'choose-body'; question: string; itemNumber: number; bodies: { id: string; name: string }[] }
  | { kind: 'nomination-form'; view: NominationFormView }
  | { kind: 'nomination-overview'; view: NominationOverviewView }
  | { kind: 'nomination-request'; view: NominationRequestView }
  | {
      kind: 'help';
      reason: 'asked' | 'greeting' | 'not-understood';
      /** What the help says first: a greeting, "Jag kan svara på …", "Det kan jag inte svara på …". */
      intro: string;
      examples: string[];
    }
  | {
      kind: 'notice';
      text: string;
      tone: 'info' | 'warning';
      /** The meeting and item the notice is about ("the agenda has 5 items", "13 of 16 have
       * adopted …"), for what is asked next. */
      meetingId?: string;
      itemNumber?: number;
      /** A nomination the notice confirms, and how it was taken (for channels that say it apart). */
      nomination?: { id: string; status: 'nominated' | 'reserve' | 'merged' };
    };

/** A reply to send privately to someone else as well, e.g. to a nominee: "teams:<aad id>". */
export interface PrivateMessage {
  userKey: string;
  reply: ReplyBody & { lang: Lang };
}

export type Reply = ReplyBody & {
  lang: Lang;
  privateMessages?: PrivateMessage[];
  /** A decision this reply changed: the channel updates the card the chat shares. */
  changedDecisionId?: string;
};
