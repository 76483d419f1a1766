import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';

const APP_ID = '6f1c1a52-6a1b-4c8e-9d3a-2b4c5d6e7f80';
const BOT = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' };

describe('the meeting panel’s SSO settings', () => {
  it('take the Application ID URI from TEAMS_APP_URL, as the package names it in webApplicationInfo', () => {
    expect(loadConfig({ ...BOT, TEAMS_APP_URL: 'https://samrad.dalarna.example/' }).teams.sso).toEqual({
      resource: `api://samrad.dalarna.example/${APP_ID}`,
      keysUrl: null,
    });
  });

  it('take TEAMS_SSO_RESOURCE before it, and nothing without either', () => {
    expect(
      loadConfig({ ...BOT, TEAMS_APP_URL: 'https://samrad.dalarna.example', TEAMS_SSO_RESOURCE: 'api://x/y' })
        .teams.sso.resource,
    ).toBe('api://x/y');
    expect(loadConfig(BOT).teams.sso.resource).toBeNull();
  });

  it('refuse an address that is not https, naming the variable', () => {
    expect(() => loadConfig({ ...BOT, TEAMS_APP_URL: 'http://samrad.dalarna.example' })).toThrow(
      /TEAMS_APP_URL/,
    );
  });
});
