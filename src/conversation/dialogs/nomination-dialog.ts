import { userKeysOfPerson } from '../../domain/channel.js';
import type { Lang } from '../../domain/lang.js';
import { holdsSeat, type Nomination } from '../../domain/nomination.js';
import type { SamradData } from '../../domain/samrad-data.js';
import { formatDate } from '../../i18n/format.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import { foldText } from '../../domain/text.js';
import {
  currentRound,
  groupOverview,
  nominate,
  personOfNominee,
  respondToNomination,
  roundToAgendaItem,
  type NominateInput,
} from '../../services/nominations.js';
import { personActor } from '../../services/ports.js';
import { ACTIONS, ActionDataSchemas } from '../actions.js';
import { seesNominees } from '../asker.js';
import type { ChatContext } from '../chat-context.js';
import { errorNotice } from '../error-notice.js';
import type { PrivateMessage, ReplyBody } from '../views/replies.js';
import type { Understanding } from '../understanding/understand.js';

/**
 * Nominations in the conversation: "nominera Anna Berg, Falun, till Styrgrupp GNV", the
 * nomination form, the card to the nominee, "vilka är nominerade till Styrgrupp GNV?", and the
 * chair putting the round to a decision.
 */
type Answer = { body: ReplyBody; privateMessages?: PrivateMessage[] };

function notice(text: string, tone: 'info' | 'warning' = 'info'): Answer {
  return { body: { kind: 'notice', tone, text } };
}

function failure(lang: Lang, error: unknown): Answer {
  return { body: errorNotice(lang, error) };
}

/** The group a member means: the one named, else the only group with an open round. */
function groupOf(data: SamradData, understanding: Understanding): { id?: string; open: string[] } {
  const open = data.workingGroups.filter((g) => currentRound(data, g.id)?.status === 'open').map((g) => g.id);
  const named = understanding.entities.body;
  if (named && data.workingGroups.some((g) => g.id === named)) return { id: named, open };
  return { id: open.length === 1 ? open[0] : undefined, open };
}

const NOMINEE_NAME =
  /(?:nominera|nominate)\s+(.+?)\s*(?:,|\s+från\s|\s+from\s|\s+för\s|\s+for\s|\s+till\s|\s+to\s|$)/i;

/** "nominera Anna Berg, Falun, till Styrgrupp GNV": the name, when the message gives one. */
function nomineeName(question: string, data: SamradData): string {
  const candidate = NOMINEE_NAME.exec(question)?.[1]?.trim() ?? '';
  const words = candidate.toLowerCase();
  // "nominera till Styrgrupp GNV" names the group, not a person.
  if (/^(till|to|för|for|från|from)\b/.test(words)) return '';
  // "nominera någon", or a group's or principal's name is not a person's name.
  if (/^(någon|en person|someone|somebody)$/.test(words)) return '';
  if (
    data.principals.some((p) => p.name.toLowerCase() === words) ||
    data.bodies.some((b) => b.name.toLowerCase() === words)
  )
    return '';
  return candidate;
}

export function nominationForm(
  data: SamradData,
  lang: Lang,
  groupId: string,
  name: string,
  principalId: string | null,
  error: string | null,
): ReplyBody {
  return {
    kind: 'nomination-form',
    view: {
      groupId,
      groupName: data.bodies.find((b) => b.id === groupId)?.name ?? groupId,
      formTitle: REPLY_TEXTS[lang].nomination.formTitle(
        data.bodies.find((b) => b.id === groupId)?.name ?? groupId,
      ),
      name,
      principalId,
      principals: data.principals.map((p) => ({
        id: p.id,
        name: p.name,
        side: p.kind === 'region' ? ('region' as const) : ('municipalities' as const),
      })),
      error,
    },
  };
}

/** The card the nominee gets, where the bot knows them. */
function requestsFor(data: SamradData, nomination: Nomination, nominatorName: string): PrivateMessage[] {
  const person = personOfNominee(data, nomination);
  if (!person) return [];
  const group = data.bodies.find((b) => b.id === nomination.groupId)?.name ?? nomination.groupId;
  const principal = data.principals.find((p) => p.id === nomination.principalId)?.name ?? '';
  const keys = userKeysOfPerson(person);
  const lang: Lang = data.userPreferences.find((p) => keys.includes(p.userKey))?.lang ?? 'sv';
  const body: ReplyBody = {
    kind: 'nomination-request',
    view: {
      nominationId: nomination.id,
      text: REPLY_TEXTS[lang].nomination.request(group, principal, nominatorName),
      motivation: nomination.motivation,
      answered: null,
    },
  };
  // The nominee is reached on whichever channel reaches them.
  return keys.map((userKey) => ({ userKey, reply: { ...body, lang } }));
}

async function submit(chat: ChatContext, input: Omit<NominateInput, 'nominator'>): Promise<Answer> {
  const t = REPLY_TEXTS[chat.lang].nomination;
  const person = chat.asker.person;
  if (!person) return notice(t.notOnRoster, 'warning');
  try {
    const result = await nominate(chat.deps.store, chat.deps.clock, {
      ...input,
      nominator: personActor(person.id),
    });
    const data = chat.deps.store.read();
    const group = data.bodies.find((b) => b.id === result.nomination.groupId)?.name ?? input.group;
    const requests = result.merged ? [] : requestsFor(data, result.nomination, person.name);
    let text = result.merged
      ? t.merged(result.nomination.name, group)
      : result.reserve
        ? t.reserve(result.nomination.name, group)
        : t.added(result.nomination.name, group);
    // The nominee gets the card only where samrad can write to them privately (Teams: a chat they
    // have had with samrad); say so when it can nowhere.
    const reaches = chat.deps.reaches ?? ((key: string) => data.personalChats.some((c) => c.userKey === key));
    const reachable = requests.some((r) => reaches(r.userKey));
    if (!result.merged && personOfNominee(data, result.nomination) && !reachable)
      text += ` ${t.nomineeNotReachable(result.nomination.name)}`;
    return {
      body: {
        kind: 'notice',
        tone: result.reserve ? 'warning' : 'info',
        text,
        nomination: {
          id: result.nomination.id,
          status: result.merged ? 'merged' : result.reserve ? 'reserve' : 'nominated',
        },
      },
      privateMessages: requests,
    };
  } catch (error) {
    return failure(chat.lang, error);
  }
}

/** "nominera Anna Berg, Falun, till Styrgrupp GNV", or the form when something is missing. */
export async function nominateFromText(chat: ChatContext, understanding: Understanding): Promise<Answer> {
  const t = REPLY_TEXTS[chat.lang].nomination;
  const data = chat.deps.store.read();
  // Only someone on the roster may nominate: a form to anyone else would only be refused later.
  if (!chat.asker.person) return notice(t.notOnRoster);
  const { id, open } = groupOf(data, understanding);
  // A body named that is no working group ("nominera … till Välfärdsrådet") is not the open round's.
  const named = understanding.entities.body;
  if (named && !data.workingGroups.some((g) => g.id === named))
    return notice(t.whichGroup(open.map((g) => data.bodies.find((b) => b.id === g)?.name ?? g).join(', ')));
  if (!id) {
    if (open.length === 0) return notice(t.noGroups);
    return notice(t.whichGroup(open.map((g) => data.bodies.find((b) => b.id === g)?.name ?? g).join(', ')));
  }
  const name = nomineeName(understanding.question, data);
  const principalId = understanding.entities.principal ?? null;
  // A nomination not plainly written (second thoughts, "skämt, gör inget", a past day; see the
  // question reader) is only shown on the form.
  const hesitant = !understanding.plainCommand;
  if (name === '' || !principalId || hesitant)
    return { body: nominationForm(data, chat.lang, id, hesitant ? '' : name, principalId, null) };
  return submit(chat, { group: id, name, principal: principalId });
}

/** The form's "Nominera" button. Bad fields come back as the form with a message, nothing stored. */
export async function nominateFromForm(chat: ChatContext, rawData: unknown): Promise<Answer | null> {
  const parsed = ActionDataSchemas[ACTIONS.submitNomination].safeParse(rawData);
  if (!parsed.success) return null;
  const answer = await submit(chat, {
    group: parsed.data.groupId,
    name: parsed.data.name,
    principal: parsed.data.principal,
    email: parsed.data.email,
    side: parsed.data.side,
    seat: parsed.data.seat,
    motivation: parsed.data.motivation,
  });
  if (answer.body.kind === 'notice' && answer.body.tone === 'warning' && !answer.privateMessages) {
    const data = chat.deps.store.read();
    return {
      body: nominationForm(
        data,
        chat.lang,
        parsed.data.groupId,
        parsed.data.name,
        parsed.data.principal || null,
        answer.body.text,
      ),
    };
  }
  return answer;
}

/** The nominee's "Tacka ja" / "Tacka nej". */
export async function answerNomination(chat: ChatContext, rawData: unknown): Promise<Answer | null> {
  const parsed = ActionDataSchemas[ACTIONS.respondToNomination].safeParse(rawData);
  if (!parsed.success) return null;
  const t = REPLY_TEXTS[chat.lang].nomination;
  try {
    const accept = parsed.data.answer === 'accept';
    const nomination = await respondToNomination(chat.deps.store, chat.deps.clock, {
      nominationId: parsed.data.nominationId,
      personId: chat.asker.person?.id ?? '',
      accept,
    });
    const group = chat.deps.store.read().bodies.find((b) => b.id === nomination.groupId)?.name ?? '';
    return {
      body: {
        kind: 'nomination-request',
        view: {
          nominationId: nomination.id,
          text: `${group}`,
          motivation: null,
          answered: accept ? t.accepted : t.declined,
        },
      },
    };
  } catch (error) {
    return failure(chat.lang, error);
  }
}

/** "vilka är nominerade till Styrgrupp GNV?". Names only for roster members of the nominating body. */
export function nominationOverview(chat: ChatContext, understanding: Understanding): Answer {
  const t = REPLY_TEXTS[chat.lang].nomination;
  const data = chat.deps.store.read();
  const named = understanding.entities.body;
  const groupId =
    named && data.workingGroups.some((g) => g.id === named) ? named : groupOf(data, understanding).id;
  if (!groupId) {
    const all = data.workingGroups.map((g) => data.bodies.find((b) => b.id === g.id)?.name ?? g.id);
    return notice(all.length === 0 ? t.noGroups : t.whichGroup(all.join(', ')));
  }
  const overview = groupOverview(data, groupId);
  const seeNames = seesNominees(chat.asker, overview.group);
  const status = overview.round?.status ?? 'none';
  const byPrincipal = new Map<string, Nomination[]>();
  for (const n of overview.nominations.filter((n) => n.status !== 'declined' || seeNames)) {
    byPrincipal.set(n.principalId, [...(byPrincipal.get(n.principalId) ?? []), n]);
  }
  const principals = [...byPrincipal.entries()].map(([principalId, list]) => ({
    name: data.principals.find((p) => p.id === principalId)?.name ?? principalId,
    nominees: seeNames
      ? list
          .map(
            (n) =>
              `${n.name} (${t.nomineeStatuses[n.status]}${n.seat === 'substitute' ? `, ${t.seats.substitute.toLowerCase()}` : ''})`,
          )
          .join(', ')
      : String(list.filter(holdsSeat).length),
  }));
  const meeting = overview.round?.decideAtMeetingId
    ? data.meetings.find((m) => m.id === overview.round?.decideAtMeetingId)
    : undefined;
  let answer: string | null = null;
  if (understanding.yesNo) {
    const asked = understanding.entities.principal;
    const filled = overview.seats.municipalities.filled + overview.seats.region.filled;
    const total = overview.seats.municipalities.total + overview.seats.region.total;
    if (asked) {
      const name = data.principals.find((p) => p.id === asked)?.name ?? asked;
      answer = (byPrincipal.get(asked) ?? []).some(holdsSeat)
        ? t.hasNominated(name)
        : t.hasNotNominated(name);
    } else if (
      /\b(tillsatt\w*|fyllda|fyllt|filled|full|alla platser|all seats)\b/.test(
        foldText(understanding.question),
      )
    ) {
      answer = filled >= total ? t.allSeatsFilled : t.seatsFilled(filled, total);
    }
  }
  return {
    body: {
      kind: 'nomination-overview',
      view: {
        answer,
        groupId: overview.group.id,
        groupName: overview.body.name,
        runByName: overview.runBy.name,
        statusText:
          status === 'paused' && overview.round?.pausedReason
            ? `${t.statuses.paused}. ${t.pausedBecause(overview.round.pausedReason)}`
            : t.statuses[status],
        deadlineText: overview.round ? t.deadline(formatDate(overview.round.deadline, chat.lang)) : null,
        decideAtText: meeting
          ? t.decideAt(`${overview.runBy.name} ${formatDate(meeting.date, chat.lang)}`)
          : null,
        sides: (['municipalities', 'region'] as const).map((side) => ({
          name: t.sides[side].replace(/^\w/, (c) => c.toUpperCase()),
          seatsText: t.seatsText(
            overview.seats[side].filled,
            overview.seats[side].total,
            overview.seats[side].substitute.filled,
            overview.seats[side].substitute.total,
          ),
        })),
        principals,
        personalDataHidden: !seeNames,
      },
    },
  };
}

/** "gör nomineringen till Styrgrupp GNV till ett ärende": the chair puts the round to the body. */
export async function nominationToDecision(chat: ChatContext, understanding: Understanding): Promise<Answer> {
  const t = REPLY_TEXTS[chat.lang].nomination;
  const data = chat.deps.store.read();
  const groupId =
    understanding.entities.body && data.workingGroups.some((g) => g.id === understanding.entities.body)
      ? understanding.entities.body
      : groupOf(data, understanding).id;
  if (!groupId)
    return notice(
      t.whichGroup(
        data.workingGroups.map((g) => data.bodies.find((b) => b.id === g.id)?.name ?? g.id).join(', '),
      ),
    );
  try {
    const item = await roundToAgendaItem(chat.deps.store, chat.deps.clock, {
      group: groupId,
      actor: chat.asker.person
        ? personActor(chat.asker.person.id)
        : { kind: 'chat-user', userKey: chat.asker.userKey },
    });
    const fresh = chat.deps.store.read();
    const meeting = fresh.meetings.find((m) => m.id === item.meetingId);
    const runBy = fresh.bodies.find((b) => b.id === meeting?.bodyId)?.name ?? '';
    return notice(t.putOnAgenda(item.number, runBy, meeting ? formatDate(meeting.date, chat.lang) : ''));
  } catch (error) {
    return failure(chat.lang, error);
  }
}

/**
 * "jag tackar nej till nomineringen": the nominee's answer in words. Nothing is recorded from the
 * words (a reply in a chat can be half a thought); the nominee is shown their request again, with
 * its buttons, to answer with one press. Without a request waiting, they are told so.
 */
export function nominationAnswerPrompt(chat: ChatContext): Answer {
  const t = REPLY_TEXTS[chat.lang].nomination;
  const person = chat.asker.person;
  if (!person) return notice(t.notOnRoster);
  const data = chat.deps.store.read();
  const waiting = data.nominations
    .filter(
      (n) =>
        n.respondedAt === null &&
        (n.status === 'nominated' || n.status === 'reserve') &&
        data.nominationRounds.find((r) => r.id === n.roundId)?.status !== 'closed' &&
        personOfNominee(data, n)?.id === person.id,
    )
    .sort((a, b) => a.at.localeCompare(b.at));
  const first = waiting[0];
  if (!first) return notice(t.noRequestWaiting);
  const group = data.bodies.find((b) => b.id === first.groupId)?.name ?? first.groupId;
  const principal = data.principals.find((p) => p.id === first.principalId)?.name ?? '';
  const nominator = data.people.find((p) => p.id === first.nominatedBy[0])?.name ?? '';
  return {
    body: {
      kind: 'nomination-request',
      view: {
        nominationId: first.id,
        text: `${t.request(group, principal, nominator)}${waiting.length > 1 ? ` ${t.moreWaiting(waiting.length - 1)}` : ''}`,
        motivation: first.motivation,
        answered: null,
      },
    },
  };
}
