import type { Bilingual } from './lang.js';

/** What `npm start` tells the person who started the bot. */
export const STARTUP_TEXTS: Bilingual<{
  listening: (url: string, store: string) => string;
  localMode: string;
  chatPage: (url: string) => string;
  emulator: (url: string) => string;
  panelPage: (url: string) => string;
  registered: string;
  /** How Slack reaches samrad, or why it does not. */
  slack: (mode: 'http' | 'socket' | 'off' | 'no-signing-secret', url: string) => string;
  /** Local mode: who can reach it. */
  reach: (host: string, onlyThisMachine: boolean) => string;
}> = {
  sv: {
    listening: (url, store) => `samrad lyssnar på ${url} (datafil: ${store}).`,
    localMode:
      'LOKALT LÄGE: inget MicrosoftAppId är satt, så inga token kontrolleras. Använd det bara på din egen dator.',
    chatPage: (url) => `Chatta med boten i webbläsaren: ${url}`,
    emulator: (url) => `Eller anslut Bot Framework Emulator till ${url}`,
    panelPage: (url) => `Mötespanelen (som i Teams, med personväljare): ${url}`,
    registered: 'Botregistreringen är inläst; Teams når boten på /api/messages.',
    slack: (mode, url) =>
      ({
        http: `Slack: samrad tar emot Slacks anrop på ${url}/slack/events (signaturerna kontrolleras).`,
        socket: 'Slack: ansluten med Socket Mode (SLACK_APP_TOKEN); /slack/events är inte monterad.',
        off: 'Slack: av (sätt SLACK_SIGNING_SECRET och SLACK_BOT_TOKEN för att slå på det).',
        'no-signing-secret':
          'Slack: SLACK_SIGNING_SECRET saknas, så /slack/events är inte monterad och Slack är av.',
      })[mode],
    reach: (host, only) =>
      only
        ? `Boten lyssnar bara på den här datorn (${host}); sätt HOST för att ändra det.`
        : `VARNING: boten lyssnar på ${host} utan inloggning: alla som når datorn kan agera som vilken ledamot som helst.`,
  },
  en: {
    listening: (url, store) => `samrad is listening on ${url} (data file: ${store}).`,
    localMode:
      'LOCAL MODE: no MicrosoftAppId is set, so no tokens are checked. Use it on your own machine only.',
    chatPage: (url) => `Chat with the bot in your browser: ${url}`,
    emulator: (url) => `Or connect the Bot Framework Emulator to ${url}`,
    panelPage: (url) => `The meeting panel (as in Teams, with a person picker): ${url}`,
    registered: 'The bot registration is loaded; Teams reaches the bot at /api/messages.',
    slack: (mode, url) =>
      ({
        http: `Slack: samrad receives Slack's requests at ${url}/slack/events (signatures are checked).`,
        socket: 'Slack: connected over Socket Mode (SLACK_APP_TOKEN); /slack/events is not mounted.',
        off: 'Slack: off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on).',
        'no-signing-secret':
          'Slack: SLACK_SIGNING_SECRET is not set, so /slack/events is not mounted and Slack is off.',
      })[mode],
    reach: (host, only) =>
      only
        ? `The bot listens on this machine only (${host}); set HOST to change that.`
        : `WARNING: the bot listens on ${host} without sign-in: anyone who can reach this machine can act as any member.`,
  },
};
