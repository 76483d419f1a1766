import { CHOICES, OUTCOMES, mayVote } from '../../domain/decision.js';
import { recordByKey, recordsWhere } from '../../domain/data-index.js';
import type { Lang } from '../../domain/lang.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { formatDate, formatNumberList } from '../../i18n/format.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import type { DecisionRecord } from '../../services/decision-records.js';
import type { Journey } from '../../services/decision-journey.js';
import { chairsOrSecretaries, seatIn } from '../../services/body-roles.js';
import type { DecisionView, JourneyView } from './replies.js';

/**
 * The decision card's view model, for one viewer or (viewer null) for the message everyone shares.
 * Chairs and secretaries come first among the users whose clients fetch their own view, so that
 * they always get the controls to close the decision.
 */
export function decisionView(
  data: SamradData,
  record: DecisionRecord,
  viewerPersonId: string | null,
  lang: Lang,
): DecisionView {
  const t = REPLY_TEXTS[lang];
  const { decision, item, meeting, body } = record;
  const bodyName = body?.name ?? decision.bodyId;
  const date = (iso: string | null) => (iso ? formatDate(iso.slice(0, 10), lang) : '');
  const myVote = viewerPersonId
    ? record.votes.find(
        (v) => recordByKey(data, 'memberships', 'id', v.memberId)?.personId === viewerPersonId,
      )
    : undefined;
  const tally = CHOICES.map((choice) => ({
    choice,
    label: t.decision.choices[choice],
    count: record.tally[choice],
    countText: String(record.tally[choice]),
    voters: decision.anonymous
      ? null
      : record.votes
          .filter((v) => v.choice === choice)
          .map((v) => v.name)
          .join(', ') || null,
    mine: myVote?.choice === choice,
  }));
  const side = (s: 'municipalities' | 'region') =>
    t.decision.sideTally(
      record.tallyBySide[s].for,
      record.tallyBySide[s].against,
      record.tallyBySide[s].abstain,
    );
  const seat = viewerPersonId ? seatIn(data, viewerPersonId, decision.bodyId) : undefined;
  const viewerName = viewerPersonId ? (recordByKey(data, 'people', 'id', viewerPersonId)?.name ?? '') : '';
  const open = decision.status === 'open';
  const voters = recordsWhere(data, 'memberships', 'bodyId', decision.bodyId)
    .filter((m) => mayVote(m.role, decision.allowSubstitutes))
    .sort(
      (a, b) =>
        Number(b.role === 'chair' || b.role === 'secretary') -
        Number(a.role === 'chair' || a.role === 'secretary'),
    )
    .map((m) => recordByKey(data, 'people', 'id', m.personId))
    .filter((p) => p !== undefined)
    .map((p) => ({ teamsId: p.teamsId, slackId: p.slackId ?? null }));
  return {
    decisionId: decision.id,
    heading: t.decision.heading(bodyName, decision.itemNumber),
    title: item?.title ?? '',
    meetingText: meeting ? formatDate(meeting.date, lang, { weekday: true }) : '',
    presenter: item?.presenter
      ? `${item.presenter}${item.presenterOrganisation ? `, ${item.presenterOrganisation}` : ''}`
      : null,
    attachmentsText:
      item && item.attachments.length > 0 ? t.attachmentsText(formatNumberList(item.attachments)) : null,
    documentsUrl: meeting?.documentsUrl ?? null,
    proposal: decision.proposal,
    conditions: decision.conditions,
    open,
    statusText: open
      ? t.decision.open
      : t.decision.closed(t.decision.outcomes[decision.outcome ?? 'adopted'], date(decision.closedAt)),
    adoptedClauses: decision.outcome === 'adopted-with-amendment' ? decision.adoptedClauses : [],
    amended: decision.outcome === 'adopted-with-amendment',
    tally,
    votedText: t.decision.voted(record.votes.length, record.eligibleVoters),
    sidesText: t.decision.sides(side('municipalities'), side('region')),
    dissentsText: record.dissents.length > 0 ? t.decision.dissents(record.dissents.length) : null,
    viewer: viewerPersonId
      ? {
          name: viewerName,
          choiceText: myVote
            ? t.decision.yourVote(myVote.choice)
            : seat && mayVote(seat.role, decision.allowSubstitutes)
              ? t.decision.notVoted
              : null,
          canVote: open && !!seat && mayVote(seat.role, decision.allowSubstitutes),
          canClose: open && chairsOrSecretaries(data, viewerPersonId, decision.bodyId),
          // A dissent is from a decision taken: offered once the vote is closed.
          canDissent: !open && !!seat && seat.role !== 'observer',
        }
      : null,
    voters,
    outcomes: OUTCOMES.map((value) => ({ value, title: t.decision.outcomes[value] })),
  };
}

export function journeyView(
  journey: Journey,
  lang: Lang,
  about: { meetingId: string; itemNumber: number },
  answer: string | null = null,
): JourneyView {
  const t = REPLY_TEXTS[lang];
  let missingText: string | null = null;
  const steps = journey.steps.map((step) => {
    switch (step.kind) {
      case 'decision':
        return {
          heading:
            step.status === 'open'
              ? t.journey.openAt(step.bodyName, formatDate(step.date, lang), step.itemNumber)
              : t.journey.decided(
                  step.bodyName,
                  formatDate(step.date, lang),
                  step.itemNumber,
                  t.decision.outcomes[step.outcome ?? 'adopted'],
                ),
          detail: null,
          tone: step.outcome === 'rejected' ? ('attention' as const) : ('good' as const),
        };
      case 'condition':
        return {
          heading: t.journey.condition[step.status === 'none' ? 'pending' : step.status],
          detail: step.conditions.join('; '),
          tone:
            step.status === 'met'
              ? ('good' as const)
              : step.status === 'failed'
                ? ('attention' as const)
                : ('warning' as const),
        };
      case 'awaiting':
        return {
          heading: t.journey.awaiting(
            step.bodyName,
            step.date ? formatDate(step.date, lang) : null,
            step.itemNumber,
          ),
          detail: null,
          tone: 'warning' as const,
        };
      case 'adoptions': {
        const total = step.adopted.length + step.missing.length;
        missingText =
          step.missing.length > 0 ? t.journey.missing(step.missing.join(', ')) : t.journey.allAdopted;
        const deadline = step.deadline ? formatDate(step.deadline, lang) : null;
        return {
          heading: t.journey.adoptions(step.adopted.length, total),
          detail: deadline
            ? step.overdue
              ? t.journey.overdue(deadline)
              : t.journey.deadline(deadline)
            : null,
          tone: step.overdue
            ? ('attention' as const)
            : step.missing.length === 0
              ? ('good' as const)
              : ('warning' as const),
        };
      }
    }
  });
  return {
    title: t.journey.title(journey.title),
    meetingId: about.meetingId,
    itemNumber: about.itemNumber,
    answer,
    steps,
    missingText,
  };
}
