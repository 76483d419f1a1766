import type { Lang } from '../domain/lang.js';
import type { SamradData } from '../domain/samrad-data.js';
import { recordAudit } from './audit.js';
import type { Clock, SamradStore } from './ports.js';

/** The language a chat user has asked samrad to answer in, if they have. */
export function preferredLanguage(data: SamradData, userKey: string): Lang | undefined {
  return data.userPreferences.find((p) => p.userKey === userKey)?.lang;
}

/**
 * Remembers the language a chat user asked for ("svara på engelska"), under each of the keys
 * given: a person on the roster is answered in it on every channel they are known on.
 */
export async function setPreferredLanguage(
  store: SamradStore,
  clock: Clock,
  userKeys: string | readonly string[],
  lang: Lang,
): Promise<void> {
  const keys = typeof userKeys === 'string' ? [userKeys] : [...new Set(userKeys)];
  await store.update((draft) => {
    for (const userKey of keys) {
      const existing = draft.data.userPreferences.find((p) => p.userKey === userKey);
      if (existing?.lang === lang) continue;
      if (existing) draft.update('userPreferences', userKey, (p) => void (p.lang = lang));
      else draft.insert('userPreferences', { userKey, lang });
      recordAudit(draft, clock, { kind: 'chat-user', userKey }, 'preference.language-set', userKey, { lang });
    }
  });
}
