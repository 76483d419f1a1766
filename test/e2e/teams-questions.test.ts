import { describe, expect, it } from 'vitest';
import { cardText } from '../helpers/card-checks.js';
import { useTeamsBot } from '../helpers/teams-harness.js';
import type { TeamsUser } from '../helpers/teams-client.js';

/**
 * Real questions, as members type them (typos and all), and what the answer must say. The bot runs
 * on the demo data on Monday 23 November 2026 at 10.30; Karin Lindqvist chairs Chefsnätverket for
 * Region Dalarna, the stranger is on no roster.
 */
const KARIN: TeamsUser = { name: 'Karin Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000001' };
const STRANGER: TeamsUser = { name: 'Okänd', aadObjectId: '5d1f0c3a-2b4e-4c6d-8e9f-0a1b2c3d4e5f' };

type Row = [question: string, mustSay: string[], who?: TeamsUser, mustNotSay?: string[]];

const QUESTIONS: Row[] = [
  // The next meeting, when and where
  ['När är nästa möte?', ['Chefsnätverket', 'fredag 4 december 2026, kl. 9.30–12']],
  ['när e nästa möte', ['fredag 4 december 2026']],
  ['Nästa mote för välfärdsrådet', ['Välfärdsrådet', 'onsdag 16 december 2026, kl. 13–15.30']],
  ['när träffas valfärdsrådet?', ['onsdag 16 december 2026']],
  ['när träffas styrgruppen nästa gång', ['Styrgrupp CHNV', 'måndag 4 januari 2027']],
  ['when does the Welfare Council meet next?', ['Välfärdsrådet', 'Wednesday 16 December 2026, 13:00–15:30']],
  ['Var är mötet?', ['Var', 'Teams', 'Anslut till mötet']],
  ['hur ansluter jag till nästa möte', ['Anslut till mötet']],
  ['where is the next meeting of Välfärdsrådet?', ['Where', 'Regionhuset, Falun']],
  ['nästa möte', ['fredag 4 december 2026'], STRANGER],
  // Agendas
  [
    'Vad står på dagordningen?',
    ['fredag 4 december 2026', 'Finansiering av utvecklingsledare inom RSS Dalarna 2027', 'Övriga frågor'],
  ],
  ['dagordningen för välfärdsrådet', ['Rekommendation om finansiering av utvecklingsledare']],
  [
    'dagordning 3 april 2020',
    ['fredag 3 april 2020', 'Beslut om reviderat läns gemensamt vårdprogram hjärtsvikt', 'SKYPE'],
  ],
  ['show the agenda', ['Friday 4 December 2026', 'decision', 'Documents']],
  ['DAGORDNINGEN', ['Finansiering av utvecklingsledare']],
  // One item
  [
    'punkt 5',
    ['Punkt 5. Finansiering av utvecklingsledare inom RSS Dalarna 2027', 'att tillstyrka fyra tjänster'],
  ],
  ['Punkt fem', ['Punkt 5. Finansiering av utvecklingsledare']],
  ['ärende 4', ['Punkt 4. Beslut om representanter till Styrgrupp god och nära vård']],
  ['item 6', ['Item 6. Uppföljning av länsgemensamt vårdprogram hjärtsvikt']],
  ['vem föredrar punkt 5?', ['Föredragande: Tanja Mårtensson, Region Dalarna']],
  ['vem föreddrar punkt 7', ['Föredragande: Jeanette Hjortsberg']],
  ['who presents item 6?', ['Presenter: Hans Liljeberg, Region Dalarna']],
  ['vem föredrar punkt 1?', ['Ingen föredragande är angiven för punkten.']],
  ['bilagor till punkt 5', ['Bilaga 3, 4']],
  ['vilka bilagor har punkt 5 den 3 april 2020', ['Bilaga 3–8', 'OBS! Bilaga 3 nytt underlag']],
  ['attachments for item 9 on 3 april 2020', ['Attachment 13–15']],
  [
    'förslag till beslut punkt 4',
    ['Förslag till beslut', 'att utse de nominerade representanterna till Styrgrupp GNV enligt bilaga 2.'],
  ],
  [
    'vad föreslås i punkt 5 3 april 2020',
    ['att godkänna utvärderingen och tillstyrka en förlängning av avtalet'],
  ],
  ['proposal for item 2', ['att godkänna dagordningen.']],
  ['punkt 42', ['har ingen punkt 42']],
  // Search by word
  [
    'hjärtsvikt',
    [
      'Uppföljning av länsgemensamt vårdprogram hjärtsvikt',
      'Beslut om reviderat läns gemensamt vårdprogram hjärtsvikt',
    ],
  ],
  ['hjartsvigt', ['vårdprogram hjärtsvikt']],
  ['tillnyktring', ['tillnyktringsplatser (TN-platser)']],
  ['sök kvinnofrid', ['Kvinnofrid 2020']],
  // The calendar
  ['kalendarium', ['Kalendarium', 'INSTÄLLT', 'fredag 4 december 2026']],
  ['vilka möten är inställda?', ['INSTÄLLT']],
  ['kommande möten för chefsnätverket', ['Kalendarium – Chefsnätverket'], KARIN, ['Välfärdsrådet']],
  ['upcoming meetings', ['Calendar', 'CANCELLED']],
  // What was decided
  [
    // The asker's own network's decision first (ADR 0008); the council's recommendation is
    // where it went next.
    'vad beslutades om tillnyktringsplatser?',
    [
      'Chefsnätverket, fredag 3 april 2020, punkt 5',
      'att godkänna utvärderingen och tillstyrka en förlängning av avtalet',
    ],
  ],
  [
    'vad beslutades om kalendarium 2020',
    ['Chefsnätverket, fredag 3 april 2020, punkt 11', 'Beslutet är inte registrerat'],
  ],
  [
    'vad blev beslutet om hjärtsvikt',
    ['fredag 3 april 2020, punkt 4', 'under förutsättning att Region Dalarnas KSG-B'],
  ],
  ['what was decided about kvinnofrid?', ['Friday 3 April 2020, item 8']],
  // Cost shares
  [
    'vad betalar Falun för RSS?',
    [
      'Falun betalar 414 395 kr per år av totalt 4 000 000 kr.',
      'I dag betalar Falun 269 357 kr (+145 038 kr).',
    ],
  ],
  ['hur mycket betalar regionen för utvecklingsledarna', ['Region Dalarna betalar 2 000 000 kr per år']],
  ['vad kostar RSS för Malung-Sälen', ['Malung-Sälen betalar 70 628 kr']],
  ['what does Borlänge pay for RSS?', ['Borlänge pays SEK 363,823 a year']],
  ['vad betalar vi för RSS', ['Region Dalarna betalar 2 000 000 kr']],
  ['fördela 1 300 000 kr', ['650 000 kr', 'Falun']],
  // Membership, help and the rest
  ['mina möten', ['Karin Lindqvist', 'Chefsnätverket', 'ordförande', 'Nästa möte']],
  ['mina möten', ['Du finns inte i ledamotsregistret'], STRANGER],
  ['hjälp', ['Du kan till exempel fråga', 'Vem föredrar punkt 5?']],
  ['help', ['You can ask, for example']],
  ['hej', ['Jag är samrad']],
  ['asdfgh qwerty', ['Jag förstod inte riktigt']],
];

const harness = useTeamsBot();

describe('questions members ask in Teams', () => {
  it('has at least forty of them', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUESTIONS)('"%s"', async (question, mustSay, who = KARIN, mustNotSay = []) => {
    const { card } = await harness.teams.ask(who, question);
    const text = cardText(card);
    for (const expected of mustSay) expect(text).toContain(expected);
    for (const unexpected of mustNotSay) expect(text).not.toContain(unexpected);
  });
});
