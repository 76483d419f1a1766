import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLocalServiceUrl } from '../../../src/channels/teams/register-teams.js';

const PORT = 3978;
const own = Object.values(networkInterfaces())
  .flat()
  .map((i) => i?.address)
  .find((a): a is string => a !== undefined && a.includes('.') && !a.startsWith('127.'));

describe('where the bot may post in local mode', () => {
  it('listening on loopback: any loopback port (the Emulator), never a name or another host', () => {
    for (const url of [
      'http://127.0.0.1:3978/chat/connector/',
      'http://localhost:55123/',
      'http://[::1]:8080/',
      'http://127.8.9.10:9000/',
    ]) {
      expect(isLocalServiceUrl(url, PORT, true), url).toBe(true);
    }
    for (const url of [
      'http://10.0.0.1:3978/chat/connector/',
      'http://127.0.0.1.nip.io/',
      'http://u:p@127.0.0.1:3978/chat/connector/',
      'file:///etc/passwd',
      'not a url',
      42,
    ]) {
      expect(isLocalServiceUrl(url, PORT, true), String(url)).toBe(false);
    }
  });

  it('opened to the network: only its own connector, so no sender can reach a private loopback service', () => {
    expect(isLocalServiceUrl('http://127.0.0.1:3978/chat/connector/', PORT, false)).toBe(true);
    expect(isLocalServiceUrl('http://localhost:3978/chat/connector', PORT, false)).toBe(true);
    for (const url of [
      'http://127.0.0.1:6379/',
      'http://localhost:3978/api/messages',
      'http://127.0.0.1:2375/chat/connector/',
      'http://[::1]:9200/',
    ]) {
      expect(isLocalServiceUrl(url, PORT, false), url).toBe(false);
    }
    if (own) {
      expect(isLocalServiceUrl(`http://${own}:${PORT}/chat/connector/`, PORT, false)).toBe(true);
      expect(isLocalServiceUrl(`http://${own}:${PORT + 1}/chat/connector/`, PORT, false)).toBe(false);
    }
  });
});
