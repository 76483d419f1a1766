import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import {
  RefusedServiceUrl,
  ReusedConnectorClients,
} from '../../../src/channels/teams/reused-connector-clients.js';

/** The clients for replies are made once per bot, service URL and audience, not per activity. */
describe('reused connector clients', () => {
  const activity = {
    type: 'message',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/connector',
    from: { id: '29:a' },
    recipient: { id: '28:b' },
    conversation: { id: 'c' },
  };

  it('hand the same client to every activity for the same service URL, and a new one for another', async () => {
    // Local mode: no app id, so requests are not authenticated and nothing is fetched.
    const auth = new ReusedConnectorClients(new ConfigurationBotFrameworkAuthentication({}));
    const clientFor = async (serviceUrl: string) => {
      const result = await auth.authenticateRequest({ ...activity, serviceUrl } as never, '');
      return result.connectorFactory!.create(serviceUrl, result.audience);
    };
    const first = await clientFor(activity.serviceUrl);
    const second = await clientFor(activity.serviceUrl);
    const other = await clientFor('http://127.0.0.1:9/other');
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect((second as unknown as { baseUri: string }).baseUri).toContain('/connector');
  });

  it('still refuses a request the configured authentication refuses', async () => {
    const auth = new ReusedConnectorClients(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' }),
    );
    await expect(auth.authenticateRequest(activity as never, '')).rejects.toThrow();
  });

  it('writes only where it may: by default an https address or one a checked request came from', async () => {
    const auth = new ReusedConnectorClients(new ConfigurationBotFrameworkAuthentication({}));
    const result = await auth.authenticateRequest(activity as never, '');
    const factory = auth.createConnectorFactory(result.claimsIdentity);
    // The address the request came from, and Teams' own kind of address.
    await expect(factory.create(activity.serviceUrl, result.audience)).resolves.toBeDefined();
    await expect(factory.create('https://smba.trafficmanager.net/emea/')).resolves.toBeDefined();
    // An address kept from elsewhere, which no checked request came from: nothing is sent there,
    // https or not, when it names this machine or its network rather than a channel's host.
    for (const url of [
      'http://127.0.0.1:6379/',
      'https://127.0.0.1:8443/',
      'https://localhost:8443/',
      'https://[::1]:8443/',
      'https://10.0.0.5/',
      'https://2130706433/',
      'https://printer.local/',
      'https://user:pw@smba.trafficmanager.net/emea/',
      'http://smba.trafficmanager.net/emea/',
    ]) {
      await expect(factory.create(url), url).rejects.toThrow(RefusedServiceUrl);
    }
  });

  it('in local mode asks the given rule for every address, kept ones included', async () => {
    const allowed = new Set(['http://127.0.0.1:3978/chat/connector/']);
    const auth = new ReusedConnectorClients(new ConfigurationBotFrameworkAuthentication({}), (url) =>
      allowed.has(url),
    );
    const result = await auth.authenticateRequest(activity as never, '');
    const factory = auth.createConnectorFactory(result.claimsIdentity);
    await expect(factory.create('http://127.0.0.1:3978/chat/connector/')).resolves.toBeDefined();
    await expect(factory.create(activity.serviceUrl)).rejects.toThrow(RefusedServiceUrl);
  });
});
