import { describe, expect, it } from 'vitest';
import { AGENDA_PROBLEM_CODES, ERROR_CODES } from '../../../src/errors/samrad-error.js';
import { AGENDA_PROBLEM_MESSAGES, ERROR_MESSAGES, errorMessage } from '../../../src/i18n/error-messages.js';
import { CLI_TEXTS } from '../../../src/i18n/cli-texts.js';

describe('the message table', () => {
  it.each(ERROR_CODES)('has a Swedish and an English text for %s', (code) => {
    const params = { file: 'f.json', body: 'x', detail: 'd', value: 'v', problems: [] };
    const sv = ERROR_MESSAGES[code].sv(params);
    const en = ERROR_MESSAGES[code].en(params);
    expect(sv.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(sv).not.toBe(en);
  });

  it.each(AGENDA_PROBLEM_CODES)('has both texts for the agenda problem %s', (code) => {
    expect(AGENDA_PROBLEM_MESSAGES[code].sv('x')).not.toBe(AGENDA_PROBLEM_MESSAGES[code].en('x'));
  });

  it('fills in the parameters', () => {
    expect(errorMessage('input.unknown-principal', { principal: 'Stockholm' }, 'sv')).toContain(
      '"Stockholm"',
    );
  });

  it('has the same help headings translated in Swedish only', () => {
    expect(CLI_TEXTS.sv.usage.helpWords['Usage:']).toBe('Användning:');
    expect(Object.keys(CLI_TEXTS.en.usage.helpWords)).toHaveLength(0);
  });
});
