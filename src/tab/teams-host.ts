import { app, authentication } from '@microsoft/teams-js';

/**
 * The page's view of Teams, through @microsoft/teams-js: who is looking, in which chat and
 * meeting, in which frame (side panel, meeting stage, tab), in which language and theme, and the
 * SSO token that proves who the user is to samrad's server.
 */
export type Theme = 'default' | 'dark' | 'contrast';

export interface TeamsHost {
  frameContext: string;
  chatId: string | null;
  meetingId: string | null;
  locale: string;
  theme: Theme;
  /** A fresh Teams SSO token for samrad (Teams caches and renews it). */
  token(): Promise<string>;
  onThemeChange(handler: (theme: Theme) => void): void;
  /** Tells Teams the page has loaded (it hides its loading indicator). */
  loaded(): void;
}

/** How long to wait for Teams to answer before deciding the page is not in Teams. */
const INITIALIZE_TIMEOUT_MS = 6000;

export function themeOf(name: string | undefined): Theme {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}

/** Whether a Teams client could be hosting the page: in a frame, or in the mobile client's web view. */
function mayBeInTeams(): boolean {
  return window.parent !== window || window.opener !== null || 'nativeInterface' in window;
}

/** Teams, when the page runs in it; null otherwise (a browser tab opened directly). */
export async function connectToTeams(): Promise<TeamsHost | null> {
  if (!mayBeInTeams()) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('Teams did not answer')), INITIALIZE_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
  const context = await app.getContext();
  return {
    frameContext: String(context.page.frameContext ?? 'content'),
    chatId: context.chat?.id ?? null,
    meetingId: context.meeting?.id ?? null,
    locale: context.app.locale ?? 'sv-SE',
    theme: themeOf(context.app.theme),
    token: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((name) => handler(themeOf(name))),
    loaded: () => app.notifySuccess(),
  };
}
