import { describe, expect, it } from 'vitest';
import { parseAgenda, type ParsedAgenda } from '../../../src/agenda-import/parse-agenda.js';
import { ourAgenda, readText } from '../../helpers/paths.js';

function parse(name: string): ParsedAgenda {
  const result = parseAgenda(readText(ourAgenda(name)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.agenda;
}

describe('a council agenda exported as Markdown with CRLF line ends (Välfärdsrådet, 200417)', () => {
  const agenda = parse('valfardsradet-2020-04-17-crlf.md');

  it('reads a header spread over labelled lines, with the date as YYMMDD', () => {
    expect(agenda).toMatchObject({
      bodyName: 'Välfärdsrådet',
      date: '2020-04-17',
      startTime: '13:00',
      endTime: '15:30',
      place: 'Regionhuset, Falun',
      documentsUrl: 'https://www.regiondalarna.se/valfardsradet',
      joinUrl: null,
    });
  });

  it('reads Markdown headings with escaped dots as items', () => {
    expect(agenda.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Godkännande av dagordningen'],
      [3, 'Rekommendation om förlängt avtal för tillnyktringsplatser (TN-platser)'],
      [4, 'Länsövergripande överenskommelse om samverkan vid utskrivning från slutenvård'],
      [5, 'Diskussion: samverkan kring psykisk hälsa under covid-19'],
      [6, 'Information från RSS Dalarna'],
      [7, 'Övriga frågor'],
    ]);
  });

  it('reads "Bil. 5", "Bilaga 2–4" with an en dash and "Bil 6, 7"', () => {
    expect(agenda.items.map((i) => i.attachments)).toEqual([[], [], [5], [2, 3, 4], [6, 7], [], []]);
  });

  it('reads a proposal written on the heading line itself', () => {
    expect(agenda.items[1]?.proposal).toEqual(['att godkänna dagordningen.']);
  });

  it('joins a clause that wraps over two lines', () => {
    expect(agenda.items[2]?.proposal).toEqual([
      'att rekommendera huvudmännen att förlänga avtalet om tillnyktringsverksamhet till och med 2021-11-30 i enlighet med Chefsnätverkets beslut.',
    ]);
  });

  it('takes "Enligt förslag" under the council’s heading as the proposal adopted', () => {
    expect(agenda.items[2]?.decision).toEqual(agenda.items[2]?.proposal);
  });

  it('tells the proposal from an amended decision, and drops clause numbering', () => {
    expect(agenda.items[3]?.proposal).toEqual([
      'att rekommendera kommunerna och regionen att anta den reviderade överenskommelsen,',
      'att överenskommelsen gäller från och med 1 juli 2020.',
    ]);
    expect(agenda.items[3]?.decision[1]).toBe('att överenskommelsen gäller från och med 1 september 2020.');
  });

  it('reads the presenter’s organisation in parentheses and strips italics from the background', () => {
    expect(agenda.items[2]).toMatchObject({
      presenter: 'Anna Berg',
      presenterOrganisation: 'Region Dalarna',
    });
    expect(agenda.items[2]?.background).toContain('för Välfärdsrådets ställningstagande');
  });

  it('classifies a discussion without clauses and an information item', () => {
    expect(agenda.items.map((i) => i.kind)).toEqual([
      'procedural',
      'procedural',
      'decision',
      'decision',
      'discussion',
      'information',
      'procedural',
    ]);
  });
});

describe('a network agenda with bullets, a join link and a gap in the numbering (Socialchefsnätverket, 8 maj 2020)', () => {
  const agenda = parse('socialchefsnatverket-2020-05-08.txt');

  it('reads date, weekday and time from one title line, and tells the join link from the documents link', () => {
    expect(agenda).toMatchObject({
      bodyName: 'Socialchefsnätverket',
      date: '2020-05-08',
      startTime: '09:00',
      endTime: '12:00',
      place: 'Teams',
      documentsUrl: 'https://www.regiondalarna.se/socialchefsnatverket',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting-socialchefer',
    });
  });

  it('reads "* 1.", "• 3." and a title that wraps onto the next line', () => {
    expect(agenda.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(agenda.items[3]?.title).toBe('Nominering av representanter till arbetsgrupp för barn och unga');
    expect(agenda.items[3]?.attachments).toEqual([4, 5]);
    expect(agenda.items[2]).toMatchObject({ title: 'Föregående protokoll', attachments: [1] });
  });

  it('warns about the missing item 5 without failing', () => {
    expect(agenda.warnings).toEqual([{ line: 34, code: 'agenda.numbering-gap', text: '5' }]);
  });

  it('reads a presenter on the line after the label, and two presenters with their organisations', () => {
    expect(agenda.items[3]).toMatchObject({
      presenter: 'Anna Berg och Per Ek',
      presenterOrganisation: 'Falun, Region Dalarna',
    });
    expect(agenda.items[4]).toMatchObject({ presenter: 'Maria Holm', presenterOrganisation: 'Falu kommun' });
  });

  it('joins a clause broken by a blank line when it goes on in lower case', () => {
    expect(agenda.items[4]?.proposal).toEqual([
      'att genomföra en gemensam utbildningsdag under hösten 2020 med en kostnad om högst 60 000 kronor som delas enligt befolkningsmodellen.',
    ]);
  });

  it('reads clauses under "Socialchefsnätverkets beslut:" and "Styrgruppens beslut" as the proposal', () => {
    expect(agenda.items[2]?.proposal).toEqual(['att lägga protokollet till handlingarna.']);
    expect(agenda.items[3]?.proposal).toHaveLength(2);
    expect(agenda.items.every((i) => i.decision.length === 0)).toBe(true);
  });

  it('classifies procedural items by title and an item without clauses as information', () => {
    expect(agenda.items.map((i) => i.kind)).toEqual([
      'procedural',
      'procedural',
      'procedural',
      'decision',
      'decision',
      'information',
      'procedural',
    ]);
    expect(agenda.items[6]?.background).toBe('Nästa möte: 5 juni 2020.');
  });
});

describe('a document the importer cannot place', () => {
  it('reports every problem with its line and returns no agenda', () => {
    const result = parseAgenda(readText(ourAgenda('broken-agenda.txt')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'agenda.no-date'],
      [1, 'agenda.no-time'],
      [5, 'agenda.clause-outside-item'],
      [15, 'agenda.unplaced-text'],
    ]);
    expect(result.problems[3]?.text).toBe('Se bilaga 2 för detaljer.');
  });

  it('fails on a document without numbered items', () => {
    const result = parseAgenda('Chefsnätverket 3 april 2020\nTid: kl. 9.30-12\n\nVälkomna!\n');
    expect(result).toEqual({ ok: false, problems: [{ line: 5, code: 'agenda.no-items', text: '' }] });
  });

  it('fails on an empty document', () => {
    const result = parseAgenda('');
    expect(result.ok).toBe(false);
  });

  it('reads headings written as "Punkt 1.", "Ärende 2:" and "3)"', () => {
    const result = parseAgenda(
      [
        'Styrgrupp CHNV 2020-03-06 kl. 13.15',
        'Punkt 1. Öppnande',
        'Ärende 2: Beslut om X, Bil 2',
        'att godkänna X.',
        '3) Övriga frågor',
      ].join('\n'),
    );
    expect(result.ok && result.agenda.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Öppnande'],
      [2, 'Beslut om X'],
      [3, 'Övriga frågor'],
    ]);
  });

  it('does not take a numbered line in the background for a new item', () => {
    const result = parseAgenda(
      [
        'Chefsnätverket 200403 kl. 9-12',
        '1. Öppnande',
        '2. Beslut om X',
        'Mål:',
        '1. Bättre vård',
        '3. Övriga frågor',
      ].join('\n'),
    );
    expect(result.ok && result.agenda.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(result.ok && result.agenda.items[1]?.background).toBe('Mål:\n1. Bättre vård');
  });
});
