import type { Lang } from '../domain/lang.js';
import type { SamradData } from '../domain/samrad-data.js';
import { recordAudit } from './audit.js';
import type { Clock, SamradStore } from './ports.js';

/** The language a chat user has asked samrad to answer in, if they have. */
export function preferredLanguage(data: SamradData, userKey: string): Lang | undefined {
  return data.userPreferences.find((p) => p.userKey === userKey)?.lang;
}

/** Remembers the language a chat user asked for ("svara på engelska"). */
export async function setPreferredLanguage(
  store: SamradStore,
  clock: Clock,
  userKey: string,
  lang: Lang,
): Promise<void> {
  await store.update((draft) => {
    const existing = draft.data.userPreferences.find((p) => p.userKey === userKey);
    if (existing?.lang === lang) return;
    if (existing) draft.update('userPreferences', userKey, (p) => void (p.lang = lang));
    else draft.insert('userPreferences', { userKey, lang });
    recordAudit(draft, clock, { kind: 'chat-user', userKey }, 'preference.language-set', userKey, { lang });
  });
}
