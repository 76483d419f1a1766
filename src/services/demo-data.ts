import { BODY_IDS, type Body } from '../domain/body.js';
import { addDays, swedishToday, toIsoDate, weekdayIndex } from '../domain/calendar-date.js';
import { meetingIdFor, type Meeting } from '../domain/meeting.js';
import type { JointCost } from '../domain/joint-cost.js';
import type { Membership, Person, Role } from '../domain/membership.js';
import { PopulationFileSchema, principalsFromPopulation } from '../domain/principal.js';
import { COLLECTION_NAMES } from '../domain/collections.js';
import { emptySamradData, type SamradData } from '../domain/samrad-data.js';
import { slugify } from '../domain/text.js';
import { formatDate } from '../i18n/format.js';
import { recordAudit } from './audit.js';
import { closeDecision, openDecision, recordAdoption, recordCondition } from './decisions.js';
import { importAgenda } from './import-agenda.js';
import { addWorkingGroup, nominate, openRound } from './nominations.js';
import { personActor, systemActor, type Clock, type SamradStore } from './ports.js';

/**
 * Demo data: Dalarna's principals with population, the networks' bodies, a small roster, the real
 * agenda of 3 April 2020, and a calendar of coming meetings dated relative to today, so that "next
 * meeting" always has an answer. The people on the roster are invented.
 */
export interface DemoSources {
  /** The population file (data/demo/dalarna-population-2021-06.json). */
  population: unknown;
  /** Agendas of past meetings, imported as they are. */
  archivedAgendas: { body: string; fileName: string; text: string }[];
  /** Agenda templates for each body's next meeting; "{{datum}}" becomes that meeting's date. */
  nextAgendas: { body: string; fileName: string; template: string }[];
}

export const DEMO_BODIES: Body[] = [
  {
    id: BODY_IDS.valfardsradet,
    name: 'Välfärdsrådet',
    kind: 'council',
    aliases: ['VFR', 'Välfärdsråd', 'Vårldsrådet', 'Welfare Council'],
    parentBodyId: null,
  },
  {
    id: BODY_IDS.chefsnatverket,
    name: 'Chefsnätverket',
    kind: 'network',
    aliases: [
      'CHNV',
      'LCHNV',
      'Länsnätverket för förvaltningschefer',
      'Länsnätverket',
      'Chefsnätverk',
      'Heads network',
      'Network of social services heads',
    ],
    parentBodyId: BODY_IDS.valfardsradet,
  },
  {
    id: BODY_IDS.styrgruppChnv,
    name: 'Styrgrupp CHNV',
    kind: 'steering-group',
    aliases: [
      'Styrgruppen',
      'Styrgruppen för Chefsnätverket',
      'Styrgrupp för Chefsnätverket',
      'Steering group',
      'CHNV steering group',
    ],
    parentBodyId: BODY_IDS.chefsnatverket,
  },
  {
    id: BODY_IDS.socialchefsnatverket,
    name: 'Socialchefsnätverket',
    kind: 'network',
    aliases: ['Socialchefsnätverk', 'SCN', 'Nätverket för socialchefer', 'Social services heads network'],
    parentBodyId: BODY_IDS.chefsnatverket,
  },
];

/** The networks' own example: three development-leader posts today, four proposed from 2027. */
export const DEMO_JOINT_COSTS: JointCost[] = [
  {
    id: 'rss-utvecklingsledare',
    name: 'Utvecklingsledare inom RSS Dalarna',
    aliases: ['RSS', 'RSS Dalarna', 'utvecklingsledare', 'utvecklingsledarna', 'development leaders'],
    amount: 4_000_000,
    currentAmount: 2_600_000,
    split: 'principals',
    note: 'Förslag: fyra tjänster från 2027 (i dag tre tjänster).',
  },
];

type RosterRow = [name: string, principal: string, role: Role, bodies: string[]];

const ROSTER: RosterRow[] = [
  ['Karin Lindqvist', 'Region Dalarna', 'chair', [BODY_IDS.chefsnatverket, BODY_IDS.styrgruppChnv]],
  ['Erik Sandberg', 'Region Dalarna', 'secretary', [BODY_IDS.chefsnatverket, BODY_IDS.styrgruppChnv]],
  ['Maria Holm', 'Falun', 'member', [BODY_IDS.chefsnatverket, BODY_IDS.styrgruppChnv]],
  ['Johan Dahl', 'Borlänge', 'member', [BODY_IDS.chefsnatverket, BODY_IDS.socialchefsnatverket]],
  ['Sara Eklund', 'Mora', 'member', [BODY_IDS.chefsnatverket, BODY_IDS.socialchefsnatverket]],
  ['Anders Nyberg', 'Ludvika', 'member', [BODY_IDS.chefsnatverket]],
  ['Lena Björk', 'Avesta', 'member', [BODY_IDS.chefsnatverket]],
  ['Per Ström', 'Leksand', 'member', [BODY_IDS.chefsnatverket]],
  ['Helena Berg', 'Region Dalarna', 'member', [BODY_IDS.chefsnatverket]],
  ['Oskar Lund', 'Gagnef', 'substitute', [BODY_IDS.chefsnatverket]],
  ['Elin Forsberg', 'Region Dalarna', 'observer', [BODY_IDS.chefsnatverket]],
  ['Gunilla Ek', 'Falun', 'chair', [BODY_IDS.valfardsradet]],
  ['Lars Hedlund', 'Region Dalarna', 'member', [BODY_IDS.valfardsradet]],
  ['Ingrid Sjöberg', 'Rättvik', 'member', [BODY_IDS.valfardsradet]],
  ['Mats Wikström', 'Hedemora', 'member', [BODY_IDS.valfardsradet]],
  ['Annika Falk', 'Region Dalarna', 'secretary', [BODY_IDS.valfardsradet, BODY_IDS.socialchefsnatverket]],
  ['Tomas Engström', 'Säter', 'chair', [BODY_IDS.socialchefsnatverket]],
];

function demoPeople(data: SamradData): { people: Person[]; memberships: Membership[] } {
  const people: Person[] = [];
  const memberships: Membership[] = [];
  ROSTER.forEach(([name, principalName, role, bodies], index) => {
    const id = slugify(name);
    const n = String(index + 1).padStart(3, '0');
    people.push({
      id,
      name,
      email: `${id.replace(/-/g, '.')}@example.org`,
      teamsId: `00000000-0000-4000-8000-000000000${n}`,
      slackId: `U0DEMO${n}`,
    });
    const principal = data.principals.find((p) => p.name === principalName);
    for (const bodyId of bodies) {
      memberships.push({
        id: `${bodyId}.${id}`,
        personId: id,
        bodyId,
        principalId: principal?.id ?? '',
        role,
      });
    }
  });
  return { people, memberships };
}

/** The first given weekday (0 = Monday) of a month. */
function firstWeekday(year: number, month: number, weekday: number): string {
  const first = toIsoDate(year, month, 1) ?? '';
  return addDays(first, (weekday - weekdayIndex(first) + 7) % 7);
}

interface CalendarRule {
  body: string;
  /** Meeting date for a month, or null when the body does not meet that month. */
  dateIn: (year: number, month: number) => string | null;
  start: string;
  end: string;
  place: string;
  documentsUrl: string | null;
}

const FRIDAY = 4;
const THURSDAY = 3;
/** First Friday of the month; in January the second, clear of the New Year holidays; none in July. */
const chefsnatverketDate = (y: number, m: number) =>
  m === 7 ? null : addDays(firstWeekday(y, m, FRIDAY), m === 1 ? 7 : 0);

const CALENDAR: CalendarRule[] = [
  {
    body: BODY_IDS.chefsnatverket,
    dateIn: chefsnatverketDate,
    start: '09:30',
    end: '12:00',
    place: 'Teams',
    documentsUrl: 'https://www.regiondalarna.se/lansnatverk',
  },
  {
    // The council meets the Wednesday twelve days after the network, to take a position on what it forwards.
    body: BODY_IDS.valfardsradet,
    dateIn: (y, m) => {
      const network = chefsnatverketDate(y, m);
      return m === 1 || !network ? null : addDays(network, 12);
    },
    start: '13:00',
    end: '15:30',
    place: 'Regionhuset, Falun',
    documentsUrl: 'https://www.regiondalarna.se/valfardsradet',
  },
  {
    // The steering group prepares the network's meeting on the Monday of the week before it; in
    // January on the Monday of the same week, clear of the holidays.
    body: BODY_IDS.styrgruppChnv,
    dateIn: (y, m) => {
      const network = chefsnatverketDate(y, m);
      return network ? addDays(network, m === 1 ? -4 : -11) : null;
    },
    start: '08:30',
    end: '10:00',
    place: 'Teams',
    documentsUrl: null,
  },
  {
    body: BODY_IDS.socialchefsnatverket,
    dateIn: (y, m) => (m === 7 ? null : addDays(firstWeekday(y, m, THURSDAY), 7)),
    start: '13:00',
    end: '16:00',
    place: 'Teams',
    documentsUrl: null,
  },
];

/** Meetings from three months back to twelve months ahead; past ones are held. */
function demoCalendar(today: string): Meeting[] {
  const [year = 2026, month = 1] = today.split('-').map(Number);
  const meetings: Meeting[] = [];
  for (let offset = -3; offset <= 12; offset++) {
    const y = year + Math.floor((month - 1 + offset) / 12);
    const m = ((((month - 1 + offset) % 12) + 12) % 12) + 1;
    for (const rule of CALENDAR) {
      const date = rule.dateIn(y, m);
      if (!date) continue;
      const id = meetingIdFor(rule.body, date);
      meetings.push({
        id,
        bodyId: rule.body,
        date,
        startTime: rule.start,
        endTime: rule.end,
        place: rule.place,
        documentsUrl: rule.documentsUrl,
        joinUrl:
          rule.place === 'Teams' ? `https://teams.microsoft.com/l/meetup-join/samrad-demo/${id}` : null,
        status: date < today ? 'held' : 'planned',
        cancelledReason: null,
      });
    }
  }
  // As in the real calendars, one coming network meeting is called off ("mötet utgår").
  const coming = meetings.filter((mt) => mt.bodyId === BODY_IDS.chefsnatverket && mt.date > today);
  const cancelled = coming[2];
  if (cancelled) {
    cancelled.status = 'cancelled';
    cancelled.cancelledReason = 'Mötet utgår enligt beslut i Chefsnätverket.';
  }
  return meetings;
}

const at = (iso: string): Clock => ({ now: () => new Date(iso) });

/**
 * The journey of the decisions of 3 April 2020, as the record would hold it: the heart-failure
 * care programme adopted on condition that the region's KSG-B does the same (it did), the
 * sobering-up places and the discharge agreement forwarded to Välfärdsrådet, which recommended
 * them to the principals; most principals have adopted them, a few have not.
 */
async function seedDemoDecisions(store: SamradStore): Promise<void> {
  const chair = 'karin-lindqvist';
  const councilChair = 'gunilla-ek';
  await store.update((draft) => {
    if (draft.data.meetings.some((m) => m.id === 'valfardsradet-2020-04-22')) return;
    draft.insert('meetings', {
      id: 'valfardsradet-2020-04-22',
      bodyId: BODY_IDS.valfardsradet,
      date: '2020-04-22',
      startTime: '13:00',
      endTime: '15:30',
      place: 'Teams',
      documentsUrl: 'https://www.regiondalarna.se/valfardsradet',
      joinUrl: null,
      status: 'held',
      cancelledReason: null,
    });
  });
  const network = at('2020-04-03T11:00:00+02:00');
  const decide = async (
    meetingId: string,
    bodyId: string,
    personId: string,
    itemNumber: number,
    clock: Clock,
  ) => {
    const decision = await openDecision(store, clock, { personId, bodyId, meetingId, itemNumber });
    return closeDecision(store, clock, { decisionId: decision.id, personId, outcome: 'adopted' });
  };
  const heartFailure = await decide('chefsnatverket-2020-04-03', BODY_IDS.chefsnatverket, chair, 4, network);
  await recordCondition(store, at('2020-04-21T09:00:00+02:00'), systemActor('demo'), {
    decisionId: heartFailure.id,
    met: true,
  });
  const soberingUp = await decide('chefsnatverket-2020-04-03', BODY_IDS.chefsnatverket, chair, 5, network);
  const discharge = await decide('chefsnatverket-2020-04-03', BODY_IDS.chefsnatverket, chair, 6, network);
  const council = at('2020-04-22T14:00:00+02:00');
  for (const [forwarded, adoptedBy] of [
    [soberingUp, 13],
    [discharge, 16],
  ] as const) {
    const item = store.read().agendaItems.find((i) => i.id === forwarded.forwardedItemId);
    if (!item) continue;
    const recommendation = await decide(
      'valfardsradet-2020-04-22',
      BODY_IDS.valfardsradet,
      councilChair,
      item.number,
      council,
    );
    const principals = store.read().principals.slice(0, adoptedBy);
    for (const [index, principal] of principals.entries()) {
      const date = addDays('2020-05-04', index * 3);
      await recordAdoption(store, at(`${date}T12:00:00+02:00`), systemActor('demo'), {
        decisionId: recommendation.id,
        principalId: principal.id,
        date,
        adoptedBy: principal.kind === 'region' ? 'Regionstyrelsen' : 'Kommunstyrelsen',
      });
    }
  }
}

/**
 * Styrgrupp god och nära vård (Styrgrupp GNV), staffed by the 3+3 model as Chefsnätverket decided
 * on 3 April 2020: the round is open, some principals have nominated, and the appointment is
 * item 4 of Chefsnätverket's next meeting.
 */
async function seedDemoNominations(store: SamradStore, clock: Clock): Promise<void> {
  const group = await addWorkingGroup(store, clock, systemActor('demo'), {
    id: 'styrgrupp-gnv',
    name: 'Styrgrupp GNV',
    body: BODY_IDS.chefsnatverket,
    seats: { municipalities: { ordinary: 3, substitute: 0 }, region: { ordinary: 3, substitute: 0 } },
    kind: 'steering-group',
  });
  await store.update((draft) => {
    draft.update('bodies', group.id, (body) => {
      body.aliases = [
        'Styrgrupp god och nära vård',
        'Styrgruppen för god och nära vård',
        'GNV',
        'GNV steering group',
        'Steering group for good and close care',
      ];
    });
  });
  const today = swedishToday(clock.now());
  const next = store
    .read()
    .meetings.filter((m) => m.bodyId === BODY_IDS.chefsnatverket && m.date >= today && m.status === 'planned')
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!next) return;
  await openRound(store, clock, systemActor('demo'), {
    group: group.id,
    deadline: addDays(next.date, -3),
    decideAt: next.id,
  });
  for (const [name, principal] of [
    ['Lena Björk', 'Avesta'],
    ['Sara Eklund', 'Mora'],
    ['Helena Berg', 'Region Dalarna'],
  ] as const) {
    await nominate(store, clock, {
      group: group.id,
      name,
      principal,
      nominator: personActor('karin-lindqvist'),
    });
  }
  const appointmentItem = store
    .read()
    .agendaItems.find((i) => i.meetingId === next.id && /Styrgrupp GNV/.test(i.title));
  if (appointmentItem) {
    await store.update((draft) => {
      const round = draft.data.nominationRounds.find((r) => r.groupId === group.id);
      if (round)
        draft.update('nominationRounds', round.id, (r) => void (r.decisionItemId = appointmentItem.id));
    });
  }
}

/**
 * Builds the demo data for the day the clock says it is, in `scratch` (an empty store), with the same
 * use cases that real imports go through.
 */
export async function buildDemoData(
  sources: DemoSources,
  clock: Clock,
  scratch: SamradStore,
): Promise<SamradData> {
  const data = emptySamradData();
  data.principals = principalsFromPopulation(PopulationFileSchema.parse(sources.population));
  data.bodies = structuredClone(DEMO_BODIES);
  data.jointCosts = structuredClone(DEMO_JOINT_COSTS);
  Object.assign(data, demoPeople(data));
  const today = swedishToday(clock.now());
  data.meetings = demoCalendar(today);
  const store = scratch;
  await store.update((draft) => {
    for (const collection of COLLECTION_NAMES) {
      for (const record of data[collection]) draft.insert(collection, record as never);
    }
  });
  for (const agenda of sources.archivedAgendas) {
    await importAgenda(store, clock, systemActor('demo'), {
      text: agenda.text,
      fileName: agenda.fileName,
      body: agenda.body,
    });
  }
  for (const agenda of sources.nextAgendas) {
    const next = store
      .read()
      .meetings.filter((m) => m.bodyId === agenda.body && m.date >= today && m.status === 'planned')
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!next) continue;
    const text = agenda.template.replaceAll('{{datum}}', formatDate(next.date, 'sv'));
    await importAgenda(store, clock, systemActor('demo'), {
      text,
      fileName: agenda.fileName,
      body: agenda.body,
    });
  }
  await seedDemoDecisions(store);
  await seedDemoNominations(store, clock);
  await store.update((draft) =>
    recordAudit(draft, clock, systemActor('demo'), 'demo.loaded', 'store', {
      meetings: draft.data.meetings.length,
      members: draft.data.memberships.length,
    }),
  );
  // A copy: the scratch store keeps its own records.
  return structuredClone(store.read());
}
