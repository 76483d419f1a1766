import { z } from 'zod';
import { agendaItemId, type AgendaItem } from '../domain/agenda-item.js';
import { BodyIdSchema, findBody, type Body, type BodyKind } from '../domain/body.js';
import { recordByKey } from '../domain/data-index.js';
import { isAdopted } from '../domain/decision.js';
import type { Meeting } from '../domain/meeting.js';
import type { Membership, Person } from '../domain/membership.js';
import {
  holdsSeat,
  roundOfItem,
  type Nomination,
  type NominationRound,
  type SeatKind,
  type Side,
  type WorkingGroup,
} from '../domain/nomination.js';
import type { SamradData } from '../domain/samrad-data.js';
import { foldText, slugify, uniqueId } from '../domain/text.js';
import { SamradError } from '../errors/samrad-error.js';
import { recordAudit } from './audit.js';
import { chairsOrSecretaries, currentOrNextMeeting } from './body-roles.js';
import { nextItemNumber, requireBody, requirePrincipal } from './lookups.js';
import {
  actorLabel,
  personActor,
  type Actor,
  type Clock,
  type SamradStore,
  type StoreDraft,
} from './ports.js';

/**
 * Staffing working groups by nomination: groups with seat rules, rounds that open, pause, close and
 * reopen, nominations on behalf of principals (merged when the same person is nominated twice,
 * reserves when a side is full), the nominees' answers, and the appointment that follows the
 * body's decision.
 */
export function requireGroup(data: SamradData, typed: string): { group: WorkingGroup; body: Body } {
  const body = findBody(
    data.bodies.filter((b) => data.workingGroups.some((g) => g.id === b.id)),
    typed,
  );
  const group = body ? data.workingGroups.find((g) => g.id === body.id) : undefined;
  if (!body || !group) throw new SamradError('nomination.unknown-group', { group: typed });
  return { group, body };
}

/** The group's current round: the latest one. */
export function currentRound(data: SamradData, groupId: string): NominationRound | undefined {
  return data.nominationRounds.filter((r) => r.groupId === groupId).at(-1);
}

function requireRound(data: SamradData, group: WorkingGroup, body: Body): NominationRound {
  const round = currentRound(data, group.id);
  if (!round) throw new SamradError('nomination.no-round', { group: body.name });
  return round;
}

export interface AddGroupInput {
  id?: string;
  name: string;
  /** The body that runs the nominations and appoints. */
  body: string;
  seats: WorkingGroup['seats'];
  perPrincipal?: number;
  kind?: BodyKind;
}

export async function addWorkingGroup(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: AddGroupInput,
): Promise<WorkingGroup> {
  const name = input.name.trim();
  if (name === '' || name.length > 120) throw new SamradError('input.invalid', { detail: 'name' });
  const id = input.id?.trim() || slugify(name);
  if (!BodyIdSchema.safeParse(id).success) throw new SamradError('input.invalid', { detail: `id "${id}"` });
  return store.update((draft) => {
    const runBy = requireBody(draft.data, input.body);
    if (draft.data.workingGroups.some((g) => g.id === id)) throw new SamradError('body.exists', { body: id });
    if (!draft.data.bodies.some((b) => b.id === id)) {
      draft.insert('bodies', {
        id,
        name,
        kind: input.kind ?? 'working-group',
        aliases: [],
        parentBodyId: runBy.id,
      });
    }
    const group: WorkingGroup = {
      id,
      bodyId: runBy.id,
      seats: input.seats,
      perPrincipal: input.perPrincipal ?? null,
    };
    draft.insert('workingGroups', group);
    recordAudit(draft, clock, actor, 'group.added', id, { body: runBy.id, seats: input.seats });
    return group;
  });
}

/** A round's status changes, and the change is added to its history. Works on a copy of the round. */
function changeStatus(
  status: NominationRound['status'],
  clock: Clock,
  by: Actor,
  reason: string | null,
): (round: NominationRound) => void {
  return (round) => {
    round.status = status;
    round.pausedReason = status === 'paused' ? reason : null;
    round.changes.push({ status, at: clock.now().toISOString(), by: actorLabel(by), reason });
  };
}

/**
 * Opens a round for a group. A closed round is reopened instead, keeping its nominations, so that
 * seats can be completed later ("komplettering efterhand").
 */
export async function openRound(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: { group: string; deadline: string; decideAt?: string },
): Promise<NominationRound> {
  return store.update((draft) => {
    const data = draft.data;
    const { group, body } = requireGroup(data, input.group);
    const decideAt = input.decideAt ? data.meetings.find((m) => m.id === input.decideAt) : undefined;
    if (input.decideAt && !decideAt)
      throw new SamradError('input.unknown-meeting', { meeting: input.decideAt });
    const existing = currentRound(data, group.id);
    if (existing && existing.status !== 'closed') {
      throw new SamradError('nomination.round-exists', { group: body.name, status: existing.status });
    }
    if (existing) {
      const reopened = draft.update('nominationRounds', existing.id, (r) => {
        r.deadline = input.deadline;
        r.decideAtMeetingId = decideAt?.id ?? r.decideAtMeetingId;
        r.decisionItemId = null;
        changeStatus('open', clock, actor, 'reopened')(r);
      });
      recordAudit(draft, clock, actor, 'round.reopened', reopened.id, { deadline: input.deadline });
      return reopened;
    }
    const round: NominationRound = {
      id: uniqueId(`${group.id}-nominering`, (id) => data.nominationRounds.some((r) => r.id === id)),
      groupId: group.id,
      status: 'open',
      pausedReason: null,
      deadline: input.deadline,
      decideAtMeetingId: decideAt?.id ?? null,
      decisionItemId: null,
      openedAt: clock.now().toISOString(),
      changes: [],
    };
    changeStatus('open', clock, actor, null)(round);
    draft.insert('nominationRounds', round);
    recordAudit(draft, clock, actor, 'round.opened', round.id, { deadline: input.deadline });
    return round;
  });
}

/** Pauses, resumes or closes a group's round. */
export async function setRoundStatus(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: { group: string; status: 'paused' | 'open' | 'closed'; reason?: string },
): Promise<NominationRound> {
  return store.update((draft) => {
    const { group, body } = requireGroup(draft.data, input.group);
    const current = requireRound(draft.data, group, body);
    if (current.status === 'closed' && input.status !== 'closed')
      throw new SamradError('nomination.round-closed', { group: body.name });
    const round = draft.update(
      'nominationRounds',
      current.id,
      changeStatus(input.status, clock, actor, input.reason?.trim() || null),
    );
    recordAudit(
      draft,
      clock,
      actor,
      `round.${input.status === 'open' ? 'resumed' : input.status}`,
      round.id,
      { reason: input.reason ?? null },
    );
    return round;
  });
}

export interface NominateInput {
  group: string;
  name: string;
  email?: string;
  principal: string;
  seat?: SeatKind;
  side?: Side;
  motivation?: string;
  /** The nominating person's id, or "cli" for the secretary at the command line. */
  /** Who nominates: a person (within their seats) or the operator at the command line. */
  nominator: Actor;
}

export interface NominateResult {
  nomination: Nomination;
  /** The same person was already nominated in this round; this nomination was merged into it. */
  merged: boolean;
  /** The side (or the principal's share of it) was full: the nominee is a reserve. */
  reserve: boolean;
}

function seatsTaken(draft: SamradData, roundId: string, side: Side, seat: SeatKind): number {
  return draft.nominations.filter(
    (n) => n.roundId === roundId && n.side === side && n.seat === seat && holdsSeat(n),
  ).length;
}

function checkNominator(draft: SamradData, group: WorkingGroup, nominator: Actor, principalId: string): void {
  // The operator at the command line may nominate for anyone; a person only as their seats allow.
  if (nominator.kind === 'system') return;
  if (nominator.kind !== 'person') {
    throw new SamradError('nomination.not-allowed', { body: requireBody(draft, group.bodyId).name });
  }
  const nominatorId = nominator.personId;
  const runBy = requireBody(draft, group.bodyId);
  const seats = draft.memberships.filter((m) => m.personId === nominatorId && m.bodyId === group.bodyId);
  if (seats.length === 0) throw new SamradError('nomination.not-allowed', { body: runBy.name });
  if (chairsOrSecretaries(draft, nominatorId, group.bodyId)) return;
  if (!seats.some((m) => m.principalId === principalId)) {
    const own = draft.principals.find((p) => p.id === seats[0]?.principalId)?.name ?? '';
    throw new SamradError('nomination.own-principal', { principal: own });
  }
}

/** Nominates someone to a group, by a member for their own principal (the chair or secretary for any). */
export async function nominate(
  store: SamradStore,
  clock: Clock,
  input: NominateInput,
): Promise<NominateResult> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  // Control characters and direction overrides have no place in a name, and would make a list of
  // names read other than it is.
  if (name === '' || name.length > 120 || !/\p{L}/u.test(name) || /[\p{Cc}\p{Cf}]/u.test(name))
    throw new SamradError('nomination.name-invalid');
  const email = input.email?.trim() || null;
  // The same check as the record's schema: an address it would refuse is refused here, as bad input.
  if (email && !z.email().safeParse(email).success)
    throw new SamradError('nomination.email-invalid', { email });
  const motivation = input.motivation?.trim() || null;
  if (motivation && motivation.length > 1000) throw new SamradError('nomination.motivation-invalid');
  return store.update((draft) => {
    const data = draft.data;
    const { group, body } = requireGroup(data, input.group);
    const round = requireRound(data, group, body);
    if (round.status === 'paused')
      throw new SamradError('nomination.round-paused', {
        group: body.name,
        reason: round.pausedReason ?? '',
      });
    if (round.status === 'closed') throw new SamradError('nomination.round-closed', { group: body.name });
    const principal = requirePrincipal(data, input.principal);
    const side: Side = principal.kind === 'region' ? 'region' : 'municipalities';
    if (input.side && input.side !== side) {
      throw new SamradError('nomination.side-mismatch', {
        principal: principal.name,
        side: side === 'region' ? 'regionen' : 'kommunerna',
      });
    }
    checkNominator(data, group, input.nominator, principal.id);
    if (email) {
      // An address that belongs to someone else on the roster is refused: it would carry the seat,
      // and the cards meant for the nominee, to that person.
      const holder = data.people.find((p) => p.email?.toLowerCase() === email.toLowerCase());
      if (holder && foldText(holder.name) !== foldText(name)) {
        throw new SamradError('nomination.email-taken', { email });
      }
    }
    const by = actorLabel(input.nominator);
    const same = data.nominations.find(
      (n) =>
        n.roundId === round.id &&
        n.status !== 'declined' &&
        // The same person: the same name for the same principal (a namesake for another principal
        // is someone else), or the same address.
        ((foldText(n.name) === foldText(name) && n.principalId === principal.id) ||
          (email !== null && n.email?.toLowerCase() === email.toLowerCase())),
    );
    if (same) {
      const merged = draft.update('nominations', same.id, (n) => {
        if (!n.nominatedBy.includes(by)) n.nominatedBy.push(by);
        n.email ??= email;
        n.motivation ??= motivation;
      });
      recordAudit(draft, clock, input.nominator, 'nomination.merged', merged.id, { name });
      return { nomination: merged, merged: true, reserve: merged.status === 'reserve' };
    }
    const seat = input.seat ?? 'ordinary';
    const sideFull = seatsTaken(data, round.id, side, seat) >= group.seats[side][seat];
    const principalFull =
      group.perPrincipal !== null &&
      data.nominations.filter((n) => n.roundId === round.id && n.principalId === principal.id && holdsSeat(n))
        .length >= group.perPrincipal;
    const nomination: Nomination = {
      id: uniqueId(`${round.id}-${slugify(name)}`, (id) => data.nominations.some((n) => n.id === id)),
      roundId: round.id,
      groupId: group.id,
      name,
      email,
      principalId: principal.id,
      side,
      seat,
      motivation,
      status: sideFull || principalFull ? 'reserve' : 'nominated',
      nominatedBy: [by],
      at: clock.now().toISOString(),
      respondedAt: null,
    };
    draft.insert('nominations', nomination);
    recordAudit(draft, clock, input.nominator, 'nomination.added', nomination.id, {
      name,
      principal: principal.name,
      status: nomination.status,
    });
    return { nomination, merged: false, reserve: nomination.status === 'reserve' };
  });
}

/** The roster person a nominee is, if the bot knows them: by e-mail, else by name. */
export function personOfNominee(data: SamradData, nomination: Nomination): Person | undefined {
  // Who a nominee is comes from the name and the principal together, never from an e-mail address
  // alone: anyone can type anyone's address. A namesake for another principal is someone else.
  return data.people.find(
    (p) =>
      foldText(p.name) === foldText(nomination.name) &&
      data.memberships.some((m) => m.personId === p.id && m.principalId === nomination.principalId),
  );
}

/**
 * The nominee accepts or declines. A declined seat goes to the first reserve of the same side, in
 * the order they were nominated.
 */
export async function respondToNomination(
  store: SamradStore,
  clock: Clock,
  input: { nominationId: string; personId: string; accept: boolean },
): Promise<Nomination> {
  return store.update((draft) => {
    const data = draft.data;
    const current = data.nominations.find((n) => n.id === input.nominationId);
    if (!current) throw new SamradError('nomination.unknown', { nomination: input.nominationId });
    if (personOfNominee(data, current)?.id !== input.personId)
      throw new SamradError('nomination.not-nominee');
    const round = data.nominationRounds.find((r) => r.id === current.roundId);
    const body = data.bodies.find((b) => b.id === current.groupId);
    if (round?.status === 'closed' || current.status === 'appointed') {
      throw new SamradError('nomination.round-closed', { group: body?.name ?? current.groupId });
    }
    // One answer: the same answer again (the request pressed in another channel) changes nothing,
    // another is refused, since a seat declined may already have gone to the reserve.
    if (current.respondedAt) {
      const accepted = current.status !== 'declined';
      if (accepted === input.accept) return current;
      throw new SamradError('nomination.already-answered', {
        group: body?.name ?? current.groupId,
        accepted: accepted ? 'yes' : 'no',
      });
    }
    const heldSeat = holdsSeat(current);
    const nomination = draft.update('nominations', current.id, (n) => {
      n.status = input.accept ? (n.status === 'reserve' ? 'reserve' : 'accepted') : 'declined';
      n.respondedAt = clock.now().toISOString();
    });
    if (!input.accept && heldSeat) {
      const next = data.nominations.find(
        (n) =>
          n.roundId === nomination.roundId &&
          n.side === nomination.side &&
          n.seat === nomination.seat &&
          n.status === 'reserve',
      );
      if (next) draft.update('nominations', next.id, (n) => void (n.status = 'nominated'));
    }
    recordAudit(
      draft,
      clock,
      personActor(input.personId),
      input.accept ? 'nomination.accepted' : 'nomination.declined',
      nomination.id,
      {},
    );
    return nomination;
  });
}

export interface SeatCount {
  total: number;
  filled: number;
}

export interface GroupOverview {
  group: WorkingGroup;
  body: Body;
  runBy: Body;
  round: NominationRound | undefined;
  seats: Record<Side, SeatCount & { substitute: SeatCount }>;
  nominations: Nomination[];
}

export function groupOverview(data: SamradData, typed: string): GroupOverview {
  const { group, body } = requireGroup(data, typed);
  const round = currentRound(data, group.id);
  const nominations = round ? data.nominations.filter((n) => n.roundId === round.id) : [];
  const count = (side: Side, seat: SeatKind) => ({
    total: group.seats[side][seat],
    filled: nominations.filter((n) => n.side === side && n.seat === seat && holdsSeat(n)).length,
  });
  return {
    group,
    body,
    runBy: requireBody(data, group.bodyId),
    round,
    seats: {
      municipalities: {
        ...count('municipalities', 'ordinary'),
        substitute: count('municipalities', 'substitute'),
      },
      region: { ...count('region', 'ordinary'), substitute: count('region', 'substitute') },
    },
    nominations,
  };
}

/** The contract of `samrad nomination list --json`. */
export function nominationListJson(data: SamradData, overview: GroupOverview) {
  // The command line shows as "cli" (older records say "cli", newer "system:cli").
  const nominator = (label: string) =>
    label === 'cli' || label === 'system:cli'
      ? 'cli'
      : (data.people.find((p) => p.id === label)?.name ?? label);
  return {
    group: overview.group.id,
    groupName: overview.body.name,
    body: overview.runBy.id,
    status: overview.round?.status ?? 'none',
    pausedReason: overview.round?.pausedReason ?? null,
    deadline: overview.round?.deadline ?? null,
    decideAtMeetingId: overview.round?.decideAtMeetingId ?? null,
    seats: overview.seats,
    nominations: overview.nominations.map((n) => ({
      id: n.id,
      name: n.name,
      email: n.email,
      principal: data.principals.find((p) => p.id === n.principalId)?.name ?? n.principalId,
      side: n.side,
      seat: n.seat,
      status: n.status,
      nominatedBy: nominator(n.nominatedBy[0] ?? ''),
      alsoNominatedBy: n.nominatedBy.slice(1).map(nominator),
      motivation: n.motivation,
      at: n.at,
    })),
  };
}

function namesWithPrincipals(data: SamradData, list: Nomination[]): string {
  const named = list.map(
    (n) => `${n.name} (${data.principals.find((p) => p.id === n.principalId)?.name ?? ''})`,
  );
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} och ${named.at(-1)}`;
}

/**
 * Puts the round to the body as an agenda item on the meeting it was to be decided at (or the
 * body's next meeting), with a proposal naming the nominees; the decision flow takes it from there.
 */
export async function roundToAgendaItem(
  store: SamradStore,
  clock: Clock,
  input: { group: string; actor: Actor },
): Promise<AgendaItem> {
  return store.update((draft) => {
    const data = draft.data;
    const { group, body } = requireGroup(data, input.group);
    const runBy = requireBody(data, group.bodyId);
    const mayPut =
      input.actor.kind === 'system' ||
      (input.actor.kind === 'person' && chairsOrSecretaries(data, input.actor.personId, runBy.id));
    if (!mayPut) {
      throw new SamradError('decision.not-chair', { body: runBy.name });
    }
    const round = requireRound(data, group, body);
    const pending = pendingDecisionItem(data, round);
    if (pending) {
      // A second item would take the round from the first: adopting the first would then appoint
      // no one. The one item stands until its meeting is cancelled or the body decides otherwise.
      throw new SamradError('nomination.already-on-agenda', {
        group: body.name,
        date: pending.meeting.date,
        item: pending.item.number,
      });
    }
    const chosen = data.nominations.filter(
      (n) => n.roundId === round.id && holdsSeat(n) && n.status !== 'appointed',
    );
    if (chosen.length === 0) throw new SamradError('nomination.nothing-to-decide', { group: body.name });
    const meeting =
      (round.decideAtMeetingId
        ? data.meetings.find((m) => m.id === round.decideAtMeetingId && m.status !== 'cancelled')
        : undefined) ?? currentOrNextMeeting(data, clock, runBy.id);
    if (!meeting) throw new SamradError('decision.no-meeting', { body: runBy.name });
    const proposal: string[] = [];
    for (const side of ['municipalities', 'region'] as const) {
      for (const seat of ['ordinary', 'substitute'] as const) {
        const list = chosen.filter((n) => n.side === side && n.seat === seat);
        if (list.length === 0) continue;
        const role = seat === 'ordinary' ? (list.length === 1 ? 'ledamot' : 'ledamöter') : 'ersättare';
        const forWhom = side === 'municipalities' ? 'kommunerna' : 'regionen';
        proposal.push(
          `att utse ${namesWithPrincipals(data, list)} till ${role} i ${body.name} för ${forWhom}.`,
        );
      }
    }
    const number = nextItemNumber(data, meeting.id);
    const item: AgendaItem = {
      id: agendaItemId(meeting.id, number),
      meetingId: meeting.id,
      number,
      title: `Beslut om representanter till ${body.name}`,
      kind: 'decision',
      presenter: null,
      presenterOrganisation: null,
      attachments: [],
      note: null,
      background: `Nominering enligt ${seatRuleText(group)}. Nomineringar från huvudmännen, sista dag ${round.deadline}.`,
      proposal,
      decision: [],
    };
    draft.insert('agendaItems', item);
    draft.update('nominationRounds', round.id, (r) => void (r.decisionItemId = item.id));
    recordAudit(draft, clock, input.actor, 'round.put-to-decision', round.id, { item: item.id });
    return item;
  });
}

/** A tabled appointment item moved to a later meeting: the round now waits on the new item. */
export function moveRoundToItem(
  draft: StoreDraft,
  clock: Clock,
  actor: Actor,
  move: { from: string; to: string },
): void {
  const round = draft.data.nominationRounds.find((r) => r.decisionItemId === move.from);
  if (!round) return;
  draft.update('nominationRounds', round.id, (r) => void (r.decisionItemId = move.to));
  recordAudit(draft, clock, actor, 'round.item-moved', round.id, { from: move.from, item: move.to });
}

/**
 * An adopted appointment sent on to another body: the new item quotes the adopted clauses, names
 * and all, so it is one of the round's items too (see roundOfItem).
 */
export function noteRoundForwarded(
  draft: StoreDraft,
  clock: Clock,
  actor: Actor,
  move: { from: string; to: string },
): void {
  const round = roundOfItem(draft.data, move.from);
  if (!round) return;
  recordAudit(draft, clock, actor, 'round.item-forwarded', round.id, { from: move.from, item: move.to });
}

/**
 * The agenda item the round already waits on, if any: one on a meeting that still takes place and
 * whose decision, if taken, has not ended without an appointment (rejected, tabled, sent back).
 */
function pendingDecisionItem(
  data: SamradData,
  round: NominationRound,
): { item: AgendaItem; meeting: Meeting } | undefined {
  if (!round.decisionItemId) return undefined;
  const item = recordByKey(data, 'agendaItems', 'id', round.decisionItemId);
  const meeting = item && recordByKey(data, 'meetings', 'id', item.meetingId);
  if (!item || !meeting || meeting.status === 'cancelled') return undefined;
  const ended = data.decisions.some(
    (d) => d.itemId === item.id && d.status === 'closed' && !isAdopted(d.outcome),
  );
  return ended ? undefined : { item, meeting };
}

function seatRuleText(group: WorkingGroup): string {
  return `${group.seats.municipalities.ordinary}+${group.seats.region.ordinary}-modellen`;
}

/**
 * After the body adopts the appointment: the nominees holding seats become members of the group
 * for their principal (ordinary seats as members, substitute seats as substitutes), and the round
 * closes. Called inside the decision's own store change.
 */
export function appointFromRound(draft: StoreDraft, clock: Clock, actor: Actor, itemId: string): number {
  const data = draft.data;
  const round = data.nominationRounds.find((r) => r.decisionItemId === itemId);
  if (!round) return 0;
  const chosen = data.nominations.filter(
    (n) => n.roundId === round.id && holdsSeat(n) && n.status !== 'appointed',
  );
  for (const nomination of chosen) {
    let person = personOfNominee(data, nomination);
    if (!person) {
      person = draft.insert('people', {
        id: uniqueId(slugify(nomination.name), (id) => data.people.some((p) => p.id === id)),
        name: nomination.name,
        email: nomination.email,
        teamsId: null,
        slackId: null,
      });
    }
    const personId = person.id;
    if (!data.memberships.some((m) => m.personId === personId && m.bodyId === round.groupId)) {
      const membership: Membership = {
        id: uniqueId(`${round.groupId}.${personId}`, (id) => data.memberships.some((m) => m.id === id)),
        personId,
        bodyId: round.groupId,
        principalId: nomination.principalId,
        role: nomination.seat === 'ordinary' ? 'member' : 'substitute',
      };
      draft.insert('memberships', membership);
    }
    draft.update('nominations', nomination.id, (n) => void (n.status = 'appointed'));
  }
  draft.update('nominationRounds', round.id, changeStatus('closed', clock, actor, null));
  recordAudit(draft, clock, actor, 'round.appointed', round.id, { appointed: chosen.length });
  return chosen.length;
}
