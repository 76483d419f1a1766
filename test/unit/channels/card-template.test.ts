import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotCompiled, compileTemplate } from '../../../src/channels/teams/card-template.js';
import { CARDS_FOLDER, cardData } from '../../../src/channels/teams/render-card.js';
import type { Reply } from '../../../src/conversation/views/replies.js';

/**
 * The compiled templates say exactly what the official templating library says, or step aside:
 * every case below is expanded both ways and compared.
 */
const Templating = createRequire(import.meta.url)('adaptivecards-templating') as {
  Template: new (payload: unknown) => { expand(context: { $root: unknown }): unknown };
};

function official(template: unknown, data: unknown): unknown {
  return new Templating.Template(template).expand({ $root: data });
}

function compiled(template: unknown, data: unknown): unknown {
  const expand = compileTemplate(template);
  if (!expand) throw new Error('did not compile');
  return expand(data);
}

const CASES: [name: string, template: unknown, data: unknown][] = [
  [
    'a value keeps its type',
    { a: '${n}', b: '${flag}', c: '${list}', d: '${x}' },
    { n: 5, flag: false, list: [1], x: null },
  ],
  [
    'text around values',
    { t: 'Punkt ${n}: ${title}', u: '${a}${b}' },
    { n: 5, title: 'Budget', a: 'x', b: 'y' },
  ],
  [
    '0 and empty text count as true',
    { a: '${!zero}', b: '${if(empty, 1, 2)}', c: '${zero && empty}' },
    { zero: 0, empty: '' },
  ],
  [
    'null and false count as false',
    { a: '${!n}', b: '${if(f, 1, 2)}', c: '${n || f}' },
    { n: null, f: false },
  ],
  [
    'comparisons',
    { a: '${x != null}', b: '${x == null}', c: '${count(list) > 0}', d: '${n == 0}' },
    { x: 'a', list: [], n: 0 },
  ],
  [
    'if and concat',
    { t: "${place}${if(room != null, concat(', ', room), '')}" },
    { place: 'Falun', room: 'Sal 3' },
  ],
  [
    '$when drops what is not true',
    {
      body: [
        { $when: '${a}', v: 1 },
        { $when: '${s}', v: 2 },
        { $when: '${n}', v: 3 },
      ],
    },
    { a: true, s: 'yes', n: 0 },
  ],
  [
    '$data over a list, with $index and $root',
    { rows: [{ $data: '${items}', t: '${$root.k}-${$index}-${name}' }] },
    { k: 'K', items: [{ name: 'a' }, { name: 'b' }] },
  ],
  [
    'a list of one expands to the element, an empty one to null',
    {
      one: { $data: '${one}', v: '${$data}' },
      none: { $data: '${none}', v: 1 },
      arr: [{ $data: '${none}', v: 1 }, 2],
    },
    { one: ['x'], none: [] },
  ],
  [
    '$data on an object changes the scope',
    { m: { $data: '${meeting}', d: '${date}', b: '${$root.body}' } },
    { meeting: { date: '2026-12-04' }, body: 'CHNV' },
  ],
  [
    'nested lists flatten',
    { body: [{ $data: '${groups}', items: [{ $data: '${$data.rows}', v: '${$data}' }] }] },
    { groups: [{ rows: [1, 2] }, { rows: [3] }] },
  ],
];

describe('compiled card templates', () => {
  for (const [name, template, data] of CASES) {
    it(`expand as the official library does: ${name}`, () => {
      expect(compiled(template, data)).toEqual(official(template, data));
    });
  }

  it('step aside for a value they do not settle: a missing field, a null inside text', () => {
    const expand = compileTemplate({ a: '${missing}', b: 'x ${n}' })!;
    expect(() => expand({ n: 1 })).toThrow(NotCompiled);
    expect(() => expand({ missing: 'm', n: null })).toThrow(NotCompiled);
  });

  it('do not compile what they do not cover', () => {
    expect(compileTemplate({ a: "${formatDateTime(d, 'yyyy')}" })).toBeNull();
    expect(compileTemplate({ a: '${x - 1}' })).toBeNull();
  });

  it('settle every sample reply themselves, without the official library', () => {
    // A fallback is correct but slow: the samples (npm run cards:samples) are what members see.
    const samples = join(CARDS_FOLDER, 'samples');
    for (const file of readdirSync(samples).filter((f) => f.endsWith('.json'))) {
      const reply = JSON.parse(readFileSync(join(samples, file), 'utf8')) as Reply;
      const template: unknown = JSON.parse(readFileSync(join(CARDS_FOLDER, file), 'utf8'));
      const root = cardData(reply);
      expect(() => compiled(template, root), file).not.toThrow();
      expect(compiled(template, root), file).toEqual(official(template, root));
    }
  });

  it('cover every template samrad has', () => {
    for (const file of readdirSync(CARDS_FOLDER).filter((f) => f.endsWith('.json'))) {
      const template: unknown = JSON.parse(readFileSync(join(CARDS_FOLDER, file), 'utf8'));
      expect(compileTemplate(template), file).not.toBeNull();
    }
  });
});
