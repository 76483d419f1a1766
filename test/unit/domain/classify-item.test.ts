import { describe, expect, it } from 'vitest';
import { classifyItemKind } from '../../../src/domain/agenda-item.js';

describe('item kinds', () => {
  it.each([
    ['Mötets öppnande', [], '', 'procedural'],
    ['Val av justerare', [], '', 'procedural'],
    ['Godkännande av dagordning', ['att godkänna dagordningen.'], '', 'procedural'],
    ['Övriga frågor', [], '', 'procedural'],
    ['Beslut om X', ['att godkänna X.'], '', 'decision'],
    ['Lägesrapport', ['att lägga informationen till handlingarna'], '', 'information'],
    ['Lägesrapport', [], 'Regionen informerar.', 'information'],
    [
      'Samverkan',
      ['att lägga informationen till handlingarna'],
      'Frågor har samlats in. Diskussion utifrån dem.',
      'discussion',
    ],
    ['Dialog om läget', [], '', 'discussion'],
    [
      'Rapport',
      ['att lägga informationen till handlingarna'],
      'Frågan diskuterades förra gången.',
      'information',
    ],
  ])('%s with %j → %s', (title, clauses, background, kind) => {
    expect(classifyItemKind(title, clauses, background)).toBe(kind);
  });
});
