import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAgenda, type ParsedAgenda, type ParsedItem } from '../../../src/agenda-import/parse-agenda.js';
import { FIXTURE_AGENDA, SHARED, readText, sharedExists } from '../../helpers/paths.js';

let agenda: ParsedAgenda;
const item = (n: number): ParsedItem => {
  const found = agenda.items.find((i) => i.number === n);
  if (!found) throw new Error(`item ${n} missing`);
  return found;
};

beforeAll(() => {
  const result = parseAgenda(readText(FIXTURE_AGENDA));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  agenda = result.agenda;
});

describe('the secretary’s agenda of 3 April 2020', () => {
  it.skipIf(!sharedExists())('is the same file as in shared/fixtures', () => {
    expect(readText(FIXTURE_AGENDA)).toBe(
      readText(join(SHARED, 'fixtures', 'agenda-lansnatverket-2020-04-03.txt')),
    );
  });

  it('reads the header: body, Swedish date, time span, place and documents link', () => {
    expect(agenda.bodyName).toBe('Länsnätverket för förvaltningschefer');
    expect(agenda.date).toBe('2020-04-03');
    expect(agenda.startTime).toBe('09:30');
    expect(agenda.endTime).toBe('12:00');
    expect(agenda.place).toBe('SKYPE');
    expect(agenda.documentsUrl).toBe('https://www.regiondalarna.se/lansnatverk');
    expect(agenda.warnings).toEqual([]);
  });

  it('finds the thirteen items in order, despite bullets and stray bold markers', () => {
    expect(agenda.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it.each([
    [1, 'Mötets öppnande', 'procedural', []],
    [2, 'Godkännande av dagordning', 'procedural', []],
    [3, 'Föregående minnesanteckningar Chefsnätverket 200306', 'procedural', [1]],
    [4, 'Beslut om reviderat läns gemensamt vårdprogram hjärtsvikt', 'decision', [2]],
    [
      5,
      'Beslut om godkännande av utvärdering samt förlängning av avtal avseende tillnyktringsplatser (TN-platser)',
      'decision',
      [3, 4, 5, 6, 7, 8],
    ],
    [
      6,
      'Beslut om reviderad Länsövergripande överenskommelse samt riktlinjer om samverkan för trygg och säker hemgång vid utskrivning från slutenvård (SUS)',
      'decision',
      [9, 10],
    ],
    [7, 'Beslut om att bilda en gemensam styrgrupp god och nära vård', 'decision', [11]],
    [
      8,
      'Beslut om uppdrag avseende arbetet enligt "Kvinnofrid 2020" (enligt överenskommelse mellan staten och SKR för att stärka jämställdhetsarbetet på lokal och regional nivå 2018-2020)',
      'decision',
      [12],
    ],
    [
      9,
      'SKRs hemställan avseende tecknade överenskommelse inom hälso- och sjukvård',
      'information',
      [13, 14, 15],
    ],
    [
      10,
      'PAUS i arbetet med kunskapsstyrningen i den regionala samverkans- och stödstrukturen för socialtjänst och hälso- och sjukvård (RSS) i Dalarna',
      'information',
      [],
    ],
    [11, 'Kalendarium 2020 ÄNDRING', 'decision', []],
    [12, 'Samverkansfrågor med anledning av Covid-19', 'discussion', []],
    [13, 'Övriga frågor', 'procedural', []],
  ])('item %i is "%s", of kind %s, with attachments %j', (number, title, kind, attachments) => {
    expect(item(number).title).toBe(title);
    expect(item(number).kind).toBe(kind);
    expect(item(number).attachments).toEqual(attachments);
  });

  it('keeps the remark that follows the attachment reference of item 5 as a note', () => {
    expect(item(5).note).toBe('OBS! Bilaga 3 nytt underlag');
    expect(agenda.items.filter((i) => i.note !== null).map((i) => i.number)).toEqual([5]);
  });

  it('reads the presenters, with the organisation when one is given', () => {
    const presenters = agenda.items.map((i) => [i.number, i.presenter, i.presenterOrganisation]);
    expect(presenters).toEqual([
      [1, null, null],
      [2, null, null],
      [3, null, null],
      [4, null, null],
      [5, 'Jeanette Hjortsberg', null],
      [6, 'Hans Liljeberg', 'Region Dalarna'],
      [7, 'Ulrika Gärdback', null],
      [8, 'Tanja Mårtensson', null],
      [9, 'Jeanette Hjortsberg', null],
      [10, 'Tanja Mårtensson', null],
      [11, null, null],
      [12, null, null],
      [13, null, null],
    ]);
  });

  it('reads every proposal clause as written', () => {
    const proposals = Object.fromEntries(agenda.items.map((i) => [i.number, i.proposal]));
    expect(proposals).toEqual({
      1: [],
      2: ['att godkänna dagordningen.'],
      3: ['att lägga minnesanteckningarna till handlingarna.'],
      4: [
        'att godkänna reviderat läns gemensamt vårdprogram- hjärtsvikt under förutsättning att Region Dalarnas KSG-B fattar motsvarande beslut.',
      ],
      5: [
        'att godkänna utvärderingen och tillstyrka en förlängning av avtalet avseende TN-platserna i enlighet med arbetsgruppens förslag.',
        'att Chefsnätverkets beslut skickas vidare för Vårldsrådets ställningstagande och beslut om rekommendation.',
        'att Styrgruppen ger arbetsgruppen ett fortsatt uppdrag att ta fram en ny utvärdering av verksamheten under första kvartalet 2021.',
      ],
      6: [
        'att godkänna reviderad Länsövergripande överenskommelse samt riktlinjer om samverkan för trygg och säker hemgång vid utskrivning från slutna vård, SUS i enlighet med arbetsgruppens förslag.',
        'att Chefsnätverkets beslut skickas vidare för Vårldsrådets ställningstagande och beslut om rekommendation.',
      ],
      7: ['att besluta i enlighet med Styrgruppens förslag p.1-4.'],
      8: ['att Chefsnätverket godkänner uppdragsbeskrivningen för arbetet "Kvinnofrid 2020"'],
      9: ['att lägga informationen till handlingarna.'],
      10: ['att lägga informationen till handlingarna'],
      11: ['att godkänna informationen och att Chefsnätverkets möte den 28 augusti utgår.'],
      12: ['att lägga informationen till handlingarna'],
      13: [],
    });
    expect(agenda.items.every((i) => i.decision.length === 0)).toBe(true);
  });

  it('keeps the steering group’s numbered proposals and the council’s earlier decision in the background of item 7', () => {
    const background = item(7).background;
    expect(background).toContain('Vårldsrådet beslutade:');
    expect(background).toContain(
      '\n1. att kommunerna och regionen utser tre representanter vardera att ingå i en "Styrgrupp god och nära vård"',
    );
    expect(background).toContain('\n4. att Styrgrupp GNV övertar uppdraget');
    expect(background).toContain('Arbetet återrapporteras på nästa Välfärdsråd den 17 juni 2020.');
    expect(background).not.toContain('*');
  });

  it('keeps background paragraphs and leaves it empty where there is none', () => {
    expect(item(5).background.split('\n\n')).toHaveLength(7);
    expect(item(5).background.startsWith('Genom förändringsbeslut per den 5 december 2018')).toBe(true);
    expect(item(9).background).toContain('överenskommelse om ändring av tidigare');
    expect(item(9).background).not.toContain('*');
    expect(item(1).background).toBe('');
    expect(item(2).background).toBe('');
  });

  it('records the lines each item spans', () => {
    expect(item(1).lines).toEqual({ from: 11, to: 11 });
    expect(item(5).lines).toEqual({ from: 32, to: 59 });
    expect(item(13).lines.from).toBe(186);
  });
});
