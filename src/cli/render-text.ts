import type { AgendaItem } from '../domain/agenda-item.js';
import type { Meeting } from '../domain/meeting.js';
import type { MeetingAgenda } from '../services/agenda.js';
import type { CostSplitResult } from '../services/cost-split.js';
import { CLI_TEXTS } from '../i18n/cli-texts.js';
import {
  formatAmount,
  formatAmountChange,
  formatCount,
  formatDate,
  formatNumberList,
  formatTimeRange,
} from '../i18n/format.js';
import { ITEM_KIND_LABELS, MEETING_STATUS_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';

/** Plain-text views for the terminal, in the reader's language. */

/** "fredag 3 april 2020, kl. 9.30–12, SKYPE" */
export function meetingWhenWhere(meeting: Meeting, lang: Lang): string {
  const parts = [
    formatDate(meeting.date, lang, { weekday: true }),
    formatTimeRange(meeting.startTime, meeting.endTime, lang),
  ];
  if (meeting.place) parts.push(meeting.place);
  return parts.join(', ');
}

export function meetingLine(meeting: Meeting, bodyName: string, itemCount: number, lang: Lang): string {
  const t = CLI_TEXTS[lang].meeting;
  const status =
    meeting.status === 'cancelled'
      ? `  [${MEETING_STATUS_LABELS.cancelled[lang].toUpperCase()}${meeting.cancelledReason ? `: ${meeting.cancelledReason}` : ''}]`
      : '';
  const agenda = itemCount > 0 ? `  (${t.agendaItems(itemCount)})` : '';
  return `${meetingWhenWhere(meeting, lang)}  ${bodyName}${status}${agenda}  [${meeting.id}]`;
}

function itemLines(item: AgendaItem, lang: Lang): string[] {
  const t = CLI_TEXTS[lang].agenda;
  const lines = [`${String(item.number).padStart(2)}. ${item.title}  [${ITEM_KIND_LABELS[item.kind][lang]}]`];
  const indent = '    ';
  const extras = [
    item.attachments.length > 0 ? t.attachments(formatNumberList(item.attachments)) : null,
    item.note,
  ].filter((x): x is string => !!x);
  if (extras.length > 0) lines.push(indent + extras.join('. '));
  if (item.presenter) {
    const org = item.presenterOrganisation ? `, ${item.presenterOrganisation}` : '';
    lines.push(`${indent}${t.presenter}: ${item.presenter}${org}`);
  }
  const clauses = (heading: string, list: readonly string[]) => {
    if (list.length === 0) return;
    lines.push(`${indent}${heading}:`);
    for (const clause of list) lines.push(`${indent}– ${clause}`);
  };
  clauses(t.proposal, item.proposal);
  clauses(t.decision, item.decision);
  return lines;
}

export function renderAgenda({ meeting, body, items }: MeetingAgenda, lang: Lang): string {
  const t = CLI_TEXTS[lang].agenda;
  const status = MEETING_STATUS_LABELS[meeting.status][lang];
  const lines = [`${body.name} – ${meetingWhenWhere(meeting, lang)} (${status})`];
  if (meeting.status === 'cancelled' && meeting.cancelledReason) lines.push(meeting.cancelledReason);
  if (meeting.documentsUrl) lines.push(`${t.documents}: ${meeting.documentsUrl}`);
  if (meeting.joinUrl) lines.push(`${t.join}: ${meeting.joinUrl}`);
  lines.push('');
  if (items.length === 0) lines.push(t.noItems);
  for (const item of items) lines.push(...itemLines(item, lang));
  return lines.join('\n');
}

export function renderCostSplit(result: CostSplitResult, lang: Lang): string {
  const t = CLI_TEXTS[lang].costSplit;
  const amount = formatAmount(result.amount, lang);
  const heading = result.municipalitiesOnly ? t.headingMunicipalities(amount) : t.heading(amount);
  const lines = [
    result.compareAmount === null
      ? heading
      : `${heading}, ${t.comparedWith(formatAmount(result.compareAmount, lang))}`,
    '',
  ];
  const nameWidth = Math.max(...result.shares.map((s) => s.name.length));
  for (const share of result.shares) {
    const population =
      share.population === null ? '' : `${formatCount(share.population, lang)} ${t.inhabitants}`;
    const comparison =
      'compareAmount' in share
        ? `  ${formatAmount(share.compareAmount, lang).padStart(14)}  ${formatAmountChange(share.difference, lang).padStart(14)}`
        : '';
    lines.push(
      `${share.name.padEnd(nameWidth)}  ${population.padStart(18)}  ${formatAmount(share.amount, lang).padStart(14)}${comparison}`,
    );
  }
  const total = result.shares.reduce((sum, s) => sum + s.amount, 0);
  lines.push(`${t.total.padEnd(nameWidth)}  ${''.padStart(18)}  ${formatAmount(total, lang).padStart(14)}`);
  return lines.join('\n');
}
