import { describe, expect, it } from 'vitest';
import {
  findAttachmentNumbers,
  parseNumberList,
  splitTitle,
} from '../../../src/agenda-import/attachments.js';
import { stripMarkup } from '../../../src/agenda-import/clean-line.js';
import { parseHeader } from '../../../src/agenda-import/header.js';
import { parsePresenter } from '../../../src/agenda-import/presenter.js';

describe('attachment references', () => {
  it.each([
    ['Beslut om X, Bil 2', 'Beslut om X', [2]],
    ['Beslut om X, Bil. 5', 'Beslut om X', [5]],
    ['Beslut om X, Bilaga 3-8', 'Beslut om X', [3, 4, 5, 6, 7, 8]],
    ['Beslut om X, Bilaga 2–4', 'Beslut om X', [2, 3, 4]],
    ['SKRs hemställan Bil 13,14,15', 'SKRs hemställan', [13, 14, 15]],
    ['Beslut om X, Bil 6, 7', 'Beslut om X', [6, 7]],
    ['Beslut om X, Bilagor 4 och 5', 'Beslut om X', [4, 5]],
    ['Föregående protokoll (bil 1)', 'Föregående protokoll', [1]],
    ['Överenskommelse 2018-2020, Bil 12', 'Överenskommelse 2018-2020', [12]],
    ['Kalendarium 2020 ÄNDRING', 'Kalendarium 2020 ÄNDRING', []],
    ['Information om bilagan till avtalet', 'Information om bilagan till avtalet', []],
  ])('"%s" → title "%s", attachments %j', (text, title, attachments) => {
    expect(splitTitle(text)).toMatchObject({ title, attachments });
  });

  it('keeps a remark after the reference as a note and counts the attachments it names', () => {
    expect(splitTitle('Beslut om X (TN-platser), Bilaga 3-8. OBS! Bilaga 3 nytt underlag')).toEqual({
      title: 'Beslut om X (TN-platser)',
      attachments: [3, 4, 5, 6, 7, 8],
      note: 'OBS! Bilaga 3 nytt underlag',
    });
    expect(splitTitle('Beslut om Y, Bil 9 OBS! Ny version').note).toBe('OBS! Ny version');
  });

  it('expands ranges but refuses absurd ones', () => {
    expect(parseNumberList('3-5, 9')).toEqual([3, 4, 5, 9]);
    expect(parseNumberList('1-999')).toEqual([1, 999]);
    expect(findAttachmentNumbers('se Bil 14,15 och bilaga 2')).toEqual([2, 14, 15]);
  });
});

describe('presenters', () => {
  it.each([
    ['Jeanette Hjortsberg', 'Jeanette Hjortsberg', null],
    ['Hans Liljeberg, Region Dalarna', 'Hans Liljeberg', 'Region Dalarna'],
    ['Anna Berg (Falu kommun)', 'Anna Berg', 'Falu kommun'],
    ['Anna Berg, Hälso- och sjukvård', 'Anna Berg', 'Hälso- och sjukvård'],
    ['Anna Berg; Per Ek, Region Dalarna', 'Anna Berg och Per Ek', 'Region Dalarna'],
  ])('"%s" → %s (%s)', (text, name, organisation) => {
    expect(parsePresenter(text)).toEqual({ name, organisation });
  });

  it('gives null for an empty line', () => {
    expect(parsePresenter('  ')).toBeNull();
  });
});

describe('markup as word processors leave it', () => {
  it.each([
    ['- 1. Mötets öppnande**', '- 1. Mötets öppnande'],
    ['**5. Beslut om X, Bilaga 3-8.', '5. Beslut om X, Bilaga 3-8.'],
    ['*OBS! Bilaga 3 nytt underlag***', 'OBS! Bilaga 3 nytt underlag'],
    ['ingå en överenskommelse *om ändring av* tidigare', 'ingå en överenskommelse om ändring av tidigare'],
    ['## 3\\. Rubrik', '3. Rubrik'],
    ['Tid:\u00a0kl.\u00a09.30', 'Tid: kl. 9.30'],
  ])('%j → %j', (raw, clean) => {
    expect(stripMarkup(raw)).toBe(clean);
  });
});

describe('the header', () => {
  const header = (...lines: string[]) => parseHeader(lines.map((text, i) => ({ line: i + 1, text })));

  it('reads a title line with weekday, "den", date and time', () => {
    expect(header('Chefsnätverket fredag den 8 maj 2020 kl. 9.00–11.30')).toMatchObject({
      bodyName: 'Chefsnätverket',
      date: '2020-05-08',
      startTime: '09:00',
      endTime: '11:30',
    });
  });

  it('reads labelled lines and keeps unknown text as preamble', () => {
    expect(
      header(
        'Kallelse',
        'Styrgrupp CHNV',
        'Datum: 2020-03-06',
        'Tid: 13.15',
        'Mötesplats: Lugnet, Falun',
        'Välkomna!',
      ),
    ).toMatchObject({
      bodyName: 'Styrgrupp CHNV',
      date: '2020-03-06',
      startTime: '13:15',
      endTime: null,
      place: 'Lugnet, Falun',
      preamble: ['Välkomna!'],
    });
  });
});
