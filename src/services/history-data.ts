import { agendaItemId, type AgendaItem } from '../domain/agenda-item.js';
import type { AuditEntry } from '../domain/audit-entry.js';
import type { Body } from '../domain/body.js';
import { addDays, swedishToday } from '../domain/calendar-date.js';
import {
  CHOICES,
  type Adoption,
  type Choice,
  type Decision,
  type Outcome,
  type Vote,
} from '../domain/decision.js';
import { meetingIdFor, type Meeting } from '../domain/meeting.js';
import type { Membership, Person } from '../domain/membership.js';
import type { Nomination, NominationRound, WorkingGroup } from '../domain/nomination.js';
import type { SamradData } from '../domain/samrad-data.js';
import { slugify } from '../domain/text.js';
import type { Clock } from './ports.js';

/**
 * A realistic synthetic history, so that anyone can try samrad at ten years' size: for each body a
 * roster of 28 voting members, a meeting about every 17 days (none in July), 16 agenda items each,
 * six decisions per meeting with every member's vote (and about a quarter changing their vote),
 * recommendations with the principals' adoptions, a nomination round a year, and the audit log
 * all of that leaves. Built straight as records (the use cases would take minutes at this size)
 * and checked whole when the store takes it. The same arguments always give the same history.
 */
export interface HistoryOptions {
  years: number;
  bodies: number;
}

const MEMBERS_PER_BODY = 28;
const ITEMS_PER_MEETING = 16;
const DECISIONS_PER_MEETING = 6;
const DAYS_BETWEEN_MEETINGS = 17;

const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Karin',
  'Lars',
  'Maria',
  'Johan',
  'Eva',
  'Per',
  'Lena',
  'Anders',
  'Sara',
  'Mikael',
  'Helena',
  'Jonas',
  'Ingrid',
  'Magnus',
  'Ulla',
  'Peter',
  'Birgitta',
  'Fredrik',
];
const LAST_NAMES = [
  'Andersson',
  'Berg',
  'Dahl',
  'Ek',
  'Forsberg',
  'Gustafsson',
  'Holm',
  'Isaksson',
  'Jansson',
  'Karlsson',
  'Lind',
  'Mattsson',
  'Nilsson',
  'Olsson',
  'Persson',
  'Sandberg',
  'Törnqvist',
  'Wallin',
];
const TOPICS = [
  'Vårdprogram för hjärtsvikt',
  'Tillnyktringsplatser i länet',
  'Överenskommelse om utskrivning från slutenvård',
  'Uppföljning av god och nära vård',
  'Länsgemensam handlingsplan för psykisk hälsa',
  'Samverkan kring barn och unga i behov av särskilt stöd',
  'Kompetensförsörjning inom socialtjänsten',
  'Digitala vårdmöten i hemtjänsten',
  'Ekonomiskt bistånd och arbetsmarknadsinsatser',
  'Suicidprevention i Dalarna',
  'Missbruks- och beroendevård, gemensam riktlinje',
  'Äldreomsorgens läkarmedverkan',
  'RSS Dalarnas verksamhetsplan',
  'Hemlöshet och bostadsförsörjning',
  'Våld i nära relationer, regional samordning',
];
const EXTRA_BODY_NAMES = [
  'Barn- och ungdomsnätverket',
  'Äldreomsorgsnätverket',
  'Funktionshindernätverket',
  'Missbruks- och beroendenätverket',
  'Psykiatrinätverket',
  'Arbetsmarknadsnätverket',
];

/** A small, fast, seeded random source (mulberry32), so the history is the same every time. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds `years` of history for `bodies` bodies to the demo data (in place), and returns it. */
export function addHistory(data: SamradData, clock: Clock, options: HistoryOptions): SamradData {
  const random = randomSource(20200403 + options.years * 31 + options.bodies);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const today = swedishToday(clock.now());
  const start = addDays(today, -Math.round(options.years * 365.25));
  let voteId = Number(data.votes.at(-1)?.id ?? 0);
  let auditId = Number(data.audit.at(-1)?.id ?? 0);
  const audit = (
    at: string,
    actor: string,
    action: string,
    subject: string,
    details: AuditEntry['details'],
  ) => data.audit.push({ id: String(++auditId), at, actor, action, subject, details });

  const bodies = historyBodies(data, options.bodies);
  const region = data.principals.find((p) => p.kind === 'region')!;
  const municipalities = data.principals.filter((p) => p.kind === 'municipality');
  for (const [b, body] of bodies.entries()) {
    // The roster: one head per municipality, the region's directors, and a few more for the region.
    const seats: Membership[] = [];
    for (let m = 0; m < MEMBERS_PER_BODY; m++) {
      const principal = m < municipalities.length ? municipalities[m]! : region;
      const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
      const person: Person = {
        id: `historik-${b + 1}-${m + 1}-${slugify(name)}`,
        name,
        email: `${slugify(name)}.${b + 1}${m + 1}@${slugify(principal.name)}.se`,
        teamsId: null,
        slackId: null,
      };
      data.people.push(person);
      const seat: Membership = {
        id: `${body.id}.${person.id}`,
        personId: person.id,
        bodyId: body.id,
        principalId: principal.id,
        role: m === 0 ? 'chair' : m === 1 ? 'secretary' : 'member',
      };
      data.memberships.push(seat);
      seats.push(seat);
    }
    const chair = seats[0]!.personId;
    const taken = new Set(data.meetings.filter((m) => m.bodyId === body.id).map((m) => m.date));

    for (let date = addDays(start, b * 3); date < today; date = addDays(date, DAYS_BETWEEN_MEETINGS)) {
      if (date.slice(5, 7) === '07' || taken.has(date)) continue;
      const meeting: Meeting = {
        id: meetingIdFor(body.id, date),
        bodyId: body.id,
        date,
        startTime: '09:30',
        endTime: '12:00',
        place: random() < 0.5 ? 'Teams' : 'Region Dalarna, Falun',
        documentsUrl: null,
        joinUrl: null,
        status: 'held',
        cancelledReason: null,
      };
      data.meetings.push(meeting);
      const openedAt = `${date}T08:30:00.000Z`;
      audit(openedAt, 'system:cli', 'agenda.imported', meeting.id, { items: ITEMS_PER_MEETING });
      const items = meetingItems(meeting, pick);
      data.agendaItems.push(...items);

      const decisionItems = items.filter((i) => i.kind === 'decision').slice(0, DECISIONS_PER_MEETING);
      for (const [d, item] of decisionItems.entries()) {
        const outcome: Outcome =
          random() < 0.85 ? 'adopted' : pick(['rejected', 'tabled', 'sent-back'] as const);
        const recommendation = outcome === 'adopted' && d === 0 && random() < 0.3;
        const at = `${date}T${String(9 + Math.floor(d / 2)).padStart(2, '0')}:${d % 2 === 0 ? '05' : '35'}:00.000Z`;
        const decision: Decision = {
          id: `${item.id}-beslut`,
          meetingId: meeting.id,
          itemId: item.id,
          itemNumber: item.number,
          bodyId: body.id,
          status: 'closed',
          openedAt: at,
          openedBy: chair,
          proposal: item.proposal,
          anonymous: false,
          allowSubstitutes: false,
          closedAt: at.replace(/:(05|35):/, ':25:'),
          closedBy: chair,
          outcome,
          amendment: null,
          adoptedClauses: outcome === 'adopted' ? item.proposal : [],
          conditions: [],
          conditionStatus: 'none',
          forwardedToBodyId: null,
          forwardedItemId: null,
          tabledToItemId: null,
          recommendation,
          adoptionDeadline: recommendation ? addDays(date, 90) : null,
        };
        data.decisions.push(decision);
        item.decision = decision.adoptedClauses;
        audit(at, chair, 'decision.opened', decision.id, { item: item.id });
        for (const seat of seats) {
          const first: Choice = random() < 0.8 ? 'for' : pick(CHOICES);
          const choices = random() < 0.25 ? [first, pick(CHOICES.filter((c) => c !== first))] : [first];
          let previous: Choice | null = null;
          for (const choice of choices) {
            const vote: Vote = {
              id: String(++voteId),
              decisionId: decision.id,
              membershipId: seat.id,
              personId: seat.personId,
              principalId: seat.principalId,
              choice,
              at,
              previous,
            };
            data.votes.push(vote);
            previous = choice;
          }
        }
        audit(decision.closedAt!, chair, 'decision.closed', decision.id, { outcome });
        if (recommendation) {
          for (const principal of data.principals) {
            if (random() < 0.1) continue; // a few never get round to it
            const adoption: Adoption = {
              id: `${decision.id}-${principal.id}`,
              decisionId: decision.id,
              principalId: principal.id,
              date: addDays(date, 20 + Math.floor(random() * 80)),
              adoptedBy: principal.kind === 'region' ? 'Regionstyrelsen' : 'Kommunstyrelsen',
              recordedAt: `${addDays(date, 100)}T10:00:00.000Z`,
            };
            data.adoptions.push(adoption);
          }
        }
      }
    }
    addNominationRounds(data, body, seats, start, today, pick);
  }
  return data;
}

/** The demo bodies first, then networks of their own, up to `count`. */
function historyBodies(data: SamradData, count: number): Body[] {
  const bodies = data.bodies.filter((b) => b.kind === 'network' || b.kind === 'council').slice(0, count);
  for (let n = 0; bodies.length < count; n++) {
    const name =
      EXTRA_BODY_NAMES[n % EXTRA_BODY_NAMES.length]! + (n >= EXTRA_BODY_NAMES.length ? ` ${n + 1}` : '');
    const body: Body = { id: slugify(name), name, kind: 'network', aliases: [], parentBodyId: null };
    data.bodies.push(body);
    bodies.push(body);
  }
  return bodies;
}

function meetingItems(meeting: Meeting, pick: <T>(list: readonly T[]) => T): AgendaItem[] {
  const item = (number: number, fields: Partial<AgendaItem>): AgendaItem => ({
    id: agendaItemId(meeting.id, number),
    meetingId: meeting.id,
    number,
    title: '',
    kind: 'procedural',
    presenter: null,
    presenterOrganisation: null,
    attachments: [],
    note: null,
    background: '',
    proposal: [],
    decision: [],
    ...fields,
  });
  const items = [
    item(1, { title: 'Mötets öppnande' }),
    item(2, { title: 'Godkännande av dagordning', proposal: ['att godkänna dagordningen.'] }),
    item(3, {
      title: 'Föregående minnesanteckningar',
      attachments: [1],
      proposal: ['att lägga minnesanteckningarna till handlingarna.'],
    }),
  ];
  for (let n = 4; n < ITEMS_PER_MEETING; n++) {
    const topic = pick(TOPICS);
    const decides = n - 4 < DECISIONS_PER_MEETING + 1;
    items.push(
      item(n, {
        title: `${topic} (Bil ${n - 2})`,
        kind: decides ? 'decision' : 'information',
        presenter: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
        presenterOrganisation: pick(['RSS Dalarna', 'Region Dalarna', 'Falu kommun', 'Borlänge kommun']),
        attachments: [n - 2],
        background: `Styrgruppen har berett ärendet om ${topic.toLowerCase()} och lämnar förslag till beslut.`,
        proposal: decides
          ? [`att godkänna förslaget om ${topic.toLowerCase()}.`]
          : ['att lägga informationen till handlingarna.'],
      }),
    );
  }
  items.push(item(ITEMS_PER_MEETING, { title: 'Övriga frågor' }));
  return items;
}

/** One nomination round a year for a working group under the body, 3+3, closed once decided. */
function addNominationRounds(
  data: SamradData,
  body: Body,
  seats: readonly Membership[],
  start: string,
  today: string,
  pick: <T>(list: readonly T[]) => T,
): void {
  const groupBody: Body = {
    id: `${body.id}-arbetsgrupp`,
    name: `Arbetsgrupp inom ${body.name}`,
    kind: 'working-group',
    aliases: [],
    parentBodyId: body.id,
  };
  if (data.bodies.some((b) => b.id === groupBody.id)) return;
  data.bodies.push(groupBody);
  const group: WorkingGroup = {
    id: groupBody.id,
    bodyId: body.id,
    seats: { municipalities: { ordinary: 3, substitute: 0 }, region: { ordinary: 3, substitute: 0 } },
    perPrincipal: null,
  };
  data.workingGroups.push(group);
  for (let year = Number(start.slice(0, 4)) + 1; `${year}-02-01` < today; year++) {
    const opened = `${year}-02-01`;
    const round: NominationRound = {
      id: `${group.id}-nominering-${year}`,
      groupId: group.id,
      status: 'closed',
      pausedReason: null,
      deadline: `${year}-03-01`,
      decideAtMeetingId: null,
      decisionItemId: null,
      openedAt: `${opened}T08:00:00.000Z`,
      changes: [
        { status: 'open', at: `${opened}T08:00:00.000Z`, by: seats[0]!.personId, reason: null },
        { status: 'closed', at: `${year}-03-15T08:00:00.000Z`, by: seats[0]!.personId, reason: null },
      ],
    };
    data.nominationRounds.push(round);
    for (let n = 0; n < 8; n++) {
      const seat = seats[n * 3 + 1] ?? seats[0]!;
      const principal = data.principals.find((p) => p.id === seat.principalId)!;
      const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
      const nomination: Nomination = {
        id: `${round.id}-${n + 1}-${slugify(name)}`,
        roundId: round.id,
        groupId: group.id,
        name,
        email: null,
        principalId: principal.id,
        side: principal.kind === 'region' ? 'region' : 'municipalities',
        seat: 'ordinary',
        motivation: null,
        status: n < 6 ? 'appointed' : 'declined',
        nominatedBy: [seat.personId],
        at: `${year}-02-${String(2 + n).padStart(2, '0')}T10:00:00.000Z`,
        respondedAt: null,
      };
      data.nominations.push(nomination);
    }
  }
}
