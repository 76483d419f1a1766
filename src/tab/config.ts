import { app, pages } from '@microsoft/teams-js';
import { PANEL_TEXTS } from '../i18n/panel-texts.js';
import { themeOf } from './teams-host.js';
import './panel.css';

/**
 * The configurable tab's set-up page: Teams shows it when samrad is added to a meeting. There is
 * nothing to choose (the meeting chat's link decides the meeting), so saving is allowed at once and
 * the panel is added at /tab.
 */
async function configure(): Promise<void> {
  const text = document.getElementById('config-text') as HTMLElement;
  try {
    await app.initialize();
  } catch {
    text.textContent = PANEL_TEXTS.sv.openInTeams;
    return;
  }
  const context = await app.getContext();
  const lang = context.app.locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
  document.documentElement.lang = lang;
  document.documentElement.dataset['theme'] = themeOf(context.app.theme);
  text.textContent = PANEL_TEXTS[lang].configure;
  pages.config.registerOnSaveHandler((save) => {
    const contentUrl = new URL('/tab', location.origin).href;
    pages.config
      .setConfig({
        entityId: 'samrad-meeting-panel',
        contentUrl,
        websiteUrl: contentUrl,
        suggestedDisplayName: 'samrad',
      })
      .then(() => save.notifySuccess())
      .catch((error: unknown) => save.notifyFailure(String(error)));
  });
  pages.config.setValidityState(true);
  app.notifySuccess();
}

void configure();
