import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { BotRegistration } from '../../config.js';
import { DEFAULT_LANG } from '../../domain/lang.js';
import { REPLY_TEXTS } from '../../i18n/reply-texts.js';
import type { Logger } from '../../logger.js';
import { cardAttachment, renderCard } from './render-card.js';
import { ReusedConnectorClients } from './reused-connector-clients.js';

/**
 * The Bot Framework's CloudAdapter, configured from the bot registration. Without a registration
 * (local mode) it checks no tokens and sends replies to the serviceUrl without credentials, as the
 * Bot Framework Emulator does; with one, a request without a valid token is answered 401.
 */
export function createTeamsAdapter(
  bot: BotRegistration | null,
  logger: Logger,
  mayPostLocally: (serviceUrl: string) => boolean,
): CloudAdapter {
  const settings = bot
    ? {
        MicrosoftAppId: bot.appId,
        MicrosoftAppPassword: bot.appPassword,
        MicrosoftAppType: bot.appType,
        MicrosoftAppTenantId: bot.tenantId ?? undefined,
      }
    : {};
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const authentication = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: settings.MicrosoftAppId,
      MicrosoftAppTenantId: settings.MicrosoftAppTenantId,
      ...(bot?.openIdMetadataUrl ? publicCloudWithKeysAt(bot.openIdMetadataUrl) : {}),
    },
    credentials,
  );
  // Local mode checks every request's serviceUrl on arrival, and every address again when writing
  // (one kept in the store may come from when the server listened elsewhere).
  const adapter = new CloudAdapter(
    bot
      ? new ReusedConnectorClients(authentication)
      : new ReusedConnectorClients(authentication, (url) => mayPostLocally(url)),
  );
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    // The details go to the log; the member gets a plain sentence and never a stack trace.
    logger.error('teams.turn-failed', error, {
      activity: context.activity.type,
      // Ids come from the request: bounded, so that no sender can fill the log.
      conversation: context.activity.conversation?.id?.slice(0, 200),
    });
    if (context.activity.type === 'message') {
      const card = renderCard({
        lang: DEFAULT_LANG,
        kind: 'notice',
        tone: 'warning',
        text: REPLY_TEXTS[DEFAULT_LANG].genericError,
      });
      await context
        .sendActivity({ type: 'message', attachments: [cardAttachment(card)] })
        .catch(() => undefined);
    }
  };
  return adapter;
}

/**
 * The public cloud's settings with the channel's signing keys published elsewhere. botbuilder takes
 * any one of these settings as a sign that all are given, so the others are spelled out.
 */
function publicCloudWithKeysAt(openIdMetadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ValidateAuthority: true,
  };
}
