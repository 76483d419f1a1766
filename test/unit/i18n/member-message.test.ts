import { describe, expect, it } from 'vitest';
import { errorNotice } from '../../../src/conversation/error-notice.js';
import { SamradError } from '../../../src/errors/samrad-error.js';

/** What a member reads when the store cannot save: a plain sentence, never a path or an OS error. */
describe('the store in trouble, as a member reads it', () => {
  it.each([
    new SamradError('store.write-failed', { file: '/srv/samrad/data/samrad.json.journal', reason: 'ENOSPC' }),
    new SamradError('store.locked', { file: '/srv/samrad/data/samrad.json.lock', waited: 10000 }),
    new SamradError('store.corrupt', { file: '/srv/samrad/data/samrad.json', path: 'x', problem: 'y' }),
  ])('says nothing of files or errors: %s', (error) => {
    for (const lang of ['sv', 'en'] as const) {
      const notice = errorNotice(lang, error);
      const text = notice.kind === 'notice' ? notice.text : '';
      expect(text).not.toMatch(/\/srv|samrad\.json|ENOSPC|EACCES/);
      expect(text).toMatch(lang === 'sv' ? /ingenting har ändrats/i : /nothing was changed/i);
    }
  });
});
